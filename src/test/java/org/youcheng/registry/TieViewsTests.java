package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.support.TestData;

/**
 * The ties of some places with both their places, as the place page, the place API, profiles and summaries read them:
 * every tie with one of the places on either side, once, oldest signing first and undated last, each side the place
 * it names; the same when the places asked for are more than one statement binds. Run on H2 and PostgreSQL.
 */
abstract class TieViewsTests {

    @Autowired
    JdbcClient db;

    @Autowired
    Ties ties;

    @Autowired
    PlaceRepository places;

    @BeforeEach
    void ties() {
        TestData.reset(db);
        tie("CN-370200", "Q35765", "1980-01-01"); // Qingdao – Osaka
        tie("CN-370200", "Q203308", "1979-10-03"); // Qingdao – Shimonoseki
        tie("CN-370600", "Q203308", "2000-05-01"); // Yantai – Shimonoseki
        tie("CN-370200", "Q12191", null); // Qingdao – Nantes, undated
        tie("CN-310000", "Q35765", "1974-04-18"); // Shanghai – Osaka
    }

    private void tie(String a, String b, String signed) {
        db.sql("""
                insert into tie (domestic_id, partner_id, kind, signed_on, signed_precision, status, created_at,
                                 updated_at)
                values (:a, :b, 'sister', :signed, :precision, 'active', :now, :now)""")
                .param("a", id(a))
                .param("b", id(b))
                .param("signed", signed == null ? null : Date.valueOf(signed))
                .param("precision", signed == null ? null : "day")
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }

    private long id(String code) {
        return places.findByCode(code).orElseThrow().id();
    }

    private static List<String> pairs(List<TieView> views) {
        return views.stream()
                .map(v -> v.domestic().code() + "-" + v.partner().code())
                .toList();
    }

    @Test
    void aPlacesTiesOnEitherSideWithTheirPlacesOldestFirstUndatedLast() {
        assertThat(pairs(ties.viewsOf(List.of(id("CN-370200")))))
                .containsExactly("CN-370200-Q203308", "CN-370200-Q35765", "CN-370200-Q12191");
        assertThat(pairs(ties.viewsOf(List.of(id("Q35765"))))).containsExactly("CN-310000-Q35765", "CN-370200-Q35765");
        // a tie between two of the places asked for comes once
        assertThat(pairs(ties.viewsOf(List.of(id("CN-370200"), id("Q203308")))))
                .containsExactly("CN-370200-Q203308", "CN-370200-Q35765", "CN-370600-Q203308", "CN-370200-Q12191");
        assertThat(ties.viewsOf(List.of())).isEmpty();
    }

    @Test
    void moreIdsThanOneStatementBindsGiveTheSameTies() {
        List<Long> many = new ArrayList<>(db.sql("select id from place order by id")
                .query(Long.class)
                .list()
                .subList(0, 2400));
        many.removeAll(db.sql("select domestic_id from tie union select partner_id from tie")
                .query(Long.class)
                .list());
        many.add(0, id("Q203308")); // in the first chunk
        many.add(id("CN-370200")); // in the last one
        List<TieView> got = ties.viewsOf(many);
        assertThat(pairs(got))
                .containsExactly("CN-370200-Q203308", "CN-370200-Q35765", "CN-370600-Q203308", "CN-370200-Q12191");
        assertThat(got).allSatisfy(v -> {
            assertThat(v.domestic().id()).isEqualTo(v.tie().domesticId());
            assertThat(v.partner().id()).isEqualTo(v.tie().partnerId());
        });
    }
}
