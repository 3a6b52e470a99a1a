package org.youcheng.registry.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.youcheng.registry.Level;

class UsCountyLoaderTests {

    private static PlaceRow place(String code, Level level, String en, String parent, String... aliases) {
        PlaceRow p = new PlaceRow(code, level, "US", "wikidata");
        p.nameEn = en;
        p.parentCode = parent;
        p.aliases.add(en);
        p.aliases.addAll(List.of(aliases));
        return p;
    }

    @Test
    void aCountyIsMadeUnderItsStateByItsEnglishNameWithItsDesignation() {
        PlaceRow texas = place("Q-TX", Level.PROVINCE, "Texas", null, "德克萨斯州");
        PlaceRow louisiana = place("Q-LA", Level.PROVINCE, "Louisiana", null, "路易斯安那州");

        List<PlaceRow> made = new UsCountyLoader().addTo(List.of(texas, louisiana));

        PlaceRow fortBend = made.stream()
                .filter(p -> "Fort Bend County".equals(p.nameEn))
                .findFirst()
                .orElseThrow();
        assertThat(fortBend.level).isEqualTo(Level.COUNTY);
        assertThat(fortBend.parentCode).isEqualTo("Q-TX");
        assertThat(fortBend.nameZh).isNull();
        assertThat(fortBend.aliases).containsExactly("Fort Bend County");
        assertThat(made).anySatisfy(p -> {
            assertThat(p.nameEn).isEqualTo("Richland Parish");
            assertThat(p.parentCode).isEqualTo("Q-LA");
        });
        assertThat(made).hasSizeGreaterThan(3000);
    }

    @Test
    void aCountyAUsPlaceOfItsStateAlreadyIsIsLeftToItButATownOfItsBareNameIsNot() {
        PlaceRow ohio = place("Q-OH", Level.PROVINCE, "Ohio", null);
        PlaceRow county = place("Q-ROSS", Level.COUNTY, "Ross County", "Q-OH", "罗斯县");
        PlaceRow town = place("Q-RICHLAND", Level.CITY, "Richland", "Q-OH");

        List<PlaceRow> made = new UsCountyLoader().addTo(List.of(ohio, county, town));

        assertThat(made).noneSatisfy(p -> assertThat(p.nameEn).isEqualTo("Ross County"));
        assertThat(made)
                .filteredOn(p -> "Richland County".equals(p.nameEn))
                .extracting(p -> p.parentCode)
                .contains("Q-OH");
    }
}
