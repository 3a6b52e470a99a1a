package org.youcheng.registry.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;
import org.youcheng.registry.Place;
import org.youcheng.registry.Places;

/**
 * The place table, for the registry's own classes. Other features read places through {@link
 * org.youcheng.registry.Places}.
 */
@Repository
public class PlaceRepository {

    public static final String COLUMNS = """
            p.id, p.code, p.name_zh, p.name_en, p.pinyin, p.level, p.country_code, p.parent_id, p.lat, p.lng,
            p.needs_review, p.version""";
    private static final String BY_ID = "select " + COLUMNS + " from place p where p.id = :id";
    private static final String BY_IDS = "select " + COLUMNS + " from place p where p.id in (:ids)";
    private static final String BY_CODE = "select " + COLUMNS + " from place p where p.code = :code";
    /**
     * Changes with every place added, removed or edited (renamed, an alias added: its last change) and every name
     * added or removed: what caches of the places' names are keyed by. Each part by itself, served by an index (or
     * H2's kept count).
     */
    private static final String STATE = """
            select (select count(*) from place) || ':' || (select coalesce(max(id), 0) from place) || ':'
                || coalesce((select max(updated_at) from place), current_timestamp) || ':'
                || (select count(*) from place_name)""";

    private static final String SUBTREE = """
            with recursive sub (id) as (
                select id from place where id = :id
                union all
                select p.id from place p join sub on p.parent_id = sub.id)
            select id from sub""";
    private static final String INSERT = """
            insert into place (code, name_zh, name_en, pinyin, level, country_code, parent_id, needs_review, origin,
                               created_at, updated_at)
            values (:code, :zh, :en, :pinyin, :level, :country, :parent, :review, :origin, :now, :now)""";
    private static final String ADD_NAME =
            "insert into place_name (place_id, name_key, name) values (:id, :key, :name)";

    private static final String INSERT_UNREVIEWED = """
            insert into place (code, name_zh, name_en, pinyin, level, country_code, needs_review, origin, created_at,
                               updated_at)
            values (?, ?, ?, ?, ?, ?, true, ?, ?, ?)""";
    private static final String IDS_BY_CODE = "select id, code from place where code in (:codes)";
    private static final String ADD_NAME_AT = "insert into place_name (place_id, name_key, name) values (?, ?, ?)";
    /** Codes asked for at a time when the ids of new places are read back. */
    private static final int CODES = 1_000;

    private final JdbcClient db;
    private final JdbcTemplate jdbc;

    public PlaceRepository(JdbcClient db, JdbcTemplate jdbc) {
        this.db = db;
        this.jdbc = jdbc;
    }

    /** The state of the places and their names, as {@link #STATE} describes. */
    public String state() {
        return db.sql(STATE).query(String.class).single();
    }

    public Optional<Place> find(long id) {
        return db.sql(BY_ID).param("id", id).query(PlaceRepository::map).optional();
    }

    /** The places of these ids that exist, in no particular order. */
    public List<Place> findAll(java.util.Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : db.sql(BY_IDS).param("ids", ids).query(PlaceRepository::map).list();
    }

    public Optional<Place> findByCode(String code) {
        return db.sql(BY_CODE).param("code", code).query(PlaceRepository::map).optional();
    }

    /** The place and every place under it (a city's counties and districts). */
    public List<Long> subtree(long id) {
        return db.sql(SUBTREE).param("id", id).query(Long.class).list();
    }

    /** Creates a place with its names and returns its id. */
    public long insert(
            String code,
            String nameZh,
            String nameEn,
            Level level,
            String country,
            Long parentId,
            boolean needsReview,
            String origin,
            Instant now,
            List<String> names) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql(INSERT)
                .param("code", code)
                .param("zh", nameZh)
                .param("en", nameEn)
                .param("pinyin", nameZh != null && Names.hasHan(nameZh) ? Names.pinyin(nameZh) : null)
                .param("level", level.code())
                .param("country", country)
                .param("parent", parentId)
                .param("review", needsReview)
                .param("origin", origin)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        names.stream()
                .filter(n -> n != null && !n.isBlank())
                .map(String::strip)
                .collect(java.util.stream.Collectors.toMap(Names::key, n -> n, (a, b) -> a))
                .forEach((k, n) -> db.sql(ADD_NAME)
                        .param("id", id)
                        .param("key", k)
                        .param("name", n)
                        .update());
        return id;
    }

    /**
     * Creates a place that no reference data knew, under a new YC- code and flagged for a person to check (a partner
     * named in an imported table or an accepted article); returns its id.
     */
    public long insertUnreviewed(String name, Level level, String country, String origin, Instant now) {
        return insertUnreviewed(List.of(new Places.Unreviewed(name, level, country)), origin, now)[0];
    }

    /**
     * Creates these places as {@link #insertUnreviewed(String, Level, String, String, Instant)} creates one, together:
     * one batch of inserts, one query for their ids (by their new codes), one batch for their names. An import that
     * met thousands of unknown partners had made them one by one, two statements each (bench/README.md). Returns
     * their ids in the order given.
     */
    public long[] insertUnreviewed(List<Places.Unreviewed> made, String origin, Instant now) {
        if (made.isEmpty()) {
            return new long[0];
        }
        Timestamp ts = Timestamp.from(now);
        List<String> codes = new ArrayList<>(made.size());
        for (int i = 0; i < made.size(); i++) {
            codes.add("YC-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        }
        jdbc.batchUpdate(INSERT_UNREVIEWED, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                Places.Unreviewed p = made.get(i);
                boolean han = Names.hasHan(p.name());
                ps.setString(1, codes.get(i));
                ps.setString(2, han ? p.name() : null);
                ps.setString(3, han ? null : p.name());
                ps.setString(4, han ? Names.pinyin(p.name()) : null);
                ps.setString(5, p.level().code());
                ps.setString(6, p.country());
                ps.setString(7, origin);
                ps.setTimestamp(8, ts);
                ps.setTimestamp(9, ts);
            }

            @Override
            public int getBatchSize() {
                return made.size();
            }
        });
        Map<String, Long> idByCode = new HashMap<>();
        for (int from = 0; from < codes.size(); from += CODES) {
            db.sql(IDS_BY_CODE)
                    .param("codes", codes.subList(from, Math.min(codes.size(), from + CODES)))
                    .query((rs, n) -> idByCode.put(rs.getString("code"), rs.getLong("id")))
                    .list();
        }
        long[] ids = new long[made.size()];
        List<Object[]> names = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            ids[i] = idByCode.get(codes.get(i));
            String name = made.get(i).name();
            if (name != null && !name.isBlank()) {
                names.add(new Object[] {ids[i], Names.key(name.strip()), name.strip()});
            }
        }
        jdbc.batchUpdate(ADD_NAME_AT, names);
        return ids;
    }

    public static Place map(ResultSet rs, int n) throws SQLException {
        return new Place(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name_zh"),
                rs.getString("name_en"),
                rs.getString("pinyin"),
                Level.fromCode(rs.getString("level").toLowerCase(Locale.ROOT)),
                rs.getString("country_code"),
                rs.getObject("parent_id", Long.class),
                rs.getObject("lat", Double.class),
                rs.getObject("lng", Double.class),
                rs.getBoolean("needs_review"),
                rs.getInt("version"));
    }
}
