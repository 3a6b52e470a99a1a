package org.youcheng.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.youcheng.registry.Names;
import org.youcheng.registry.Place;
import org.youcheng.registry.PlaceCard;

/** The places to mend and their names: flagged places, look-alikes, renames and aliases. */
@Repository
public class PlaceMendRepository {

    private static final String CARD_COLUMNS = PlaceRepository.COLUMNS + """
            , p.origin,
              (select count(*) from tie t where t.domestic_id = p.id)
            + (select count(*) from tie t where t.partner_id = p.id) as ties,
              (select count(*) from activity a where a.place_id = p.id)
            + (select count(distinct ap.activity_id) from activity_partner ap where ap.place_id = p.id) as activities""";
    /** Places an import or the review queue made and nobody has checked yet, newest first. */
    private static final String FLAGGED = "select " + CARD_COLUMNS + """
             from place p where p.needs_review and p.origin not in ('gbt2260', 'wikidata')
            order by p.created_at desc, p.id desc
            limit :limit""";

    private static final String FLAGGED_COUNT = """
            select count(*) from place p where p.needs_review and p.origin not in ('gbt2260', 'wikidata')""";
    private static final String CARDS = "select " + CARD_COLUMNS + " from place p where p.id in (:ids)";
    /**
     * Other places of the country with a name that contains one of the keys or is contained in it (京都 and 京都市
     * share a key; 托莱多 is in Toledo's keys): exact keys first, then busier places.
     */
    private static final String LOOKALIKES = """
            select n.place_id, min(case when n.name_key in (:keys) then 0 else 1 end) as score
            from place_name n join place p on p.id = n.place_id
            where p.country_code = :country and p.id <> :id
              and (n.name_key in (:keys) or n.name_key like :contains0 or n.name_key like :contains1
                   or (length(n.name_key) >= 2 and (:key0 like ('%' || n.name_key || '%')
                                                     or :key1 like ('%' || n.name_key || '%'))))
            group by n.place_id""";

    private static final String NAMES = "select name from place_name where place_id = :id order by name";
    private static final String HAS_NAME = """
            select count(*) from place_name where place_id = :id and name_key = :key""";
    private static final String ADD_NAME =
            "insert into place_name (place_id, name_key, name) values (:id, :key, :name)";
    private static final String RENAME = """
            update place set name_zh = :zh, name_en = :en, pinyin = :pinyin, version = version + 1, updated_at = :now
            where id = :id and version = :version""";
    private static final String TOUCH = """
            update place set version = version + 1, updated_at = :now where id = :id""";
    private static final String REVIEWED = """
            update place set needs_review = false, version = version + 1, updated_at = :now
            where id = :id and version = :version""";

    private final JdbcClient db;

    PlaceMendRepository(JdbcClient db) {
        this.db = db;
    }

    public List<PlaceCard> flagged(int limit) {
        return db.sql(FLAGGED)
                .param("limit", limit)
                .query(PlaceMendRepository::mapCard)
                .list();
    }

    public int flaggedCount() {
        return db.sql(FLAGGED_COUNT).query(Integer.class).single();
    }

    public Optional<PlaceCard> card(long id) {
        return cards(List.of(id)).stream().findFirst();
    }

    /** The cards of these places, with their parents, in no particular order. */
    public List<PlaceCard> cards(Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : db.sql(CARDS)
                        .param("ids", ids)
                        .query(PlaceMendRepository::mapCard)
                        .list();
    }

    /** Ids of the places of the country whose names look like one of these names, best first. */
    public List<Long> lookalikes(long id, String country, List<String> names, int limit) {
        List<String> keys = names.stream()
                .filter(n -> n != null && !n.isBlank())
                .map(Names::key)
                .filter(k -> !k.isEmpty())
                .distinct()
                .limit(2)
                .toList();
        if (keys.isEmpty()) {
            return List.of();
        }
        String k0 = keys.get(0);
        String k1 = keys.size() > 1 ? keys.get(1) : k0;
        Map<Long, Integer> scores = new LinkedHashMap<>();
        record Score(long place, int score) {}
        db.sql(LOOKALIKES)
                .param("keys", keys)
                .param("country", country)
                .param("id", id)
                .param("contains0", "%" + like(k0) + "%")
                .param("contains1", "%" + like(k1) + "%")
                .param("key0", k0)
                .param("key1", k1)
                .query((rs, n) -> new Score(rs.getLong(1), rs.getInt(2)))
                .list()
                .forEach(s -> scores.put(s.place(), s.score()));
        Map<Long, PlaceCard> cards = new HashMap<>();
        cards(scores.keySet()).forEach(c -> cards.put(c.place().id(), c));
        return scores.keySet().stream()
                .filter(cards::containsKey)
                .sorted(java.util.Comparator.comparing((Long p) -> scores.get(p))
                        .thenComparing(p -> -cards.get(p).ties())
                        .thenComparing(p -> p))
                .limit(limit)
                .toList();
    }

    public List<String> names(long id) {
        return db.sql(NAMES).param("id", id).query(String.class).list();
    }

    /** Files a name under the place's key for it, unless the place has that key already; says whether it did. */
    public boolean addName(long id, String name) {
        String key = Names.key(name);
        if (key.isEmpty()
                || db.sql(HAS_NAME)
                                .param("id", id)
                                .param("key", key)
                                .query(Long.class)
                                .single()
                        > 0) {
            return false;
        }
        db.sql(ADD_NAME)
                .param("id", id)
                .param("key", key)
                .param("name", name.strip())
                .update();
        return true;
    }

    /** Returns false when the place's version moved on. */
    public boolean rename(long id, int version, String nameZh, String nameEn, Instant now) {
        return db.sql(RENAME)
                        .param("zh", nameZh)
                        .param("en", nameEn)
                        .param("pinyin", nameZh != null && Names.hasHan(nameZh) ? Names.pinyin(nameZh) : null)
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    /** A new version of the place (a name filed, a duplicate merged into it), so that a stale edit is refused. */
    public void touch(long id, Instant now) {
        db.sql(TOUCH).param("id", id).param("now", Timestamp.from(now)).update();
    }

    public boolean markReviewed(long id, int version, Instant now) {
        return db.sql(REVIEWED)
                        .param("id", id)
                        .param("version", version)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    private static PlaceCard mapCard(ResultSet rs, int n) throws SQLException {
        Place p = PlaceRepository.map(rs, n);
        return new PlaceCard(p, rs.getString("origin"), null, rs.getInt("ties"), rs.getInt("activities"));
    }

    private static String like(String key) {
        return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
