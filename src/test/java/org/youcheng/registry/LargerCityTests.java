package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A name written with the larger city whose area it belongs to: a town after the city, 大 + the city for its area. */
class LargerCityTests {

    Gazetteer g;
    PlaceResolver resolver;

    @BeforeEach
    void gazetteer() {
        g = Gazetteer.withCountries(Map.of("甲国", "AA", "乙国", "BB"));
        place(1, "东州", "East State", Level.PROVINCE, "AA", 0, 0);
        place(2, "西州", "West State", Level.PROVINCE, "AA", 0, 0);
        place(10, "河口", "Rivermouth", Level.CITY, "AA", 1, 900_000);
        place(11, "柳林", "Willowdale", Level.CITY, "AA", 1, 40_000);
        place(12, "石桥", "Stonebridge", Level.CITY, "AA", 2, 30_000);
        place(13, "高原", "Highland", Level.CITY, "AA", 1, 2_000_000);
        place(20, "海湾", "Bay City", Level.CITY, "BB", 0, 500_000);
        place(21, "海湾大都会", "Metro Bay", Level.PROVINCE, "BB", 0, 0);
        place(22, "松岗", "Pine Hill", Level.CITY, "BB", 0, 0);
        resolver = new PlaceResolver(g);
    }

    void place(long id, String zh, String en, Level level, String country, long parent, long people) {
        TestPlaces.add(g, id, zh, en, level, country, parent, people);
    }

    @Test
    void aTownWrittenAfterTheLargerCityOfItsDivisionIsTheTown() {
        PlaceResolver.Resolution r = resolver.partner("河口柳林市", "甲国");
        assertThat(r.place().id()).isEqualTo(11);
        assertThat(NoteCodes.clause(r, "city_in_front").args()).containsExactly("河口", "河口");
        assertThat(r.note()).contains("'河口' in front is the city 河口").contains("check it");
    }

    @Test
    void withNoCountryWrittenTheCityInFrontGivesIt() {
        PlaceResolver.Resolution r = resolver.partner("河口柳林市", null);
        assertThat(r.place().id()).isEqualTo(11);
        assertThat(NoteCodes.all(r)).contains("city_in_front");
    }

    @Test
    void withNoCountryWrittenACityInFrontThatIsNoLargestOfItsNameGivesNone() {
        place(32, "河口", "Rivermouth", Level.CITY, "BB", 0, 900_000);
        resolver = new PlaceResolver(g);
        assertThat(resolver.partner("河口柳林市", null).ok()).isFalse();
    }

    @Test
    void theCityInFrontIsTheMostPopulousOfItsName() {
        place(31, "河口镇", "Old Rivermouth", Level.CITY, "AA", 1, 0);
        resolver = new PlaceResolver(g);
        assertThat(resolver.partner("河口柳林市", "甲国").place().id()).isEqualTo(11);
    }

    @Test
    void aTownOfAnotherDivisionIsNotReadAsInTheCitysArea() {
        PlaceResolver.Resolution r = resolver.partner("河口石桥市", "甲国");
        assertThat(r.isNew()).isTrue();
    }

    @Test
    void theCityInFrontMustBeTheLarger() {
        PlaceResolver.Resolution r = resolver.partner("柳林高原市", "甲国");
        assertThat(r.isNew()).isTrue();
    }

    @Test
    void aTownWithNoDivisionKnownIsReadWhenTheCityIsLarger() {
        PlaceResolver.Resolution r = resolver.partner("海湾松岗市", "乙国");
        assertThat(r.place().id()).isEqualTo(22);
    }

    @Test
    void aTownWithNoDivisionKnownIsNotReadByAnotherNameOfIt() {
        // an alternate name (a quarter's, say) of a town that may lie anywhere in the country: 下关港町 is no Yoichi
        g.addPlace(new Gazetteer.Entry(23, "余岬", "Cape Yo", Level.CITY, "BB", 0, 0), "X23", "余岬", "Cape Yo", "港町");
        g.population(23, 20_000);
        resolver = new PlaceResolver(g);
        PlaceResolver.Resolution r = resolver.partner("海湾港町", "乙国");
        assertThat(r.isNew()).isTrue();
        assertThat(NoteCodes.all(r)).doesNotContain("city_in_front");
    }

    @Test
    void aDistrictWrittenAfterItsCityIsTheOneFiledUnderThatCity() {
        place(40, "东区", "East District", Level.DISTRICT, "AA", 10, 0);
        place(41, "东区", "East District", Level.DISTRICT, "AA", 13, 0);
        place(42, "东区", "East District", Level.DISTRICT, "AA", 0, 0);
        resolver = new PlaceResolver(g);

        PlaceResolver.Resolution r = resolver.partner("河口东区", "甲国");
        assertThat(r.place().id()).isEqualTo(40);
        assertThat(NoteCodes.clause(r, "district_of_city").args()).containsExactly("河口", "河口");
        assertThat(r.note())
                .contains("'河口' in front is the city 河口: the rest of the name is a district filed under it");
        assertThat(resolver.partner("高原市东区", "甲国").place().id()).isEqualTo(41);
    }

    @Test
    void aDistrictFiledUnderNoCityOfTheFrontIsNotTakenForIt() {
        place(42, "东区", "East District", Level.DISTRICT, "AA", 0, 0);
        place(43, "北区", "North District", Level.DISTRICT, "AA", 13, 0);
        resolver = new PlaceResolver(g);

        assertThat(resolver.partner("河口东区", "甲国").isNew()).isTrue();
        assertThat(NoteCodes.all(resolver.partner("河口北区", "甲国"))).doesNotContain("district_of_city");
    }

    @Test
    void greaterCityIsTheMetropolitanAreaFiledAfterTheCity() {
        PlaceResolver.Resolution r = resolver.partner("大海湾市", "乙国");
        assertThat(r.place().id()).isEqualTo(21);
        assertThat(NoteCodes.clause(r, "greater_city").args()).containsExactly("大海湾", "海湾");
        assertThat(r.note()).contains("read as the metropolitan area of the city 海湾");
    }

    @Test
    void greaterOfAPlaceWithNoAreaFiledIsNotRead() {
        PlaceResolver.Resolution r = resolver.partner("大河口市", "甲国");
        assertThat(r.isNew()).isTrue();
        assertThat(NoteCodes.all(r)).doesNotContain("greater_city");
    }

    @Test
    void aNameFoundAsWrittenIsNotTakenApart() {
        place(30, "河口柳林", "Rivermouth Willows", Level.CITY, "AA", 1, 0);
        resolver = new PlaceResolver(g);
        PlaceResolver.Resolution r = resolver.partner("河口柳林市", "甲国");
        assertThat(r.place().id()).isEqualTo(30);
        assertThat(NoteCodes.all(r)).doesNotContain("city_in_front");
    }
}
