package org.youcheng.registry.reference;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.youcheng.registry.Names;

/** Writes assembled reference places and their names in batches, with ids given here (parents first). */
final class PlaceWriter {

    private static final int BATCH = 2000;

    private final JdbcTemplate jdbc;
    private final Map<String, Long> idByCode = new HashMap<>();
    private long nextId;

    PlaceWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        Long max = jdbc.queryForObject("select max(id) from place", Long.class);
        this.nextId = max == null ? 1 : max + 1;
    }

    Map<String, Long> idByCode() {
        return idByCode;
    }

    void write(List<PlaceRow> rows) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> places = new ArrayList<>(rows.size());
        List<Object[]> names = new ArrayList<>(rows.size() * 3);
        for (PlaceRow r : rows) {
            long id = nextId++;
            idByCode.put(r.code, id);
            Long parent = r.parentCode == null ? null : idByCode.get(r.parentCode);
            places.add(new Object[] {
                id,
                r.code,
                r.nameZh,
                r.nameEn,
                r.pinyin,
                r.level.code(),
                r.country,
                parent,
                r.lat,
                r.lng,
                r.needsReview,
                r.origin,
                now,
                now,
                r.population
            });
            Set<String> keys = new HashSet<>();
            for (String alias : r.aliases) {
                String key = Names.key(alias);
                if (!key.isEmpty() && key.length() <= 200 && alias.length() <= 200 && keys.add(key)) {
                    names.add(new Object[] {id, key, alias});
                }
            }
        }
        batch("""
                insert into place (id, code, name_zh, name_en, pinyin, level, country_code, parent_id, lat, lng,
                                   needs_review, origin, created_at, updated_at, population)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", places);
        batch("insert into place_name (place_id, name_key, name) values (?, ?, ?)", names);
        jdbc.execute("alter table place alter column id restart with " + nextId);
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
            jdbc.batchUpdate(sql, chunk, chunk.size(), PlaceWriter::bind);
        }
    }

    private static void bind(PreparedStatement ps, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            Object v = row[i];
            if (v == null) {
                ps.setNull(i + 1, i >= 8 && i <= 9 ? Types.DOUBLE : i == 7 || i == 14 ? Types.BIGINT : Types.VARCHAR);
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }
}
