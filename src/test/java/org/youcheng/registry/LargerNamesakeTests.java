package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Chinese label filed under a small town of a name many places share: the far larger place of that Latin name in the
 * same country is meant, and the choice says so.
 */
class LargerNamesakeTests {

    Gazetteer g;

    @BeforeEach
    void gazetteer() {
        g = Gazetteer.withCountries(Map.of("甲国", "AA", "乙国", "BB"));
        TestPlaces.add(g, 1, "圣达菲市", "Santa Fe", Level.CITY, "AA", 0, 13_000);
        TestPlaces.add(g, 2, "圣菲", "Santa Fe", Level.CITY, "AA", 0, 84_000);
        TestPlaces.add(g, 3, "圣菲省", "Santa Fe", Level.PROVINCE, "AA", 0, 3_000_000);
        TestPlaces.add(g, 4, "圣菲亚", "Santa Fe", Level.CITY, "BB", 0, 900_000);
        TestPlaces.add(g, 5, "橡树镇", "Oakville", Level.CITY, "AA", 0, 20_000);
        TestPlaces.add(g, 6, "奥克维尔", "Oakville", Level.CITY, "AA", 0, 60_000);
    }

    @Test
    void theFarLargerNamesakeOfTheCountryAndLevelIsMeant() {
        PlaceResolver.Resolution r = new PlaceResolver(g).partner("圣达菲市", "甲国");
        assertThat(r.place().id()).isEqualTo(2);
        assertThat(NoteCodes.clause(r, "larger_namesake").args()).containsExactly("圣达菲市", "Santa Fe");
    }

    @Test
    void aNamesakeNotFarLargerOrOfAnotherCountryOrLevelLeavesTheLabel() {
        // three times as large: not enough
        assertThat(new PlaceResolver(g).partner("橡树镇", "甲国").place().id()).isEqualTo(5);
        // the province of the name and the city of another country are other places
        g = Gazetteer.withCountries(Map.of("甲国", "AA", "乙国", "BB"));
        TestPlaces.add(g, 1, "圣达菲市", "Santa Fe", Level.CITY, "AA", 0, 13_000);
        TestPlaces.add(g, 3, "圣菲省", "Santa Fe", Level.PROVINCE, "AA", 0, 3_000_000);
        TestPlaces.add(g, 4, "圣菲亚", "Santa Fe", Level.CITY, "BB", 0, 900_000);
        assertThat(new PlaceResolver(g).partner("圣达菲市", "甲国").place().id()).isEqualTo(1);
    }

    @Test
    void withNoCountryTheFarLargerNamesakeOfACountryFoundIsMeant() {
        g = Gazetteer.withCountries(Map.of("甲国", "AA", "乙国", "BB", "丙国", "CC"));
        // the label is on two towns and a state; the capital is labelled by its long name
        TestPlaces.add(g, 1, "华盛顿", "Washington", Level.CITY, "BB", 0, 53_000);
        TestPlaces.add(g, 2, "华盛顿", "Washington", Level.CITY, "AA", 0, 14_000);
        TestPlaces.add(g, 3, "华盛顿州", "Washington", Level.PROVINCE, "AA", 0, 0);
        TestPlaces.add(g, 4, "华盛顿哥伦比亚特区", "Washington", Level.CITY, "AA", 0, 4_300_000);
        // far larger, but of a country none of the places found is in
        TestPlaces.add(g, 5, "华府", "Washington", Level.CITY, "CC", 0, 9_000_000);

        PlaceResolver.Resolution r = new PlaceResolver(g).partner("华盛顿", null);

        assertThat(r.place().id()).isEqualTo(4);
        assertThat(NoteCodes.clause(r, "larger_namesake").args()).containsExactly("华盛顿", "Washington");
    }

    @Test
    void namesakesFoundAreComparedWithoutDesignationOrWhatFollowsAComma() {
        g = Gazetteer.withCountries(Map.of("甲国", "AA", "乙国", "BB"));
        // 圣何塞 labels a province of the name and small towns, one with its province after a comma
        TestPlaces.add(g, 1, "圣何塞", "San José", Level.CITY, "AA", 0, 6_000);
        TestPlaces.add(g, 2, "圣何塞", "San José, Buenos Aires", Level.CITY, "AA", 0, 4_000);
        TestPlaces.add(g, 3, "圣何塞省", "San José Province", Level.PROVINCE, "BB", 0, 1_600_000);
        // the capital, labelled otherwise
        TestPlaces.add(g, 4, "聖荷西", "San Jose", Level.CITY, "BB", 0, 335_000);

        PlaceResolver.Resolution r = new PlaceResolver(g).partner("圣何塞", null);

        assertThat(r.place().id()).as(r.note()).isEqualTo(4);
        assertThat(NoteCodes.clause(r, "larger_namesake").args()).containsExactly("圣何塞", "San José");
    }
}
