package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 郡 and 县 both translate "county": a county written with the one is the division labelled with the other. */
class CountyWordTests {

    Gazetteer g;
    PlaceResolver resolver;

    @BeforeEach
    void gazetteer() {
        g = Gazetteer.withCountries(Map.of("丙国", "CC", "日本", "JP"));
        place(1, "沙湾县", "Sandbay County", Level.PROVINCE, "CC", 0, 0);
        place(2, "沙湾", "Sandbay", Level.CITY, "CC", 1, 800_000);
        place(10, "青山县", "Aoyama Prefecture", Level.PROVINCE, "JP", 0, 0);
        place(11, "青山", "Aoyama", Level.CITY, "JP", 10, 300_000);
        resolver = new PlaceResolver(g);
    }

    void place(long id, String zh, String en, Level level, String country, long parent, long people) {
        TestPlaces.add(g, id, zh, en, level, country, parent, people);
    }

    @Test
    void aCountyWrittenWith郡IsTheCountyLabelledWith县() {
        assertThat(resolver.partner("沙湾郡", "丙国").place().id()).isEqualTo(1);
    }

    @Test
    void theCountyAsLabelledIsStillTheCounty() {
        assertThat(resolver.partner("沙湾县", "丙国").place().id()).isEqualTo(1);
    }

    @Test
    void theCityWrittenAsACityIsStillTheCity() {
        assertThat(resolver.partner("沙湾市", "丙国").place().id()).isEqualTo(2);
    }

    @Test
    void aJapanese郡IsNotThePrefecture() {
        assertThat(resolver.partner("青山郡", "日本").place().id()).isEqualTo(11);
    }
}
