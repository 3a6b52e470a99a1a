package org.youcheng.registry.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.youcheng.registry.Level;

class IsoCountyLoaderTests {

    /** England's and France's subdivisions as the package writes them, with a unitary authority and a region. */
    private static final String ISO = "var data={GB:{name:\"United Kingdom\",sub:{"
            + "\"GB-ENG\":{type:\"Nation\",name:\"England\"},"
            + "\"GB-ESS\":{type:\"Two-tier county\",name:\"Essex\"},"
            + "\"GB-KEN\":{type:\"Two-tier county\",name:\"Kent\"},"
            + "\"GB-BST\":{type:\"Unitary authority\",name:\"Bristol, City of\"}}},"
            + "FR:{name:\"France\",sub:{"
            + "\"FR-IDF\":{type:\"Metropolitan region\",name:\"Île-de-France\"},"
            + "\"FR-91\":{type:\"Metropolitan department\",name:\"Essonne\"}}}};";

    @Test
    void theShireCountiesAndDepartmentsTheDataLacksAreMadeDivisionsByTheirName() {
        // Kent is known as a division already; a town named Essex is no division
        List<PlaceRow> foreign = List.of(
                IsoProvinceLoaderTests.place("Q-K", Level.PROVINCE, "GB", "Kent"),
                IsoProvinceLoaderTests.place("Q-E", Level.CITY, "GB", "Essex"));

        List<PlaceRow> made = new IsoCountyLoader().addTo(foreign, ISO);

        assertThat(made).extracting(p -> p.nameEn).containsExactly("Essex", "Essonne");
        assertThat(made).allSatisfy(p -> {
            assertThat(p.level).isEqualTo(Level.PROVINCE);
            assertThat(p.nameZh).isNull();
            assertThat(p.aliases).containsExactly(p.nameEn);
        });
        assertThat(made.get(1).country).isEqualTo("FR");
        assertThat(made.get(1).code).isEqualTo("ISO2-FR-91");
    }

    @Test
    void aListWithoutCountiesIsAnError() {
        assertThatThrownBy(() -> new IsoCountyLoader().addTo(List.of(), "var data={};"))
                .isInstanceOf(IllegalStateException.class);
    }
}
