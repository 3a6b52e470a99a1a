package org.youcheng.registry.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieImports;

/** The new ties of one import written by batched inserts, in pair order (H2; PostgreSQL takes them by {@link TieCopy}). */
public final class TieBatchLoad implements TieImports.Load {

    private static final String INSERT = """
            insert into tie (domestic_id, partner_id, kind, signed_on, signed_precision, status, source, note,
                             import_id, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final int JDBC_BATCH = 5_000;
    private static final Comparator<TieDraft> PAIR_ORDER =
            Comparator.comparingLong(TieDraft::domesticId).thenComparingLong(TieDraft::partnerId);

    private final JdbcTemplate jdbc;
    private final long importId;
    private final Timestamp ts;

    public TieBatchLoad(JdbcTemplate jdbc, long importId, Instant at) {
        this.jdbc = jdbc;
        this.importId = importId;
        this.ts = Timestamp.from(at);
    }

    @Override
    public void insert(List<TieDraft> drafts, LongConsumer written) {
        // in pair order, so that the pair index (and the domestic side's) takes each page's new keys
        // together rather than one random page per row: about twice as fast on H2 (bench/README.md)
        List<TieDraft> sorted = new ArrayList<>(drafts);
        sorted.sort(PAIR_ORDER);
        for (int from = 0; from < sorted.size(); from += JDBC_BATCH) {
            int to = Math.min(sorted.size(), from + JDBC_BATCH);
            jdbc.batchUpdate(INSERT, sorted.subList(from, to), JDBC_BATCH, (ps, d) -> {
                ps.setLong(1, d.domesticId());
                ps.setLong(2, d.partnerId());
                content(ps, 3, d);
                ps.setLong(9, importId);
                ps.setTimestamp(10, ts);
                ps.setTimestamp(11, ts);
            });
            written.accept(to);
        }
    }

    @Override
    public void finish() {
        // every batch is written when insert returns: nothing is left to the end
    }

    /** Binds kind, signed_on, signed_precision, status, source and note from parameter {@code i} on. */
    public static void content(PreparedStatement ps, int i, TieDraft d) throws SQLException {
        ps.setString(i, d.kind().code());
        if (d.signed() == null) {
            ps.setNull(i + 1, Types.DATE);
            ps.setNull(i + 2, Types.VARCHAR);
        } else {
            ps.setDate(i + 1, Date.valueOf(d.signed().firstDay()));
            ps.setString(i + 2, d.signed().precision().name().toLowerCase(Locale.ROOT));
        }
        ps.setString(i + 3, d.status().code());
        ps.setString(i + 4, d.source());
        ps.setString(i + 5, d.note());
    }
}
