package org.youcheng.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.youcheng.common.YouchengProperties;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.registry.internal.TieRepository;

/**
 * Finds places by a fragment of any of their names (Chinese, English, pinyin, aliases): exact names first, then
 * names that begin with the text, then names that contain it; within each, places with more ties first.
 *
 * <p>The names and every place's number of ties are held in memory and read again only when places, names or ties
 * have changed since: a look at counts and last changes (served by indexes, but a count is a scan on PostgreSQL), taken
 * at most once per {@code youcheng.recheck} (1 s): a change made anywhere, in this process or another, is
 * found by searches within that time. A search is then a
 * scan of some 200,000 short strings in memory; as {@code name_key like '%…%'} with a count of ties per match it was
 * 100–450 ms on H2 with 110,000 ties, most of the load benchmark's search time (bench/load/README.md).
 */
@Service
public class PlaceSearch {

    private static final String NAMES = "select name_key, place_id from place_name";
    private static final String DOMESTIC_DEGREES = "select domestic_id, count(*) from tie group by domestic_id";
    private static final String PARTNER_DEGREES = "select partner_id, count(*) from tie group by partner_id";

    public record Hit(Place place, int ties) {}

    private record NameTable(String state, String[] keys, long[] placeIds) {}

    private record Degrees(String state, Map<Long, Integer> ties) {
        int of(long placeId) {
            return ties.getOrDefault(placeId, 0);
        }
    }

    private record Match(long placeId, int score, int ties) {}

    private static final Comparator<Match> ORDER = Comparator.comparingInt(Match::score)
            .thenComparing(Comparator.comparingInt(Match::ties).reversed())
            .thenComparingLong(Match::placeId);

    private final JdbcClient db;
    private final PlaceRepository places;
    private final TieRepository tieTable;
    private final long recheckNanos;
    private volatile NameTable names;
    private volatile Degrees degrees;
    private volatile long checkedAt;

    @org.springframework.beans.factory.annotation.Autowired
    PlaceSearch(JdbcClient db, PlaceRepository places, TieRepository tieTable, YouchengProperties properties) {
        this(db, places, tieTable, properties.recheck());
    }

    PlaceSearch(JdbcClient db, PlaceRepository places, TieRepository tieTable, java.time.Duration recheck) {
        this.db = db;
        this.places = places;
        this.tieTable = tieTable;
        this.recheckNanos = recheck.toNanos();
    }

    public List<Hit> search(String text, int limit) {
        String key = Names.key(text);
        if (key.isEmpty() || limit < 1) {
            return List.of();
        }
        NameTable n;
        Degrees d;
        long now = System.nanoTime();
        if (names != null && degrees != null && now - checkedAt < recheckNanos) {
            n = names;
            d = degrees;
        } else {
            n = names();
            d = degrees();
            checkedAt = now;
        }
        Map<Long, Integer> scores = new HashMap<>();
        String[] keys = n.keys();
        for (int i = 0; i < keys.length; i++) {
            String k = keys[i];
            int score = k.equals(key) ? 0 : k.startsWith(key) ? 1 : k.contains(key) ? 2 : -1;
            if (score >= 0) {
                scores.merge(n.placeIds()[i], score, Math::min);
            }
        }
        List<Match> matches = new ArrayList<>(scores.size());
        scores.forEach((id, score) -> matches.add(new Match(id, score, d.of(id))));
        matches.sort(ORDER);
        List<Match> top = matches.subList(0, Math.min(limit, matches.size()));
        Map<Long, Place> found = new HashMap<>();
        for (Place p : places.findAll(top.stream().map(Match::placeId).toList())) {
            found.put(p.id(), p);
        }
        List<Hit> hits = new ArrayList<>(top.size());
        for (Match m : top) {
            Place p = found.get(m.placeId());
            if (p != null) { // removed since the names were read
                hits.add(new Hit(p, m.ties()));
            }
        }
        return hits;
    }

    private NameTable names() {
        String state = places.state();
        NameTable n = names;
        if (n != null && n.state().equals(state)) {
            return n;
        }
        synchronized (this) {
            n = names;
            if (n == null || !n.state().equals(state)) {
                List<String> keys = new ArrayList<>();
                List<Long> ids = new ArrayList<>();
                db.sql(NAMES).query(rs -> {
                    keys.add(rs.getString(1));
                    ids.add(rs.getLong(2));
                });
                n = new NameTable(
                        state,
                        keys.toArray(String[]::new),
                        ids.stream().mapToLong(Long::longValue).toArray());
                names = n;
            }
            return n;
        }
    }

    private Degrees degrees() {
        String state = tieTable.state();
        Degrees d = degrees;
        if (d != null && d.state().equals(state)) {
            return d;
        }
        synchronized (this) {
            d = degrees;
            if (d == null || !d.state().equals(state)) {
                Map<Long, Integer> ties = new HashMap<>();
                for (String sql : List.of(DOMESTIC_DEGREES, PARTNER_DEGREES)) {
                    db.sql(sql).query(rs -> {
                        ties.merge(rs.getLong(1), rs.getInt(2), Integer::sum);
                    });
                }
                d = new Degrees(state, ties);
                degrees = d;
            }
            return d;
        }
    }
}
