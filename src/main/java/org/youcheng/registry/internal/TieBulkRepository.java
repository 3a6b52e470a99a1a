package org.youcheng.registry.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.youcheng.common.PgCopy;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieImports;

/** Writes ties in batches for imports: the set-based counterpart of {@link TieRepository}. */
@Repository
public class TieBulkRepository {

    private static final String UPDATE = """
            update tie set kind = ?, signed_on = ?, signed_precision = ?, status = ?, source = ?, note = ?,
                           import_id = ?, version = version + 1, updated_at = ?, origin = 'recorded',
                           authority = 'recorded', set_aside_on = null, set_aside_reason = null
            where id = ?""";
    private static final String ADD_STATUS = """
            insert into tie_status_change (tie_id, status, changed_at, reason, import_id) values (?, ?, ?, ?, ?)""";
    /** The first status of a tie that had no change yet (see {@link TieRepository#history}). */
    private static final String FIRST_STATUS = """
            insert into tie_status_change (tie_id, status, changed_at, reason)
            select t.id, ?, t.created_at, 'created' from tie t
            where t.id = ? and not exists (select 1 from tie_status_change c where c.tie_id = t.id)""";

    private static final String START_RUN = """
            insert into import_run (file_name, format, started_at) values (:file, :format, :at)""";
    private static final String FINISH_RUN = """
            update import_run set finished_at = :at, added = :added, updated = :updated, unchanged = :unchanged,
                                  places_created = :places
            where id = :id""";

    /** Rows an import hands over at a time on PostgreSQL, which takes them by COPY and gains nothing from more. */
    private static final int COPY_RUN = 5_000;

    private final JdbcTemplate jdbc;
    private final JdbcClient db;
    private final TieRepository ties;
    private final TieBulkReads reads;
    private final TieImportAudit audit;

    private volatile Boolean copy;
    private volatile Boolean replicate;

    private final int sortedRun;

    TieBulkRepository(
            JdbcTemplate jdbc,
            JdbcClient db,
            TieRepository ties,
            TieBulkReads reads,
            TieImportAudit audit,
            org.youcheng.common.YouchengProperties properties) {
        this.jdbc = jdbc;
        this.ties = ties;
        this.db = db;
        this.reads = reads;
        this.audit = audit;
        this.sortedRun = properties.imports().sortedRunRows();
    }

    private boolean copy() {
        Boolean c = copy;
        if (c == null) {
            copy = c = PgCopy.available(jdbc);
        }
        return c;
    }

    /**
     * How many checked rows an import should gather before it hands them to {@link TieImports.Load#insert}: on H2 each
     * hand-over is written in pair order (see {@link #load}), and the more rows one sorted run holds, the fewer
     * index pages it touches ({@code youcheng.imports.sorted-run-rows}).
     */
    public int runSize() {
        return copy() ? COPY_RUN : sortedRun;
    }

    /** The ties these pairs have now, by {@link #pairKey}; pairs without one are absent. */
    public Map<Long, TieImports.Existing> existing(Collection<TieDraft> pairs) {
        return reads.existing(pairs, copy());
    }

    /** Every tie's id by its pair's {@link #pairKey}. */
    public Map<Long, Long> idsByPair() {
        return reads.idsByPair();
    }

    /**
     * The places on each side of the ties there are now: {domestic ids, partner ids}. A pair whose sides are not
     * both here has no tie, so an import need not look it up (a fresh registry needs no lookups at all).
     */
    public List<Set<Long>> sidesWithTies() {
        return reads.sidesWithTies();
    }

    /** Partner id → Chinese places with a live sister tie to it. */
    public Map<Long, List<Long>> liveSisters() {
        return reads.liveSisters();
    }

    public static long pairKey(long domesticId, long partnerId) {
        return (domesticId << 32) ^ (partnerId & 0xFFFF_FFFFL);
    }

    public long startRun(String file, String format, Instant at) {
        var keys = new GeneratedKeyHolder();
        db.sql(START_RUN)
                .param("file", file)
                .param("format", format)
                .param("at", Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void finishRun(long id, Instant at, int added, int updated, int unchanged, int places) {
        db.sql(FINISH_RUN)
                .param("id", id)
                .param("at", Timestamp.from(at))
                .param("added", added)
                .param("updated", updated)
                .param("unchanged", unchanged)
                .param("places", places)
                .update();
    }

    /** Fresh planner statistics after an import that wrote many rows (PostgreSQL; see {@link PgCopy#refreshStatistics}). */
    public void refreshStatistics() {
        PgCopy.refreshStatistics(jdbc, "tie", "tie_source", "tie_status_change", "place", "place_name", "audit_event");
    }

    /** Starts writing the new ties of one import: COPY on PostgreSQL (see {@link TieCopy}), batched inserts else. */
    public TieImports.Load load(long importId, Instant at) {
        if (copy()) {
            Boolean r = replicate;
            if (r == null) {
                replicate = r = TieCopy.mayReplicate(jdbc);
            }
            return new TieCopy(jdbc, r, importId, at);
        }
        return new TieBatchLoad(jdbc, importId, at);
    }

    /**
     * Writes the rows that change existing ties. Where a row's statement replaces one of another source (a reference tie the office's table confirms, another table), the old statement
     * is kept among the tie's statements first, so nothing anyone said is lost.
     */
    public void update(List<TieImports.Change> changed, long importId, Instant at) {
        ties.keepStatements(changed.stream()
                .filter(TieImports.Change::keepStanding)
                .map(TieImports.Change::id)
                .toList());
        Timestamp ts = Timestamp.from(at);
        jdbc.batchUpdate(UPDATE, changed, changed.size(), (ps, e) -> {
            TieBatchLoad.content(ps, 1, e.draft());
            ps.setLong(7, importId);
            ps.setTimestamp(8, ts);
            ps.setLong(9, e.id());
        });
    }

    /** The highest tie id so far (0 without ties): the ties written after it have higher ones. */
    public long lastTieId() {
        return db.sql("select coalesce(max(id), 0) from tie").query(Long.class).single();
    }

    /**
     * One audit entry per tie an import added (entity {@code tie}, action {@code tie_import_add}) with an id in
     * {@code (afterId, upToId]}: the ties are read back and recorded in bulk, consecutive ties in one row of the trail
     * (see {@link TieImportAudit}). Called by the import's writer after each batch, so that the audit is written while
     * the reader checks the next rows. One row per tie, built by the database, had cost the H2 import a quarter of its
     * writing (bench/README.md).
     */
    public int auditAdded(
            long importId, Instant createdAt, org.youcheng.security.AuditTrail.Stamp who, long afterId, long upToId) {
        return audit.added(importId, createdAt, who, afterId, upToId);
    }

    public void addStatus(List<TieImports.StatusChangeRow> changed, long importId, Instant at) {
        Timestamp ts = Timestamp.from(at);
        jdbc.batchUpdate(FIRST_STATUS, changed, changed.size(), (ps, c) -> {
            ps.setString(1, c.from().code());
            ps.setLong(2, c.tieId());
        });
        jdbc.batchUpdate(ADD_STATUS, changed, changed.size(), (ps, c) -> {
            ps.setLong(1, c.tieId());
            ps.setString(2, c.to().code());
            ps.setTimestamp(3, ts);
            ps.setString(4, "imported");
            ps.setLong(5, importId);
        });
    }
}
