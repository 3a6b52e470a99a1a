package org.youcheng.registry.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.youcheng.registry.Continent;
import org.youcheng.registry.Country;
import org.youcheng.registry.Region;

/**
 * The country table, read once and kept: countries change only with the reference data. Other features read countries
 * through {@link org.youcheng.registry.Countries}.
 */
@Repository
public class CountryRepository {

    private static final String ALL = """
            select code, name_zh, name_en, continent, region, diplomatic from country order by code""";

    private final JdbcClient db;
    private volatile Map<String, Country> all;

    public CountryRepository(JdbcClient db) {
        this.db = db;
    }

    public Map<String, Country> all() {
        Map<String, Country> a = all;
        if (a == null || a.isEmpty()) {
            Map<String, Country> m = new LinkedHashMap<>();
            db.sql(ALL)
                    .query((rs, n) -> new Country(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            Continent.fromCode(rs.getString(4)),
                            Region.fromCode(rs.getString(5)),
                            rs.getBoolean(6)))
                    .list()
                    .forEach(c -> m.put(c.code(), c));
            all = a = Map.copyOf(m);
        }
        return a;
    }

    public Country get(String code) {
        return all().get(code);
    }
}
