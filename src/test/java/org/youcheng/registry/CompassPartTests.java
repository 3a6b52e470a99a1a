package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A compass point before a city (东圣多明各市): the place whose Latin name is the city's with that point's word. */
class CompassPartTests {

    Gazetteer g;
    PlaceResolver resolver;

    @BeforeEach
    void gazetteer() {
        g = Gazetteer.withCountries(Map.of("多米尼加", "DO", "南非", "ZA"));
        place(1, "圣多明哥", "Santo Domingo", "DO");
        place(2, null, "Santo Domingo Este", "DO"); // filed by its Latin name only, as GeoNames' towns are
        place(3, "伦敦", "London", "GB");
        place(4, null, "East London", "ZA");
        resolver = new PlaceResolver(g);
    }

    void place(long id, String zh, String en, String country) {
        Gazetteer.Entry e = new Gazetteer.Entry(id, zh, en, Level.CITY, country, 0, 0);
        if (zh == null) {
            g.addPlace(e, "X" + id, en);
        } else {
            g.addPlace(e, "X" + id, zh, en);
        }
    }

    @Test
    void aCompassPointBeforeACitySpeltAlikeNamesItsPart() {
        PlaceResolver.Resolution r = resolver.partner("东圣多明各市", "多米尼加");
        assertThat(r.place()).isNotNull();
        assertThat(r.place().id()).isEqualTo(2);
        assertThat(NoteCodes.clause(r, "compass_part")).isNotNull();
    }

    @Test
    void onlyInTheCountryWritten() {
        // East London is South African; the city 伦敦 of the point is British: no part of London in South Africa
        assertThat(resolver.partner("东伦敦市", "南非").place()).isNull();
        // no place of the city's name with the point's word: nothing is made up
        assertThat(resolver.partner("西圣多明各市", "多米尼加").place()).isNull();
    }
}
