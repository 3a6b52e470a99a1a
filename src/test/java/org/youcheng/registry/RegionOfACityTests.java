package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A region written as its city's 大区 (巴黎大区 for Île-de-France), on a hand-made gazetteer. */
class RegionOfACityTests {

    Gazetteer g;
    PlaceResolver resolver;

    @BeforeEach
    void gazetteer() {
        g = Gazetteer.withCountries(Map.of("法国", "FR", "比利时", "BE"));
        place(1, "法兰西岛", "Île-de-France", Level.PROVINCE, "FR", 0);
        place(2, "巴黎", "Paris", Level.CITY, "FR", 1);
        place(3, "凡尔赛", "Versailles", Level.CITY, "FR", 1);
        g.population(2, 2_100_000);
        g.population(3, 85_000);
        place(10, "布鲁塞尔首都大区", "Brussels-Capital Region", Level.PROVINCE, "BE", 0);
        place(11, "布鲁塞尔", "City of Brussels", Level.CITY, "BE", 10);
        g.population(11, 1_200_000);
        resolver = new PlaceResolver(g);
    }

    void place(long id, String zh, String en, Level level, String country, long parent) {
        g.addPlace(new Gazetteer.Entry(id, zh, en, level, country, parent, 0), "X" + id, zh, en);
    }

    @Test
    void theRegionOfACityIsTheDivisionWhoseLargestPlaceItIs() {
        PlaceResolver.Resolution paris = resolver.partner("巴黎大区", "法国");
        assertThat(paris.place().id()).isEqualTo(1);
        assertThat(paris.note()).contains("the region (大区) of it").contains("check it");
        assertThat(NoteCodes.clause(paris, "region_of_city").args()).last().isEqualTo("大区");
        assertThat(resolver.partner("布鲁塞尔大区", "比利时").place().id()).isEqualTo(10);
    }

    @Test
    void theCityWrittenAsACityStaysTheCity() {
        assertThat(resolver.partner("巴黎", "法国").place().id()).isEqualTo(2);
        assertThat(resolver.partner("巴黎市", "法国").place().id()).isEqualTo(2);
    }

    @Test
    void aSmallerPlaceOfTheRegionDoesNotStandForIt() {
        PlaceResolver.Resolution r = resolver.partner("凡尔赛大区", "法国");
        assertThat(r.place() == null || r.place().id() != 1).isTrue();
    }
}
