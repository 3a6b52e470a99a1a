package org.youcheng.ledger;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.youcheng.registry.PgCopy;

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

    static void insert(JdbcTemplate jdbc, List<ActivityDraft> drafts, List<Long> ids, Long importId, Instant now) {
        StringBuilder a = new StringBuilder(drafts.size() * 128);
        StringBuilder p = new StringBuilder(drafts.size() * 32);
        String at = now.toString();
        for (int i = 0; i < drafts.size(); i++) {
            ActivityDraft d = drafts.get(i);
            long id = ids.get(i);
            PgCopy.row(a, id, d.type().code(), d.placeId(), d.tieId(), d.title(), d.startedOn(), d.endedOn(),
                    ActivityRepository.code(d.direction()), ActivityRepository.code(d.leaderLevel()), d.headCount(),
                    d.purpose(), ActivityRepository.code(d.eventKind()), d.online(), d.venue(),
                    ActivityRepository.code(d.agreementType()), d.parties(), ActivityRepository.code(d.domain()),
                    ActivityRepository.code(d.status()), d.outcome(), d.amount() == null ? null
                            : d.amount().toPlainString(), d.currency(), d.grantingBody(), d.year(),
                    ActivityRepository.code(d.recipientKind()), d.recipient(), d.sources(), d.note(), importId, at,
                    at);
            for (int k = 0; k < d.partners().size(); k++) {
                Partner partner = d.partners().get(k);
                PgCopy.row(p, id, k, partner.placeId(), partner.organisation());
            }
        }
        jdbc.execute((ConnectionCallback<Void>) con -> {
            PgCopy.copyIn(con, ACTIVITIES, a);
            if (!p.isEmpty()) {
                PgCopy.copyIn(con, PARTNERS, p);
            }
            return null;
        });
    }
}
