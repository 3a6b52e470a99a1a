package org.youcheng.registry.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where a Wikidata division listed only under its class ("U.S. state") lies, from Natural Earth's towns. */
class NaturalEarthLoaderTests {

    @Test
    void aDivisionNameSharedByCountriesGoesToTheOneWithFarMoreTownsInIt() {
        NaturalEarthLoader ne = new NaturalEarthLoader(Set.of("US", "LR", "CM", "FR", "DE"));
        // Maryland: the U.S. state, and a county of Liberia with one town in the file
        assertThat(ne.countryOfDivision("Maryland")).isEqualTo("US");
        // Centre: a region of Cameroon (four towns) and of France (three): no guess
        assertThat(ne.countryOfDivision("Centre")).isNull();
        assertThat(ne.countryOfDivision("Saarland")).isEqualTo("DE");
    }

    @Test
    void aPointAtZeroZeroIsNoTown() {
        NaturalEarthLoader ne = new NaturalEarthLoader(Set.of("RU"));
        assertThat(ne.points())
                .isNotEmpty()
                .noneMatch(p -> p.lat() == 0 && p.lng() == 0)
                .noneMatch(p -> p.names().contains("Null Island"));
        assertThat(NaturalEarthLoader.nullIsland(0, 0)).isTrue();
        assertThat(NaturalEarthLoader.nullIsland(0, 9.5)).isFalse();
    }
}
