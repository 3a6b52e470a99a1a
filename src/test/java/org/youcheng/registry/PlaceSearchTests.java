package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.registry.internal.TieRepository;

/**
 * Place search keeps names and tie counts in memory: the order (exact, beginning, inside; busier first) and that a
 * change made by anyone — even straight in the database, as another process's import would — is seen by the next
 * search. Run on H2 and PostgreSQL by the subclasses.
 */
abstract class PlaceSearchTests {

    @Autowired
    PlaceSearch search;

    @Autowired
    PlaceRepository places;

    @Autowired
    JdbcClient db;

    String word;
    long exact;
    long begins;
    long inside;

    @BeforeEach
    void places() {
        // a made-up word no real place bears, new for every test so the tests share nothing
        word = "qzx" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Instant now = Instant.now();
        inside = places.insert(
                "T-" + word + "-1",
                null,
                "Old " + word,
                Level.CITY,
                "FR",
                null,
                false,
                "test",
                now,
                List.of("Old " + word));
        begins = places.insert(
                "T-" + word + "-2",
                null,
                word + "ton",
                Level.CITY,
                "FR",
                null,
                false,
                "test",
                now,
                List.of(word + "ton"));
        exact = places.insert(
                "T-" + word + "-3", null, word, Level.CITY, "FR", null, false, "test", now, List.of(word));
    }

    List<Long> found(String text) {
        return search.search(text, 10).stream().map(h -> h.place().id()).toList();
    }

    void tie(long partner) {
        long domestic = db.sql("select id from place where code = 'CN-370200'")
                .query(Long.class)
                .single();
        Timestamp now = Timestamp.from(Instant.now());
        db.sql("""
                insert into tie (domestic_id, partner_id, kind, status, source, origin, authority, created_at,
                                 updated_at)
                values (:d, :p, 'sister', 'active', 'test', 'recorded', 'recorded', :now, :now)""").param("d", domestic).param("p", partner).param("now", now).update();
    }

    @Test
    void exactNamesComeFirstThenNamesThatBeginSoThenNamesThatContainIt() {
        assertThat(found(word)).containsExactly(exact, begins, inside);
        assertThat(found(word.toUpperCase())).containsExactly(exact, begins, inside);
        assertThat(found(word + "t")).containsExactly(begins);
        assertThat(search.search("  ", 10)).isEmpty();
    }

    @Test
    void withinOneKindOfMatchThePlaceWithMoreTiesComesFirst() {
        long second = places.insert(
                "T-" + word + "-4",
                null,
                word + "berg",
                Level.CITY,
                "FR",
                null,
                false,
                "test",
                Instant.now(),
                List.of(word + "berg"));
        assertThat(found(word)).containsExactly(exact, begins, second, inside); // same ties: by id
        tie(second);
        assertThat(found(word)).containsExactly(exact, second, begins, inside);
        assertThat(search.search(word, 10).get(1).ties()).isEqualTo(1);
    }

    @Test
    void aNameAddedOrAPlaceRemovedOutsideThisProcessIsSeenByTheNextSearch() {
        assertThat(found(word)).hasSize(3);
        db.sql("insert into place_name (place_id, name_key, name) values (:id, :key, :name)")
                .param("id", inside)
                .param("key", "zz" + word + "alias")
                .param("name", "ZZ" + word + "alias")
                .update();
        assertThat(found("zz" + word + "alias")).containsExactly(inside);
        db.sql("delete from place where id = :id").param("id", begins).update();
        assertThat(found(word)).containsExactly(exact, inside);
    }

    @Autowired
    TieRepository tieTable;

    @Test
    void betweenTwoLooksAtTheTablesASearchAnswersFromMemory() {
        PlaceSearch slow = new PlaceSearch(db, places, tieTable, java.time.Duration.ofHours(1));
        assertThat(slow.search(word, 10)).hasSize(3);
        db.sql("insert into place_name (place_id, name_key, name) values (:id, :key, :name)")
                .param("id", inside)
                .param("key", "yy" + word)
                .param("name", "YY" + word)
                .update();
        assertThat(slow.search("yy" + word, 10)).as("within the recheck time").isEmpty();
        assertThat(found("yy" + word)).as("this context looks every time").containsExactly(inside);
    }

    @Test
    void theLimitIsKept() {
        assertThat(search.search(word, 2)).hasSize(2);
        assertThat(search.search(word, 0)).isEmpty();
    }
}
