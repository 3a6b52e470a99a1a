package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A country written in front of a name and in its own column too: it is taken off the name, not kept on it. */
class CountryColumnTests {

    Gazetteer g;
    PlaceResolver resolver;

    @BeforeEach
    void gazetteer() {
        g = Gazetteer.withCountries(Map.of("美国", "US", "巴西", "BR"));
        place(1, "加利福尼亚州", "California", Level.PROVINCE, "US", 0);
        place(2, "洛杉矶", "Los Angeles", Level.CITY, "US", 1);
        place(3, "蒙特利公园", "Monterey Park", Level.CITY, "US", 1);
        place(4, "巴西利亚", "Brasília", Level.CITY, "BR", 0);
        g.population(2, 3_900_000);
        g.population(3, 61_000);
        resolver = new PlaceResolver(g);
    }

    void place(long id, String zh, String en, Level level, String country, long parent) {
        g.addPlace(new Gazetteer.Entry(id, zh, en, level, country, parent, 0), "X" + id, zh, en);
    }

    @Test
    void aTownAfterItsLargerCityWithTheCountryInFrontAndInItsColumn() {
        PlaceResolver.Resolution r = resolver.partner("美国洛杉矶蒙特利公园市", "美国");
        assertThat(r.place()).isNotNull();
        assertThat(r.place().id()).isEqualTo(3);
    }

    @Test
    void aNameThatBeginsWithAPlaceWhoseNameBeginsWithTheCountrysKeepsIt() {
        // 巴西利亚联邦区 is not 巴西 + 利亚联邦区: a new place keeps its whole name
        PlaceResolver.Resolution r = resolver.partner("巴西利亚联邦区", "巴西");
        assertThat(r.isNew()).isTrue();
        assertThat(r.newName()).isEqualTo("巴西利亚联邦区");
    }
}
