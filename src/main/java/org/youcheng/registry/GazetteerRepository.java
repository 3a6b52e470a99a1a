package org.youcheng.registry;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the whole gazetteer (places, their names, country aliases) in three queries. */
@Repository
public class GazetteerRepository {

    private static final String PLACES = """
            select p.id, p.name_zh, p.name_en, p.level, p.country_code, coalesce(p.parent_id, 0) parent_id, p.code,
                   (select count(*) from tie t where t.domestic_id = p.id)
                 + (select count(*) from tie t where t.partner_id = p.id) ties, p.population
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
        Gazetteer g = new Gazetteer(countries);
        db.sql(PLACES).query(rs -> {
            String zh = rs.getString(2);
            String en = rs.getString(3);
            g.add(new Gazetteer.Entry(rs.getLong(1), zh, en, Level.fromCode(rs.getString(4)), rs.getString(5),
                    rs.getLong(6), rs.getInt(8)), rs.getString(7));
            long population = rs.getLong(9);
            if (population > 0) {
                g.population(rs.getLong(1), population);
            }
        });
        db.sql(NAMES).query(rs -> {
            g.name(rs.getLong(1), rs.getString(2));
        });
        db.sql(TIES).query(rs -> {
            g.tie(rs.getLong(1), rs.getLong(2));
        });
        return g;
    }
}
