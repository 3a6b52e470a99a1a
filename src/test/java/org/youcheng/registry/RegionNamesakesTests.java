package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A region written in front, whose place of the name is known by its Latin name only, the Chinese name filed elsewhere. */
class RegionNamesakesTests {

    Gazetteer g;
    PlaceResolver resolver;

    @BeforeEach
    void gazetteer() {
        g = Gazetteer.withCountries(Map.of("甲国", "AA"));
        place(1, "东州", "East State", Level.PROVINCE, 0, 0);
        place(2, "西州", "West State", Level.PROVINCE, 0, 0);
        place(10, "长景", "Longview", Level.CITY, 1, 80_000);
        place(11, null, "Longview", Level.CITY, 2, 37_000);
        place(12, "松岗", "Pine Hill", Level.CITY, 1, 0);
        resolver = new PlaceResolver(g);
    }

    void place(long id, String zh, String en, Level level, long parent, long people) {
        TestPlaces.add(g, id, zh, en, level, "AA", parent, people);
    }

    @Test
    void thePlaceOfTheRegionWithTheLatinNameOfTheNamesakeElsewhereIsTaken() {
        PlaceResolver.Resolution r = resolver.partner("西州长景市", "甲国");
        assertThat(r.place().id()).isEqualTo(11);
        assertThat(NoteCodes.clause(r, "namesake_in_region").args()).containsExactly("长景", "西州", "Longview");
        assertThat(r.note())
                .contains("'长景' is a namesake outside 西州 (Longview): taken as the place of that name in 西州");
    }

    @Test
    void noPlaceOfThatLatinNameInTheRegionLeavesTheNameNew() {
        PlaceResolver.Resolution r = resolver.partner("西州松岗市", "甲国");
        assertThat(r.isNew()).isTrue();
        assertThat(NoteCodes.all(r)).doesNotContain("namesake_in_region");
    }

    @Test
    void thePlaceOfTheRegionWrittenIsStillTakenByItsChineseName() {
        PlaceResolver.Resolution r = resolver.partner("东州长景市", "甲国");
        assertThat(r.place().id()).isEqualTo(10);
        assertThat(NoteCodes.all(r)).doesNotContain("namesake_in_region");
    }
}
