package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A county written with its suffix, known by its Latin name only, found through the town it is named after. */
class CountyOfCityTests {

    Gazetteer g;
    PlaceResolver resolver;

    @BeforeEach
    void gazetteer() {
        g = Gazetteer.withCountries(Map.of("甲国", "AA", "日本", "JP"));
        place(1, "东州", "East State", Level.PROVINCE, "AA", 0);
        place(2, "西州", "West State", Level.PROVINCE, "AA", 0);
        place(10, "河口", "Rivermouth", Level.CITY, "AA", 1);
        place(11, null, "Rivermouth District", Level.COUNTY, "AA", 1);
        place(12, null, "Rivermouth County", Level.COUNTY, "AA", 2);
        place(13, "松岗", "Pine Hill", Level.CITY, "AA", 2);
        place(20, "青山", "Aoyama", Level.CITY, "JP", 0);
        place(21, null, "Aoyama County", Level.COUNTY, "JP", 0);
        resolver = new PlaceResolver(g);
    }

    void place(long id, String zh, String en, Level level, String country, long parent) {
        TestPlaces.add(g, id, zh, en, level, country, parent, 0);
    }

    @Test
    void aDistrictWrittenWithItsSuffixIsTheCountyNamedAfterTheTownInTheTownsDivision() {
        PlaceResolver.Resolution r = resolver.partner("河口地区", "甲国");
        assertThat(r.place().id()).isEqualTo(11);
        assertThat(NoteCodes.clause(r, "county_of_city").args()).containsExactly("河口地区", "河口", "Rivermouth District");
        assertThat(r.note()).contains("only the town 河口 was found").contains("check it");
        assertThat(resolver.partner("河口县", "甲国").place().id()).isEqualTo(11);
    }

    @Test
    void withNoCountryWrittenTheCountryOfEveryTownOfTheNameIsKnown() {
        // 松岗 is a town of 甲国 only: its county is found as if the country had been written
        place(14, null, "Pine Hill County", Level.COUNTY, "AA", 2);
        resolver = new PlaceResolver(g);
        assertThat(resolver.partner("松岗县", null).place().id()).isEqualTo(14);
    }

    @Test
    void aTownWrittenAsATownStaysTheTown() {
        assertThat(resolver.partner("河口市", "甲国").place().id()).isEqualTo(10);
        assertThat(resolver.partner("河口", "甲国").place().id()).isEqualTo(10);
    }

    @Test
    void noCountyOfTheTownsNameLeavesTheTown() {
        PlaceResolver.Resolution r = resolver.partner("松岗县", "甲国");
        assertThat(NoteCodes.all(r)).doesNotContain("county_of_city");
    }

    @Test
    void notInACountryWhoseCountiesAreAnotherUnit() {
        PlaceResolver.Resolution r = resolver.partner("青山郡", "日本");
        assertThat(NoteCodes.all(r)).doesNotContain("county_of_city");
    }
}
