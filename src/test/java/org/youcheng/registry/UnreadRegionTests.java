package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A region written in front in a form the gazetteer does not hold (莱法州, a short form of Rheinland-Pfalz), and a name
 * that begins with its country's name without being written after its country (巴西利亚…: Brasília, not 巴西 + 利亚…).
 */
class UnreadRegionTests {

    Gazetteer g;
    PlaceResolver resolver;

    @BeforeEach
    void gazetteer() {
        g = Gazetteer.withCountries(Map.of("德国", "DE", "巴西", "BR", "美国", "US", "英国", "GB", "中国", "CN"));
        TestPlaces.add(g, 1, "特里尔", "Trier", Level.CITY, "DE", 0, 110_000);
        TestPlaces.add(g, 2, "巴西利亚", "Brasília", Level.CITY, "BR", 0, 2_800_000);
        TestPlaces.add(g, 3, "斯普林菲尔德", "Springfield", Level.CITY, "US", 0, 170_000);
        TestPlaces.add(g, 4, "斯普林菲尔德", "Springfield", Level.CITY, "GB", 0, 2_000);
        TestPlaces.add(g, 5, "莱茵兰-普法尔茨州", "Rhineland-Palatinate", Level.PROVINCE, "DE", 0, 4_100_000);
        resolver = new PlaceResolver(g);
    }

    @Test
    void theRestIsReadAloneWhenItsPlacesLieInOneCountryAndTheNoteSaysSo() {
        PlaceResolver.Resolution r = resolver.partner("莱法州特里尔市", null);
        assertThat(r.place()).as(String.valueOf(r)).isNotNull();
        assertThat(r.place().id()).isEqualTo(1);
        assertThat(NoteCodes.all(r)).contains("region_unknown");
        assertThat(resolver.partner("德国莱法州特里尔市", null).place().id()).isEqualTo(1);
    }

    @Test
    void aRestThatNamesPlacesOfSeveralCountriesStaysUnknown() {
        assertThat(resolver.partner("某某州斯普林菲尔德市", null).ok()).isFalse();
        PlaceResolver.Resolution us = resolver.partner("某某州斯普林菲尔德市", "美国");
        assertThat(us.place()).as(String.valueOf(us)).isNotNull();
        assertThat(us.place().id()).isEqualTo(3);
    }

    @Test
    void aCountyInFrontIsPassedOverWhenTheCountryIsKnown() {
        PlaceResolver.Resolution r = resolver.partner("某某郡斯普林菲尔德市", "英国");
        assertThat(r.place()).as(String.valueOf(r)).isNotNull();
        assertThat(r.place().id()).isEqualTo(4);
        assertThat(NoteCodes.all(r)).contains("region_unknown");
        // with no country, a county in front says too little
        assertThat(resolver.partner("某某郡特里尔市", null).ok()).isFalse();
    }

    @Test
    void aFrontThatIsNoDivisionIsNoRegion() {
        assertThat(resolver.partner("老特里尔市", null).ok()).isFalse();
    }

    @Test
    void aNameBeginningWithAPlaceWhoseNameBeginsWithTheCountrysKeepsIt() {
        PlaceResolver.Resolution r = resolver.partner("巴西利亞聯邦區", null);
        assertThat(r.ok()).as(String.valueOf(r)).isTrue();
        assertThat(r.country()).isEqualTo("BR");
        assertThat(r.newName()).isEqualTo("巴西利亞聯邦區");
    }
}
