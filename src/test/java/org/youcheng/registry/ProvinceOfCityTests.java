package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A first-level division written with its suffix, known by Latin names only, found through the city it is named after. */
class ProvinceOfCityTests {

    Gazetteer g;
    PlaceResolver resolver;

    @BeforeEach
    void gazetteer() {
        g = Gazetteer.withCountries(Map.of("甲国", "AA", "乙国", "BB"));
        place(1, null, "Province of Rivermouth", Level.PROVINCE, "AA", 0);
        place(2, "东州", "East State", Level.PROVINCE, "AA", 0);
        place(10, "河口", "Rivermouth City", Level.CITY, "AA", 0);
        place(11, "柳林", "Willowdale", Level.CITY, "AA", 2);
        place(20, null, "Upper-Stonebridge County", Level.PROVINCE, "BB", 0);
        place(21, "石桥", "Stonebridge", Level.CITY, "BB", 20);
        place(22, "松岗", "Pine Hill", Level.CITY, "BB", 0);
        place(23, "松岗州", "Pine Hill State", Level.PROVINCE, "BB", 0);
        resolver = new PlaceResolver(g);
    }

    void place(long id, String zh, String en, Level level, String country, long parent) {
        TestPlaces.add(g, id, zh, en, level, country, parent, 0);
    }

    @Test
    void aProvinceWrittenWithItsSuffixIsTheProvinceNamedAfterTheCityFound() {
        PlaceResolver.Resolution r = resolver.partner("河口省", "甲国");
        assertThat(r.place().id()).isEqualTo(1);
        assertThat(NoteCodes.clause(r, "province_of_city").args())
                .containsExactly("河口省", "河口", "Province of Rivermouth");
        assertThat(r.note()).contains("only the city 河口 was found").contains("check it");
    }

    @Test
    void aDivisionWrittenWithItsSuffixIsTheCitysOwnDivisionWhenItsNameHasTheCitysName() {
        PlaceResolver.Resolution r = resolver.partner("石桥州", "乙国");
        assertThat(r.place().id()).isEqualTo(20);
        assertThat(NoteCodes.all(r)).contains("province_of_city");
    }

    @Test
    void aRegionWrittenWithItsSuffixIsTheDivisionWhoseChineseNameIsTheCitysWithWordsBetween() {
        place(3, "海港首都大区", "Harbour Capital Region", Level.PROVINCE, "AA", 0);
        place(4, "海港语区", "Harbour Language Area", Level.PROVINCE, "AA", 0);
        place(12, "海港", "Harbour", Level.CITY, "AA", 0);
        resolver = new PlaceResolver(g);

        PlaceResolver.Resolution r = resolver.partner("海港大区", "甲国");
        assertThat(r.place().id()).isEqualTo(3);
        assertThat(NoteCodes.all(r)).contains("province_of_city");
    }

    @Test
    void aCityWhoseOwnDivisionBearsItsNameIsLeftToTheChoiceAsBefore() {
        place(5, "柳林州", "Willowdale State", Level.PROVINCE, "AA", 0);
        place(13, "柳林", "Willowdale", Level.CITY, "AA", 5);
        resolver = new PlaceResolver(g);
        assertThat(NoteCodes.all(resolver.partner("柳林府", "甲国"))).doesNotContain("province_of_city");
    }

    @Test
    void aCityWrittenAsACityStaysTheCity() {
        assertThat(resolver.partner("河口市", "甲国").place().id()).isEqualTo(10);
        assertThat(resolver.partner("河口", "甲国").place().id()).isEqualTo(10);
    }

    @Test
    void aDivisionNamedAfterNoCityFoundLeavesTheCityToTheChoice() {
        // 柳林 lies in 东州, whose name is not the city's
        PlaceResolver.Resolution r = resolver.partner("柳林省", "甲国");
        assertThat(r.place().id()).isEqualTo(11);
        assertThat(NoteCodes.all(r)).doesNotContain("province_of_city");
    }

    @Test
    void aDivisionFoundByItsChineseNameIsNotReplaced() {
        PlaceResolver.Resolution r = resolver.partner("松岗州", "乙国");
        assertThat(r.place().id()).isEqualTo(23);
        assertThat(NoteCodes.all(r)).doesNotContain("province_of_city");
    }
}
