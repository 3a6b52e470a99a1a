package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A state's short form written in front of a town with no country (加州马德拉市, as Taiwanese and Hong Kong press
 * write it): the short form stands for a state of several countries, and the rest tells which.
 */
class ShortFormInFrontTests {

    Gazetteer g;
    PlaceResolver resolver;

    @BeforeEach
    void gazetteer() {
        g = Gazetteer.withCountries(Map.of("美国", "US", "俄罗斯", "RU", "葡萄牙", "PT"));
        TestPlaces.add(g, 1, "加利福尼亚州", "California", Level.PROVINCE, "US", 0, 39_000_000);
        TestPlaces.add(g, 2, "加里宁格勒州", "Kaliningrad Oblast", Level.PROVINCE, "RU", 0, 1_000_000);
        TestPlaces.add(g, 3, "俄亥俄州", "Ohio", Level.PROVINCE, "US", 0, 11_800_000);
        // the town of California is filed under no state; Ohio's namesake lies in Ohio
        TestPlaces.add(g, 10, "马德拉", "Madera", Level.CITY, "US", 0, 66_000);
        TestPlaces.add(g, 11, "马德拉", "Madeira", Level.CITY, "US", 3, 9_000);
        TestPlaces.add(g, 12, "马德拉", "Madeira", Level.PROVINCE, "PT", 0, 250_000);
        TestPlaces.add(g, 20, null, "Modesto", Level.CITY, "US", 1, 218_000);
        TestPlaces.add(g, 21, null, "Sovetsk", Level.CITY, "RU", 2, 40_000);
        resolver = new PlaceResolver(g);
    }

    @Test
    void theOneStateThatMayHoldThePlaceAsSpelt() {
        PlaceResolver.Resolution r = resolver.partner("加州马德拉市", null);
        assertThat(r.place()).isNotNull();
        assertThat(r.place().id()).isEqualTo(10);
        assertThat(NoteCodes.clause(r, "state_short_form").args()).containsExactly("加州马德拉市", "加利福尼亚州");
    }

    @Test
    void theOneStateInWhichTheRestReadsByItsSounds() {
        PlaceResolver.Resolution r = resolver.partner("加州莫德斯托市", null);
        assertThat(r.place()).isNotNull();
        assertThat(r.place().id()).isEqualTo(20);
        assertThat(NoteCodes.clause(r, "short_form_read").args().get(1)).isEqualTo("加利福尼亚州");
    }

    @Test
    void aRestSpeltSoInTwoStatesStaysUnknown() {
        // a namesake in Russia filed under no region may lie in Kaliningrad as well
        TestPlaces.add(g, 13, "马德拉", "Madyara", Level.CITY, "RU", 0, 3_000);
        PlaceResolver.Resolution r = new PlaceResolver(g).partner("加州马德拉市", null);
        assertThat(r.ok()).isFalse();
        assertThat(r.error()).contains("give its country");
    }
}
