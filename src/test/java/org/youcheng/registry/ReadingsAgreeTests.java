package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A close Chinese spelling that is too far alone, confirmed by the sounds of the place's Latin name (波昂 for 波恩 Bonn,
 * 苏斯 for 苏塞 Sousse); never against a region written in front, nor a vowel heard first against a consonant; and a
 * country written in front as Taiwan writes it (萬那杜). On a hand-made gazetteer of real places and labels.
 */
class ReadingsAgreeTests {

    Gazetteer g;
    PlaceResolver resolver;

    @BeforeEach
    void gazetteer() {
        g = Gazetteer.withCountries(Map.ofEntries(
                Map.entry("德国", "DE"),
                Map.entry("突尼斯", "TN"),
                Map.entry("波兰", "PL"),
                Map.entry("美国", "US"),
                Map.entry("瓦努阿图", "VU"),
                Map.entry("菲律宾", "PH")));
        place(1, "波恩", "Bonn", Level.CITY, "DE", 0);
        place(2, "波鸿", "Bochum", Level.CITY, "DE", 0);
        place(3, "苏塞", "Sousse", Level.CITY, "TN", 0);
        place(4, "埃尔布隆格", "Elbląg", Level.CITY, "PL", 0);
        place(5, "布罗克", "Brok", Level.CITY, "PL", 0);
        place(10, "加利福尼亚州", "California", Level.PROVINCE, "US", 0);
        place(11, "俄亥俄州", "Ohio", Level.PROVINCE, "US", 0);
        place(12, "蒂普城", "Tipp City", Level.CITY, "US", 11);
        place(20, "桑马省", "Sanma Province", Level.PROVINCE, "VU", 0);
        place(30, "塔布克", "Tabuk", Level.CITY, "PH", 0);
        place(31, "塔瓦科", "Tabaco", Level.CITY, "PH", 0);
        g.population(30, 27_048);
        g.population(31, 57_860);
        resolver = new PlaceResolver(g);
    }

    void place(long id, String zh, String en, Level level, String country, long parent) {
        TestPlaces.add(g, id, zh, en, level, country, parent, 0);
    }

    @Test
    void theSoundsOfItsLatinNameConfirmAClosestSpellingTooFarAlone() {
        PlaceResolver.Resolution bonn = resolver.partner("波昂", "德国");
        assertThat(bonn.place().id()).isEqualTo(1);
        assertThat(NoteCodes.all(bonn)).contains("spelt_and_heard");
    }

    @Test
    void theLikeliestPlaceByTheModelIsTakenWhenItIsAlsoTheClosestSpelling() {
        // 艾布洛格 reads below the model's floor, and its closest spellings (埃尔布隆格, 布罗克) are too far alone; the
        // model's likeliest place, Elbląg, is one of them: a vowel first (艾) is never Brok
        PlaceResolver.Resolution elblag = resolver.partner("艾布洛格市", "波兰");
        assertThat(elblag.place().id()).isEqualTo(4);
        assertThat(NoteCodes.all(elblag)).contains("learned_and_spelt", "learned_likeliest");
        // the model's likeliest place that no close spelling names stays a suggestion (伊尔库茨克 is no German town)
        assertThat(resolver.partner("伊尔库茨克", "德国").isNew()).isTrue();
    }

    @Test
    void twoWeakReadingsNeverOutweighAWrittenRegion() {
        // 天普 reads like Tipp City, but the name is written in California and Tipp City lies in Ohio
        assertThat(resolver.partner("加州天普市", "美国").isNew()).isTrue();
        assertThat(resolver.partner("天普市", "美国").place().id()).isEqualTo(12);
    }

    @Test
    void aNameUnlikeAnyLatinNameStaysNew() {
        assertThat(resolver.partner("伊尔库茨克", "德国").isNew()).isTrue();
    }

    @Test
    void glyphVariantsTheConverterMissesAreTheCharactersTheyStandFor() {
        assertThat(Names.simplified("陜西省")).isEqualTo("陕西省");
        assertThat(Names.simplified("二水郷")).isEqualTo("二水乡"); // the Japanese glyph in a Taiwanese township
        assertThat(Names.simplified("瑯琊")).isEqualTo("琅琊");
    }

    @Test
    void aCountryInFrontAsTaiwanWritesIt() {
        PlaceResolver.Resolution r = resolver.partner("萬那杜共和國桑馬省", null);
        assertThat(r.place().id()).isEqualTo(20);
        // simplified text is never read in Taiwan's usage (the conversion would garble it), nor a US state as Georgia
        assertThat(resolver.partner("万那杜桑马省", null).place()).isNull();
    }

    @Test
    void twoPlacesThatSpellEquallyCloseAreToldApartByTheLettersOfTheirNames() {
        // 塔巴科: 塔布克 and 塔瓦科 are spelt equally close and Tabuk and Tabaco have like consonants; the model of how
        // Chinese writes foreign sounds reads 塔巴科 as Tabaco, whatever the sizes (the sizes decide only where it cannot
        // tell: WrittenFormsTests, 绍拉普尔)
        PlaceResolver.Resolution r = resolver.partner("塔巴科市", "菲律宾");
        assertThat(r.place().id()).isEqualTo(31);
        assertThat(NoteCodes.all(r)).contains("learned_taken").doesNotContain("read_and_spelt");
        g.population(30, 50_000);
        assertThat(new PlaceResolver(g).partner("塔巴科市", "菲律宾").place().id()).isEqualTo(31);
    }
}
