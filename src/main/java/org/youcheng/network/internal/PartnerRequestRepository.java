package org.youcheng.network.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.youcheng.network.PartnerRequest;
import org.youcheng.network.Theme;
import org.youcheng.registry.Level;
import org.youcheng.registry.Region;

@Repository
public class PartnerRequestRepository {

    private static final String COLUMNS = """
            id, place_id, countries, regions, level, population_min, population_max, themes, text, created_at""";
    private static final String INSERT = """
            insert into partner_request (place_id, countries, regions, level, population_min, population_max, themes,
                                         text, created_at)
            values (:place, :countries, :regions, :level, :min, :max, :themes, :text, :at)""";
    private static final String BY_ID = "select " + COLUMNS + " from partner_request where id = :id";
    private static final String ALL = "select " + COLUMNS + " from partner_request order by created_at desc, id desc";
    private static final String OF_PLACE =
            "select " + COLUMNS + " from partner_request where place_id = :place order by created_at desc, id desc";
    private static final String DELETE = "delete from partner_request where id = :id";

    private final JdbcClient db;

    PartnerRequestRepository(JdbcClient db) {
        this.db = db;
    }

    public long insert(PartnerRequest r) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql(INSERT)
                .param("place", r.placeId())
                .param("countries", join(r.countries()))
                .param("regions", join(r.regions().stream().map(Region::code).collect(Collectors.toSet())))
                .param("level", r.level() == null ? null : r.level().code())
                .param("min", r.populationMin())
                .param("max", r.populationMax())
                .param("themes", Theme.store(r.themes()))
                .param("text", r.text())
                .param("at", Timestamp.from(r.createdAt()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<PartnerRequest> find(long id) {
        return db.sql(BY_ID)
                .param("id", id)
                .query(PartnerRequestRepository::map)
                .optional();
    }

    public List<PartnerRequest> all() {
        return db.sql(ALL).query(PartnerRequestRepository::map).list();
    }

    public List<PartnerRequest> ofPlace(long placeId) {
        return db.sql(OF_PLACE)
                .param("place", placeId)
                .query(PartnerRequestRepository::map)
                .list();
    }

    public boolean delete(long id) {
        return db.sql(DELETE).param("id", id).update() == 1;
    }

    private static String join(Set<String> values) {
        return values.isEmpty() ? null : values.stream().sorted().collect(Collectors.joining(","));
    }

    private static Set<String> split(String stored) {
        return stored == null
                ? Set.of()
                : Arrays.stream(stored.split(","))
                        .filter(s -> !s.isBlank())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static PartnerRequest map(ResultSet rs, int n) throws SQLException {
        String level = rs.getString("level");
        return new PartnerRequest(
                rs.getLong("id"),
                rs.getLong("place_id"),
                split(rs.getString("countries")),
                split(rs.getString("regions")).stream().map(Region::fromCode).collect(Collectors.toSet()),
                level == null ? null : Level.fromCode(level),
                rs.getObject("population_min", Long.class),
                rs.getObject("population_max", Long.class),
                Theme.load(rs.getString("themes")),
                rs.getString("text"),
                rs.getTimestamp("created_at").toInstant());
    }
}
