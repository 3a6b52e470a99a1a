package org.youcheng.network.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.youcheng.network.PlaceAttributes;
import org.youcheng.network.Theme;

@Repository
public class PlaceAttributeRepository {

    private static final String COLUMNS =
            "place_id, population, population_year, area_km2, themes, source, version," + " updated_at";
    private static final String ONE = "select " + COLUMNS + " from place_attribute where place_id = :id";
    private static final String ALL = "select " + COLUMNS + " from place_attribute";
    private static final String INSERT = """
            insert into place_attribute (place_id, population, population_year, area_km2, themes, source, version,
                                         updated_at)
            values (:id, :population, :year, :area, :themes, :source, 1, :now)""";
    private static final String UPDATE = """
            update place_attribute set population = :population, population_year = :year, area_km2 = :area,
                                       themes = :themes, source = :source, version = version + 1, updated_at = :now
            where place_id = :id and version = :version""";

    private final JdbcClient db;

    PlaceAttributeRepository(JdbcClient db) {
        this.db = db;
    }

    public Optional<PlaceAttributes> find(long placeId) {
        return db.sql(ONE)
                .param("id", placeId)
                .query(PlaceAttributeRepository::map)
                .optional();
    }

    Map<Long, PlaceAttributes> all() {
        Map<Long, PlaceAttributes> out = new HashMap<>();
        db.sql(ALL).query(PlaceAttributeRepository::map).list().forEach(a -> out.put(a.placeId(), a));
        return out;
    }

    /** Writes the values over version {@code a.version()}; false when that version is no longer current. */
    public boolean save(PlaceAttributes a, Instant now) {
        var sql = db.sql(a.version() == 0 ? INSERT : UPDATE)
                .param("id", a.placeId())
                .param("population", a.population())
                .param("year", a.populationYear())
                .param("area", a.areaKm2())
                .param("themes", Theme.store(a.themes()))
                .param("source", a.source())
                .param("now", Timestamp.from(now));
        if (a.version() != 0) {
            sql = sql.param("version", a.version());
        }
        try {
            return sql.update() == 1;
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return false;
        }
    }

    private static PlaceAttributes map(ResultSet rs, int n) throws SQLException {
        return new PlaceAttributes(
                rs.getLong(1),
                rs.getObject(2, Long.class),
                rs.getObject(3, Integer.class),
                rs.getObject(4, Double.class),
                Theme.load(rs.getString(5)),
                rs.getString(6),
                rs.getInt(7),
                rs.getTimestamp(8).toInstant());
    }
}
