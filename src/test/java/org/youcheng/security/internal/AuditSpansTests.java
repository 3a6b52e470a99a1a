package org.youcheng.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.youcheng.security.AuditEvent;

/** Entries of many entities kept in one row of the trail read back one entry per entity, as rows of their own would. */
class AuditSpansTests {

    private static final List<String> FIELDS = List.of("id", "kind", "signed");

    @Test
    void consecutiveIdsShareASpanAndAGapStartsAnother() {
        List<AuditSpans.Span> spans = AuditSpans.of(
                FIELDS,
                List.of(new Object[] {10L, "sister", "1974-01-01"}, new Object[] {11L, "partner", null}, new Object[] {
                    13L, "intent", "2001-02-03"
                }));

        assertThat(spans)
                .extracting(AuditSpans.Span::first, AuditSpans.Span::last)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(10L, 11L), org.assertj.core.groups.Tuple.tuple(13L, 13L));
        AuditSpans.Lines lines = AuditSpans.lines(spans.get(0).text());
        assertThat(lines.entry(0)).isEqualTo("{\"id\":10,\"kind\":\"sister\",\"signed\":\"1974-01-01\"}");
        assertThat(lines.entry(1)).isEqualTo("{\"id\":11,\"kind\":\"partner\",\"signed\":null}");
    }

    @Test
    void aWindowTakesEachEntityOfASpanOnceInTheTrailsOrder() {
        AuditSpans.Span span = AuditSpans.of(
                        FIELDS,
                        List.of(new Object[] {20L, "sister", null}, new Object[] {21L, "partner", null}, new Object[] {
                            22L, "intent", null
                        }))
                .get(0);
        Instant at = Instant.parse("2026-12-04T10:00:00Z");
        AuditEvent row = new AuditEvent(5, at, null, "cli:me", "cli", "tie_import_add", "tie", 20L, null, span.text());
        AuditEvent plain = new AuditEvent(6, at, null, "cli:me", "cli", "import", "import_run", 1L, null, "{}");
        Map<Long, AuditEvent> rows = Map.of(5L, row, 6L, plain);
        Map<Long, Long> lasts = Map.of(5L, 22L);

        // newest first: the plain row, then the span's ties from the highest id down; entries 1 to 3 of 4
        List<AuditEvent> page = AuditWindow.expand(
                List.of(new AuditWindow.Slice(6, 0, 1), new AuditWindow.Slice(5, 0, 2)), rows, lasts, null, true);
        assertThat(page).extracting(AuditEvent::entityId).containsExactly(1L, 22L, 21L);
        assertThat(page.get(1).after()).isEqualTo("{\"id\":22,\"kind\":\"intent\",\"signed\":null}");
        assertThat(page.get(1).before()).isNull();
        assertThat(page.get(1).action()).isEqualTo("tie_import_add");

        // oldest first, and one entity's entry alone
        assertThat(AuditWindow.expand(List.of(new AuditWindow.Slice(5, 1, 3)), rows, lasts, null, false))
                .extracting(AuditEvent::entityId)
                .containsExactly(21L, 22L);
        assertThat(AuditWindow.expand(List.of(new AuditWindow.Slice(5, 0, 1)), rows, lasts, 21L, false))
                .extracting(AuditEvent::after)
                .containsExactly("{\"id\":21,\"kind\":\"partner\",\"signed\":null}");
    }
}
