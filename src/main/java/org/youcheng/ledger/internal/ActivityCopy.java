package org.youcheng.ledger.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.youcheng.common.PgCopy;
import org.youcheng.ledger.ActivityDraft;

/**
 * Activities and their foreign side into PostgreSQL through COPY, on the connection of the current transaction:
 * it skips the parse-and-bind work an INSERT pays per row. The ids come from the caller (the sequence), so no key
 * has to come back.
 */
public final class ActivityCopy {

    private static final String ACTIVITIES =
            "copy activity (" + ActivityBatch.WRITTEN + ") from stdin with (format csv)";
    private static final String PARTNERS = """
            copy activity_partner (activity_id, position, place_id, organisation) from stdin with (format csv)""";

    private ActivityCopy() {}

    static void insert(JdbcTemplate jdbc, List<ActivityDraft> drafts, List<Long> ids, Long importId, Instant now) {
        StringBuilder a = new StringBuilder(drafts.size() * 128);
        StringBuilder p = new StringBuilder(drafts.size() * 32);
        for (int i = 0; i < drafts.size(); i++) {
            ActivityDraft d = drafts.get(i);
            long id = ids.get(i);
            PgCopy.row(a, ActivityBatch.row(id, d, importId, now));
            for (Object[] partner : ActivityBatch.partnerRows(id, d.partners())) {
                PgCopy.row(p, partner);
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
