package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Places known by their Latin names only, as ISO 3166-2 files them ("Province of Luxembourg"), written in Chinese the
 * way a namesake elsewhere is written, or with a direction word translated and the rest transcribed.
 */
class TranslatedNamesakeTests {

    Gazetteer g;
    PlaceResolver resolver;
    long id = 1;

    @BeforeEach
    void gazetteer() {
        g = Gazetteer.withCountries(Map.of("比利时", "BE", "卢森堡", "LU", "荷兰", "NL", "芬兰", "FI"));
        place("卢森堡", "Luxembourg", Level.CITY, "LU");
        place("林堡省", "Limburg", Level.PROVINCE, "NL");
        place("林堡", "Limbourg", Level.CITY, "BE");
        place("那慕尔", "Namur", Level.CITY, "BE");
        for (String province : new String[] {"Luxembourg", "Limburg", "Namur", "Hainaut", "West-Vlaanderen"}) {
            place(null, "Province of " + province, Level.PROVINCE, "BE");
        }
        for (String region : new String[] {"South Savo", "North Savo", "North Karelia", "Lapland"}) {
            place(null, region, Level.PROVINCE, "FI");
        }
        place(null, "Savonlinna", Level.CITY, "FI");
        resolver = new PlaceResolver(g);
    }

    void place(String zh, String en, Level level, String country) {
        g.addPlace(new Gazetteer.Entry(id, zh, en, level, country, 0, 0), "X" + id++, zh, en);
    }

    @Test
    void aDivisionKnownInLatinOnlyIsWrittenAsItsNamesakeElsewhere() {
        PlaceResolver.Resolution luxembourg = resolver.partner("卢森堡省", "比利时");
        assertThat(luxembourg.place().nameEn()).isEqualTo("Province of Luxembourg");
        assertThat(NoteCodes.all(luxembourg)).contains("translated_namesake");
        assertThat(resolver.partner("比利时卢森堡省", "").place().nameEn()).isEqualTo("Province of Luxembourg");
    }

    @Test
    void aDivisionWrittenSoIsNotTheTownOfAnotherSpelling() {
        // 林堡 is the Belgian town Limbourg; written as a province it is the province named as the Dutch 林堡省 is
        PlaceResolver.Resolution limburg = resolver.partner("林堡省", "比利时");
        assertThat(limburg.place().nameEn()).isEqualTo("Province of Limburg");
        assertThat(NoteCodes.all(limburg)).contains("other_level_namesake");
        assertThat(resolver.partner("林堡市", "比利时").place().nameEn()).isEqualTo("Limbourg");
    }

    @Test
    void aCityIsNotTakenForTheDivisionOfItsNamesake() {
        PlaceResolver.Resolution city = resolver.partner("卢森堡市", "比利时");
        assertThat(city.place() == null || city.place().level() != Level.PROVINCE)
                .as("a city asked: %s", city.note())
                .isTrue();
    }

    @Test
    void aDirectionWordIsTranslatedAndTheRestReadBySounds() {
        assertThat(resolver.partner("北萨沃区", "芬兰").place().nameEn()).isEqualTo("North Savo");
        assertThat(resolver.partner("南萨沃区", "芬兰").place().nameEn()).isEqualTo("South Savo");
        assertThat(resolver.partner("北卡累利阿区", "芬兰").place().nameEn()).isEqualTo("North Karelia");
    }

    @Test
    void aKeyBeginningWithItsDesignationIsReadWithoutIt() {
        // the model reads 埃诺 against "hainaut", not against "provinceofhainaut" (too long to be read at all); two
        // characters are too few to take it, but it is the likeliest candidate of the note
        PlaceResolver.Resolution hainaut = resolver.partner("埃诺省", "比利时");
        assertThat(hainaut.note()).contains("likeliest places").contains("Province of Hainaut");
    }
}
