package org.youcheng.registry.internal;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;

/**
 * Reads the whole gazetteer (places, their names, their ties, country aliases) in four plain scans. A place's tie
 * count comes from the tie scan rather than from a subquery per place: those cost two index probes for each of
 * 70,000 places, and several seconds on PostgreSQL when the tie table's statistics are stale.
 */
@Repository
public class GazetteerRepository {

    private static final String PLACES = """
            select p.id, p.name_zh, p.name_en, p.level, p.country_code, coalesce(p.parent_id, 0) parent_id, p.code,
                   p.population
            from place p""";
    private static final String NAMES = "select place_id, name_key from place_name";
    private static final String TIES = "select domestic_id, partner_id from tie";
    private static final String COUNTRY_ALIASES = "select alias_key, country_code from country_alias";

    private final JdbcClient db;

    GazetteerRepository(JdbcClient db) {
        this.db = db;
    }

    public Gazetteer load() {
        Map<String, String> countries = new HashMap<>();
        db.sql(COUNTRY_ALIASES).query(rs -> {
            countries.put(rs.getString(1), rs.getString(2));
        });
        Gazetteer g = Gazetteer.withCountries(countries);
        Map<Long, Integer> ties = new HashMap<>();
        db.sql(TIES).query(rs -> {
            long a = rs.getLong(1);
            long b = rs.getLong(2);
            g.tie(a, b);
            ties.merge(a, 1, Integer::sum);
            ties.merge(b, 1, Integer::sum);
        });
        db.sql(PLACES).query(rs -> {
            long id = rs.getLong(1);
            g.add(
                    new Gazetteer.Entry(
                            id,
                            rs.getString(2),
                            rs.getString(3),
                            Level.fromCode(rs.getString(4)),
                            rs.getString(5),
                            rs.getLong(6),
                            ties.getOrDefault(id, 0)),
                    rs.getString(7));
            long population = rs.getLong(8);
            if (population > 0) {
                g.population(id, population);
            }
        });
        db.sql(NAMES).query(rs -> {
            g.name(rs.getLong(1), rs.getString(2));
        });
        return g;
    }
}
