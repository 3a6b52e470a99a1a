package org.youcheng.registry.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.youcheng.registry.Level;

class GermanDistrictLoaderTests {

    private static PlaceRow place(String code, Level level, String en) {
        PlaceRow p = new PlaceRow(code, level, "DE", "wikidata");
        p.nameEn = en;
        p.aliases.add(en);
        return p;
    }

    @Test
    void aRuralDistrictIsMadeACountyUnderItsLandByItsGermanAndEnglishNamesNeverItsTownsName() {
        List<PlaceRow> foreign =
                List.of(place("Q-BY", Level.PROVINCE, "Bavaria"), place("Q-FS", Level.CITY, "Freising"));
        List<String> rows = List.of(
                "09178;Landkreis;Freising;DE21B;799.85;179116;91393;87723;224",
                "09776;Landkreis;Lindau (Bodensee);DE27A;323.38;81669;40000;41669;253",
                "09162;Kreisfreie Stadt;München, Landeshauptstadt;DE212;310.7;1471508;0;0;4736",
                "05766;Kreis;Lippe;DEA45;1246.2;348391;0;0;280");

        List<PlaceRow> made = new GermanDistrictLoader().addTo(foreign, rows);

        assertThat(made)
                .extracting(p -> p.nameEn)
                .containsExactly("Landkreis Freising", "Landkreis Lindau (Bodensee)", "Kreis Lippe");
        PlaceRow freising = made.get(0);
        assertThat(freising.level).isEqualTo(Level.COUNTY);
        assertThat(freising.parentCode).isEqualTo("Q-BY");
        assertThat(freising.aliases).containsExactly("Landkreis Freising", "Freising District", "Freising (district)");
        assertThat(made.get(1).aliases).contains("Lindau District");
        // a Land the reference data does not hold (North Rhine-Westphalia here): no parent rather than a wrong one
        assertThat(made.get(2).parentCode).isNull();
    }

    @Test
    void aDistrictThatAGermanPlaceAlreadyIsIsLeftToIt() {
        List<PlaceRow> made = new GermanDistrictLoader()
                .addTo(
                        List.of(place("Q-FSD", Level.CITY, "Freising District")),
                        List.of("09178;Landkreis;Freising;DE21B;1;1;1;1;1"));
        assertThat(made).isEmpty();
    }

    @Test
    void thePackagesFileIsRead() {
        List<PlaceRow> made = new GermanDistrictLoader().addTo(List.of());
        assertThat(made)
                .hasSizeGreaterThan(250)
                .anySatisfy(p -> assertThat(p.nameEn).isEqualTo("Landkreis Fulda"));
    }
}
