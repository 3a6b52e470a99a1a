package org.youcheng.registry.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.youcheng.security.AuditTrail;

/** The audit records of the ties an import added, written by the database from the ties themselves. */
@Repository
public class TieImportAudit {

    private static final String AUDIT_ADDED = """
            insert into audit_event (at, actor_id, actor_name, channel, action, entity, entity_id, before_json,
                                     after_json)
            select ?, ?, ?, ?, 'tie_import_add', 'tie', id, null,
                   '{"id":' || id || ',"domestic_id":' || domestic_id || ',"partner_id":' || partner_id
                   || ',"kind":"' || kind || '","signed":' || coalesce('"' || cast(signed_on as varchar(10)) || '"', 'null')
                   || ',"signed_precision":' || coalesce('"' || signed_precision || '"', 'null')
                   || ',"status":"' || status || '","import_id":' || import_id || '}'
            from tie where import_id = ? and created_at >= ? and id > ? and id <= ?""";
    private static final int AUDIT_IDS = 20_000;

    private final JdbcTemplate jdbc;

    TieImportAudit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** See {@link TieBulkRepository#auditAdded}. */
    public int added(long importId, Instant createdAt, AuditTrail.Stamp who, long afterId, long upToId) {
        int written = 0;
        // in statements of at most AUDIT_IDS ids: H2 keeps the rows of a larger INSERT … SELECT in a temporary result
        // on disk first (over 40,000 rows), a third of the audit's time in an import of 1,000,000 ties
        for (long from = afterId; from < upToId; from += AUDIT_IDS) {
            long lo = from;
            long hi = Math.min(upToId, from + AUDIT_IDS);
            written += jdbc.update(AUDIT_ADDED, ps -> {
                ps.setTimestamp(1, Timestamp.from(who.at()));
                ps.setObject(2, who.actorId(), Types.BIGINT);
                ps.setString(3, who.actorName());
                ps.setString(4, who.channel());
                ps.setLong(5, importId);
                // the ties this run made were made at its start; those it changed were made before (H2 keeps a
                // bound instant's nanoseconds, the column microseconds: compare from the millisecond below)
                ps.setTimestamp(6, Timestamp.from(createdAt.truncatedTo(ChronoUnit.MILLIS)));
                ps.setLong(7, lo);
                ps.setLong(8, hi);
            });
        }
        return written;
    }
}
