package org.youcheng.analytics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.youcheng.common.PartialDate;
import org.youcheng.registry.Level;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieStatus;

/**
 * Ties of Chinese places with foreign ones, from the Chinese side, ended ones included (a first tie in a country
 * stays the first after it ends), and the Chinese places of one level with the province each lies in.
 */
@Repository
public class HeldTieRepository {

    /** {s} is the Chinese side's column, {o} the foreign one's. */
    private static final String SIDE = """
            select t.id, s.id holder, o.id partner, o.name_zh, o.name_en, o.level, o.country_code, t.kind,
                   t.signed_on, t.signed_precision, t.status, t.ended_on, t.authority,
                   t.created_at
            from tie t join place s on s.id = t.{s} join place o on o.id = t.{o}
            where s.country_code = 'CN' and o.country_code <> 'CN' and t.set_aside_on is null""";

    private static final String OF_LEVEL = SIDE.replace("{s}", "domestic_id").replace("{o}", "partner_id")
            + " and s.level = :level\nunion all\n"
            + SIDE.replace("{s}", "partner_id").replace("{o}", "domestic_id") + " and s.level = :level";
    private static final String ALL = SIDE.replace("{s}", "domestic_id").replace("{o}", "partner_id") + "\nunion all\n"
            + SIDE.replace("{s}", "partner_id").replace("{o}", "domestic_id");
    private static final String CHINESE_PLACES = """
            select id, level, parent_id, code from place where country_code = 'CN'""";

    private final JdbcClient db;

    HeldTieRepository(JdbcClient db) {
        this.db = db;
    }

    /**
     * Every tie held by a Chinese place of this level that its figures count, by holder: a holder with records of
     * its own (recorded or accepted ties) keeps only those; one without keeps its reference ties (kind unverified).
     * Ties set aside by an official list are never here.
     */
    Map<Long, List<HeldTie>> ofLevel(Level level) {
        return byHolder(db.sql(OF_LEVEL).param("level", level.code()));
    }

    /** The same for every Chinese place, whatever its level (for the figures of a place with its subordinates). */
    Map<Long, List<HeldTie>> all() {
        return byHolder(db.sql(ALL));
    }

    private static Map<Long, List<HeldTie>> byHolder(JdbcClient.StatementSpec query) {
        Map<Long, List<HeldTie>> out = new HashMap<>();
        query.query(rs -> {
            HeldTie t = map(rs);
            out.computeIfAbsent(t.holder(), k -> new ArrayList<>()).add(t);
        });
        out.replaceAll((holder, ties) -> ties.stream().anyMatch(t -> !t.reference())
                ? ties.stream().filter(t -> !t.reference()).toList()
                : ties);
        return out;
    }

    /** A Chinese place of a peer set and the province it lies in (itself for a province). */
    public record Member(long id, long province) {}

    /** A Chinese place in the tree of divisions. */
    record Node(long id, Level level, Long parent, String code) {}

    /** Every Chinese place, by id. */
    Map<Long, Node> tree() {
        Map<Long, Node> all = new HashMap<>();
        db.sql(CHINESE_PLACES).query(rs -> {
            long parent = rs.getLong(3);
            Long p = rs.wasNull() ? null : parent;
            all.put(rs.getLong(1), new Node(rs.getLong(1), Level.fromCode(rs.getString(2)), p, rs.getString(4)));
        });
        return all;
    }

    /** Every Chinese place of this level (tie or not: a peer with none ranks last, it still counts). */
    List<Member> members(Level level) {
        return members(tree(), n -> n.level() == level);
    }

    /** The places of the tree a rule picks, with their provinces, by id. */
    static List<Member> members(Map<Long, Node> tree, java.util.function.Predicate<Node> picked) {
        List<Member> out = new ArrayList<>();
        tree.values().forEach(n -> {
            if (picked.test(n)) {
                out.add(new Member(n.id(), province(tree, n.id())));
            }
        });
        out.sort((a, b) -> Long.compare(a.id(), b.id()));
        return out;
    }

    /** For every place at or under a member: the nearest member at or above it. Places outside every member are not keys. */
    static Map<Long, Long> up(Map<Long, Node> tree, java.util.Set<Long> members) {
        Map<Long, Long> out = new HashMap<>();
        tree.keySet().forEach(id -> {
            for (Long p = id; p != null && tree.containsKey(p); p = tree.get(p).parent()) {
                if (members.contains(p)) {
                    out.put(id, p);
                    break;
                }
            }
        });
        return out;
    }

    /** The topmost province-level place above or at a place (itself when it is one, or when it has none). */
    private static long province(Map<Long, Node> tree, long id) {
        Long province = null;
        for (Long p = id; p != null && tree.containsKey(p); p = tree.get(p).parent()) {
            if (tree.get(p).level() == Level.PROVINCE) {
                province = p;
            }
        }
        return province == null ? id : province;
    }

    private static HeldTie map(ResultSet rs) throws SQLException {
        java.sql.Date signed = rs.getDate("signed_on");
        String precision = rs.getString("signed_precision");
        java.sql.Date ended = rs.getDate("ended_on");
        return new HeldTie(
                rs.getLong(1),
                rs.getLong("holder"),
                rs.getLong("partner"),
                rs.getString("name_zh"),
                rs.getString("name_en"),
                Level.fromCode(rs.getString("level")),
                rs.getString("country_code"),
                TieKind.valueOf(rs.getString("kind").toUpperCase(java.util.Locale.ROOT)),
                signed == null
                        ? null
                        : PartialDate.of(
                                signed.toLocalDate(),
                                PartialDate.Precision.valueOf(precision.toUpperCase(java.util.Locale.ROOT))),
                TieStatus.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT)),
                ended == null ? null : ended.toLocalDate(),
                "reference".equals(rs.getString("authority")),
                rs.getTimestamp("created_at").toLocalDateTime().toLocalDate());
    }
}
