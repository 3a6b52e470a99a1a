package org.youcheng.registry.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.youcheng.registry.Level;

class IsoProvinceLoaderTests {

    /** Two countries' subdivisions written as the package writes them. */
    private static final String ISO = "var data={AA:{name:\"Aland\",sub:{"
            + "\"AA-N\":{type:\"Region\",name:\"Northland\"},"
            + "\"AA-R\":{type:\"Province\",name:\"Riverton\"},"
            + "\"AA-H\":{type:\"Province\",name:\"Hillford\"},"
            + "\"AA-S\":{type:\"Province\",name:\"Stonebury\"}}},"
            + "BB:{name:\"Bland\",sub:{"
            + "\"BB-1\":{type:\"Province\",name:\"Eastmark\"},"
            + "\"BB-2\":{type:\"Province\",name:\"Westmark\"},"
            + "\"BB-3\":{type:\"Province\",name:\"Southmark\"}}},"
            + "DD:{name:\"Dland\",sub:{\"DD-1\":{type:\"Province\",name:\"Northmark\"},"
            + "\"DD-2\":{type:\"Metropolitan city\",name:\"Portcity\"}}},"
            + "CN:{name:\"China\",sub:{\"CN-AH\":{type:\"Province\",name:\"Anhui\"}}}};";

    /** A place of another source, known by its English name. */
    static PlaceRow place(String code, Level level, String country, String en) {
        PlaceRow p = new PlaceRow(code, level, country, "wikidata");
        p.nameEn = en;
        p.aliases.add(en);
        return p;
    }

    @Test
    void theProvincesOfACountryWhoseProvincesAreNotALevelOfTheDataAreMadeByProvinceOfTheirName() {
        List<PlaceRow> foreign = List.of(
                place("Q-N", Level.PROVINCE, "AA", "Northland"),
                place("Q-R", Level.CITY, "AA", "Riverton"),
                place("Q-HF", Level.PROVINCE, "AA", "Hillford"));

        List<PlaceRow> made = new IsoProvinceLoader().addTo(foreign, ISO);

        assertThat(made).extracting(p -> p.nameEn).containsExactly("Riverton", "Stonebury");
        PlaceRow riverton = made.get(0);
        assertThat(riverton.level).isEqualTo(Level.PROVINCE);
        assertThat(riverton.country).isEqualTo("AA");
        // never the bare name, which is the capital's
        assertThat(riverton.aliases).containsExactly("Province of Riverton");
    }

    @Test
    void aCountryWhoseProvincesTheDataMostlyKnowsGetsNoneAndChinaNoneAtAll() {
        List<PlaceRow> foreign = List.of(
                place("Q-E", Level.PROVINCE, "BB", "Eastmark"),
                place("Q-W", Level.PROVINCE, "BB", "Westmark Province"),
                place("Q-X", Level.CITY, "CN", "Hefei"),
                place("Q-A", Level.CITY, "AA", "Riverton"));

        List<PlaceRow> made = new IsoProvinceLoader().addTo(foreign, ISO);

        assertThat(made).noneMatch(p -> p.country.equals("BB") || p.country.equals("CN"));
        assertThat(made).extracting(p -> p.country).containsOnly("AA");
    }

    @Test
    void provincesWithNoRegionAboveThemAreTheFirstLevelAndNotMade() {
        List<PlaceRow> made = new IsoProvinceLoader().addTo(List.of(place("Q-P", Level.CITY, "DD", "Portcity")), ISO);
        assertThat(made).isEmpty();
    }

    @Test
    void thePackagesFileIsRead() {
        List<PlaceRow> made = new IsoProvinceLoader()
                .addTo(List.of(place("Q-JAEN", Level.CITY, "ES", "Jaén")), NpmData.text("iso-3166-2/iso3166.min.js"));
        assertThat(made).anySatisfy(p -> assertThat(p.aliases).containsExactly("Province of Jaén"));
    }
}
