package org.youcheng.security.internal;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.youcheng.common.CsvWriter;
import org.youcheng.common.ValidationException;
import org.youcheng.security.AuditEvent;

/**
 * The audit trail as CSV (the API's export, the page's and the command line's; names and values that look like
 * formulas neutralised, {@link org.youcheng.common.CsvCell}), and the dates its filters read.
 */
public final class AuditCsv {

    private static final String[] HEADER = {
        "id", "at", "actor_id", "actor", "from", "action", "entity", "entity_id", "before", "after"
    };

    private AuditCsv() {}

    public static void write(List<AuditEvent> events, Appendable out) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        csv.row((Object[]) HEADER);
        for (AuditEvent e : events) {
            csv.row(
                    e.id(),
                    e.at(),
                    e.actorId(),
                    e.actorName(),
                    e.channel(),
                    e.action(),
                    e.entity(),
                    e.entityId(),
                    e.before(),
                    e.after());
        }
        csv.flush();
    }

    /**
     * An ISO instant (2026-11-25T10:00:00Z) or a date (2026-11-25, UTC). A date given as an upper bound means the
     * end of that day, so {@code until=2026-11-25} includes the 25th.
     */
    public static Instant instant(String field, String value, boolean upper) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        try {
            if (s.length() == 10) {
                LocalDate d = LocalDate.parse(s);
                return (upper ? d.plusDays(1) : d).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(s);
        } catch (DateTimeException e) {
            throw ValidationException.of(field, value, "a date (2026-11-25) or an instant (2026-11-25T10:00:00Z)");
        }
    }
}
