package org.youcheng.ledger;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Activities and their foreign side into PostgreSQL through COPY, on the connection of the current transaction:
 * it skips the parse-and-bind work an INSERT pays per row. The ids come from the caller (the sequence), so no key
 * has to come back.
 */
final class ActivityCopy {

    private static final String ACTIVITIES = """
            copy activity (id, type, place_id, tie_id, title, started_on, ended_on, direction, leader_level,
                           head_count, purpose, event_kind, online, venue, agreement_type, parties, domain,
                           project_status, outcome, amount, currency, granting_body, award_year, recipient_kind,
                           recipient, sources, note, import_id, created_at, updated_at)
            from stdin with (format csv)""";
    private static final String PARTNERS = """
            copy activity_partner (activity_id, position, place_id, organisation) from stdin with (format csv)""";

    private ActivityCopy() {
    }

    static boolean available(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) con ->
                con.isWrapperFor(PGConnection.class)));
    }

    static void insert(JdbcTemplate jdbc, List<ActivityDraft> drafts, List<Long> ids, Long importId, Instant now) {
        StringBuilder a = new StringBuilder(drafts.size() * 128);
        StringBuilder p = new StringBuilder(drafts.size() * 32);
        String at = now.toString();
        for (int i = 0; i < drafts.size(); i++) {
            ActivityDraft d = drafts.get(i);
            long id = ids.get(i);
            row(a, id, d.type().code(), d.placeId(), d.tieId(), d.title(), d.startedOn(), d.endedOn(),
                    ActivityRepository.code(d.direction()), ActivityRepository.code(d.leaderLevel()), d.headCount(),
                    d.purpose(), ActivityRepository.code(d.eventKind()), d.online(), d.venue(),
                    ActivityRepository.code(d.agreementType()), d.parties(), ActivityRepository.code(d.domain()),
                    ActivityRepository.code(d.status()), d.outcome(), d.amount() == null ? null
                            : d.amount().toPlainString(), d.currency(), d.grantingBody(), d.year(),
                    ActivityRepository.code(d.recipientKind()), d.recipient(), d.sources(), d.note(), importId, at,
                    at);
            for (int k = 0; k < d.partners().size(); k++) {
                Partner partner = d.partners().get(k);
                row(p, id, k, partner.placeId(), partner.organisation());
            }
        }
        jdbc.execute((ConnectionCallback<Void>) con -> {
            try {
                var copy = con.unwrap(PGConnection.class).getCopyAPI();
                copy.copyIn(ACTIVITIES, new StringReader(a.toString()));
                if (!p.isEmpty()) {
                    copy.copyIn(PARTNERS, new StringReader(p.toString()));
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** One CSV line; null is an empty unquoted field, text is always quoted (so "" stays an empty string). */
    private static void row(StringBuilder b, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            Object c = cells[i];
            if (c instanceof String s) {
                b.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else if (c != null) {
                b.append(c);
            }
        }
        b.append('\n');
    }
}
