package org.youcheng.registry.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.youcheng.registry.Tie;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieImports;

/** What an import reads of the ties there are, in bulk: the ties of its pairs, the sides with ties, live sister ties. */
@Repository
public class TieBulkReads {

    private static final String EXISTING_ONE =
            "select " + TieRows.TIE_COLUMNS + " from tie t where t.domestic_id = ? and t.partner_id = ?";
    private static final String EXISTING_PG =
            "select " + TieRows.TIE_COLUMNS + " from tie t where t.domestic_id = any (?) and t.partner_id = any (?)";
    private static final String LIVE_SISTERS = """
            select t.partner_id, t.domestic_id from tie t join place d on d.id = t.domestic_id
            where t.kind = 'sister' and t.status <> 'ended' and d.country_code = 'CN'""";

    private final JdbcTemplate jdbc;
    private final JdbcClient db;

    TieBulkReads(JdbcTemplate jdbc, JdbcClient db) {
        this.jdbc = jdbc;
        this.db = db;
    }

    /** The ties these pairs have now, by {@link #pairKey}; pairs without one are absent. */
    public Map<Long, TieImports.Existing> existing(Collection<TieDraft> pairs, boolean pg) {
        Map<Long, TieImports.Existing> map = new HashMap<>();
        if (pairs.isEmpty()) {
            return map;
        }
        Set<Long> wanted = new HashSet<>();
        Set<Long> domestic = new HashSet<>();
        Set<Long> partner = new HashSet<>();
        for (TieDraft d : pairs) {
            wanted.add(TieBulkRepository.pairKey(d.domesticId(), d.partnerId()));
            domestic.add(d.domesticId());
            partner.add(d.partnerId());
        }
        RowCallbackHandler row = rs -> {
            Tie t = TieRows.map(rs, 0);
            long key = TieBulkRepository.pairKey(t.domesticId(), t.partnerId());
            if (wanted.contains(key)) {
                map.put(key, new TieImports.Existing(t.id(), TieDraft.of(t), t.origin()));
            }
        };
        if (pg) {
            // PostgreSQL takes the lists as two array parameters
            jdbc.query(
                    EXISTING_PG,
                    ps -> {
                        ps.setArray(1, ps.getConnection().createArrayOf("bigint", domestic.toArray()));
                        ps.setArray(2, ps.getConnection().createArrayOf("bigint", partner.toArray()));
                    },
                    row);
        } else {
            // H2 runs in this process: one indexed point lookup per pair is cheaper than any list it would scan
            jdbc.execute((ConnectionCallback<Void>) con -> {
                try (var ps = con.prepareStatement(EXISTING_ONE)) {
                    for (TieDraft d : pairs) {
                        ps.setLong(1, d.domesticId());
                        ps.setLong(2, d.partnerId());
                        try (var rs = ps.executeQuery()) {
                            while (rs.next()) {
                                row.processRow(rs);
                            }
                        }
                    }
                }
                return null;
            });
        }
        return map;
    }

    /** Every tie's id by its pair's {@link TieBulkRepository#pairKey}: for an import that puts rows on ties. */
    public Map<Long, Long> idsByPair() {
        Map<Long, Long> ids = new HashMap<>();
        db.sql("select id, domestic_id, partner_id from tie").query(rs -> {
            ids.put(TieBulkRepository.pairKey(rs.getLong(2), rs.getLong(3)), rs.getLong(1));
        });
        return ids;
    }

    /**
     * The places on each side of the ties there are now: {domestic ids, partner ids}. A pair whose sides are not
     * both here has no tie, so an import need not look it up (a fresh registry needs no lookups at all).
     */
    public List<Set<Long>> sidesWithTies() {
        return List.of(
                new HashSet<>(db.sql("select distinct domestic_id from tie")
                        .query(Long.class)
                        .list()),
                new HashSet<>(db.sql("select distinct partner_id from tie")
                        .query(Long.class)
                        .list()));
    }

    /** Partner id → Chinese places with a live sister tie to it. */
    public Map<Long, List<Long>> liveSisters() {
        Map<Long, List<Long>> map = new HashMap<>();
        db.sql(LIVE_SISTERS).query(rs -> {
            map.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(1)).add(rs.getLong(2));
        });
        return map;
    }
}
