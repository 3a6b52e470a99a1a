package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Places of one name and no country written, as the reference labels have them: a name written bare asks for no
 * division (Mali's region labelled 奈良), a city of a million people before a town whose label is the name as written
 * (凤凰城: Phoenix, not Phenix City), and a label's disambiguation in brackets is no part of the name (哈斯丁 (纽西兰)).
 */
class NamesakeChoiceTests {

    Gazetteer g;
    PlaceResolver resolver;

    @BeforeEach
    void gazetteer() {
        g = Gazetteer.withCountries(Map.of("日本", "JP", "马里", "ML", "美国", "US", "新西兰", "NZ"));
        TestPlaces.add(g, 1, "奈良", "Nara", Level.PROVINCE, "ML", 0, 0);
        TestPlaces.add(g, 2, "奈良县", "Nara Prefecture", Level.PROVINCE, "JP", 0, 1_300_000);
        TestPlaces.add(g, 3, "奈良市", "Nara", Level.CITY, "JP", 2, 367_000);
        TestPlaces.add(g, 10, "凤凰城", "Phenix City", Level.CITY, "US", 0, 0);
        TestPlaces.add(g, 11, "菲尼克斯", "Phoenix", Level.CITY, "US", 0, 1_600_000);
        g.name(11, Names.key("凤凰城"));
        TestPlaces.add(g, 20, "哈斯丁", "Hastings", Level.CITY, "US", 0, 0);
        TestPlaces.add(g, 21, "哈斯丁 (纽西兰)", "Hastings", Level.CITY, "NZ", 0, 66_000);
        g.name(21, Names.key("哈斯丁"));
        resolver = new PlaceResolver(g);
    }

    @Test
    void aNameWrittenBareAsksForTheCityNotADivisionLabelledAsWritten() {
        assertThat(resolver.partner("奈良", null).place().id()).isEqualTo(3);
        assertThat(resolver.partner("奈良县", null).place().id()).isEqualTo(2);
    }

    @Test
    void aCityOfAMillionBeforeATownLabelledAsWritten() {
        PlaceResolver.Resolution r = resolver.partner("鳳凰城", null);
        assertThat(r.place().id()).isEqualTo(11);
        assertThat(NoteCodes.all(r)).contains("larger");
    }

    @Test
    void aLabelsDisambiguationIsNoPartOfTheName() {
        assertThat(resolver.partner("哈斯丁", null).place().id()).isEqualTo(21);
    }
}
