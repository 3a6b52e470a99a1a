package org.youcheng.registry.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.youcheng.security.AuditTrail;

/**
 * The audit entries of the ties an import added: the ties are read back as written and recorded in bulk, one entry
 * per tie ({@link AuditTrail#recordCreated}), its record the tie's codes, ids and dates (the run's file and the row's
 * own text are in the import run, which {@code import_id} names).
 */
@Repository
public class TieImportAudit {

    /** The fields of an added tie's record, in the order {@link #ADDED} reads them. */
    private static final List<String> FIELDS =
            List.of("id", "domestic_id", "partner_id", "kind", "signed", "signed_precision", "status", "import_id");

    private static final String ADDED = """
            select id, domestic_id, partner_id, kind, signed_on, signed_precision, status, import_id
            from tie where import_id = ? and created_at >= ? and id > ? and id <= ?
            order by id""";
    /** Ties read and recorded at a time: the memory of one such read is all the audit holds. */
    private static final int AUDIT_IDS = 20_000;

    private final JdbcTemplate jdbc;
    private final AuditTrail trail;

    TieImportAudit(JdbcTemplate jdbc, AuditTrail trail) {
        this.jdbc = jdbc;
        this.trail = trail;
    }

    /** See {@link TieBulkRepository#auditAdded}; returns how many ties it recorded. */
    public int added(long importId, Instant createdAt, AuditTrail.Stamp who, long afterId, long upToId) {
        int written = 0;
        // the ties this run made were made at its start; those it changed were made before (H2 keeps a bound
        // instant's nanoseconds, the column microseconds: compare from the millisecond below)
        Timestamp made = Timestamp.from(createdAt.truncatedTo(ChronoUnit.MILLIS));
        for (long from = afterId; from < upToId; from += AUDIT_IDS) {
            List<Object[]> ties = jdbc.query(
                    ADDED,
                    (rs, n) -> {
                        Date signed = rs.getDate(5);
                        return new Object[] {
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getLong(3),
                            rs.getString(4),
                            signed == null ? null : signed.toLocalDate().toString(),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getLong(8)
                        };
                    },
                    importId,
                    made,
                    from,
                    Math.min(upToId, from + AUDIT_IDS));
            trail.recordCreated(who, "tie_import_add", "tie", FIELDS, ties);
            written += ties.size();
        }
        return written;
    }
}
