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
}
