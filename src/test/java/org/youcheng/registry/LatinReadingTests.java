package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youcheng.registry.internal.ConsonantSounds;

/**
 * Names that the reference data has under another Chinese name or under a Latin name only, read by their sounds; and
 * names written in Japanese kanji. On a hand-made gazetteer whose labels are the real reference labels (海参崴 is the
 * Chinese label of Vladivostok, 双城子 of Ussuriysk, 班德堡 of Bundaberg; Borlänge has none).
 */
class LatinReadingTests {

    Gazetteer g;
    PlaceResolver resolver;

    @BeforeEach
    void gazetteer() {
        g = Gazetteer.withCountries(Map.ofEntries(
                Map.entry("俄罗斯", "RU"),
                Map.entry("澳大利亚", "AU"),
                Map.entry("瑞典", "SE"),
                Map.entry("日本", "JP"),
                Map.entry("美国", "US")));
        place(1, "海参崴", "Vladivostok", Level.CITY, "RU");
        place(2, "双城子", "Ussuriysk", Level.CITY, "RU");
        place(3, "莫斯科", "Moscow", Level.CITY, "RU");
        place(4, "滨海边疆区", "Primorsky Krai", Level.PROVINCE, "RU");
        place(5, null, "Suntar", Level.CITY, "RU");
        place(6, "萨利斯克", "Salsk", Level.CITY, "RU");
        place(10, "班德堡", "Bundaberg", Level.CITY, "AU");
        place(11, "布里斯班", "Brisbane", Level.CITY, "AU");
        place(20, null, "Borlänge", Level.CITY, "SE");
        place(21, "斯德哥尔摩", "Stockholm", Level.CITY, "SE");
        place(30, "滨松市", "Hamamatsu", Level.CITY, "JP");
        place(31, "枥木县", "Tochigi Prefecture", Level.PROVINCE, "JP");
        place(32, "涩川市", "Shibukawa", Level.CITY, "JP");
        place(40, null, "Springfield", Level.CITY, "US");
        place(41, null, "Springfeld", Level.CITY, "US");
        resolver = new PlaceResolver(g);
    }

    void place(long id, String zh, String en, Level level, String country) {
        Gazetteer.Entry e = new Gazetteer.Entry(id, zh, en, level, country, 0, 0);
        g.addPlace(e, "X" + id, zh, en);
    }

    @Test
    void readingsAreTheConsonantSoundsOfPinyinAndOfLetters() {
        assertThat(ConsonantSounds.readings("符拉迪沃斯托克", "vladivostok")).containsExactly("FLTFSTK", "FLTFSTK");
        assertThat(ConsonantSounds.ofChinese("乌苏里斯克")).isEqualTo("SLSK");
        assertThat(ConsonantSounds.ofLatin("ussuriysk")).isEqualTo("SLSK");
        assertThat(ConsonantSounds.ofChinese("孙塔尔")).isEqualTo("SNTL");
        assertThat(ConsonantSounds.ofLatin("suntar")).isEqualTo("SNTL");
        assertThat(ConsonantSounds.similarity("PNTPK", "PNTPLK")).isGreaterThan(0.9);
        assertThat(ConsonantSounds.similarity("MSK", "PLSPN")).isLessThan(0.5);
    }

    @Test
    void aModernTransliterationOfAPlaceLabelledByItsOldChineseName() {
        PlaceResolver.Resolution r = resolver.partner("符拉迪沃斯托克市", "俄罗斯");
        assertThat(r.place().id()).isEqualTo(1);
        assertThat(r.note())
                .contains("read by its sounds")
                .contains("Vladivostok")
                .contains("check it");
        assertThat(NoteCodes.all(r)).containsSubsequence("not_spelt", "sounds_taken", "list", "heard", "place");
        assertThat(resolver.partner("乌苏里斯克市", "俄罗斯").place().id()).isEqualTo(2);
    }

    @Test
    void anotherTransliterationAndALatinNameOnly() {
        assertThat(resolver.partner("班达伯格市", "澳大利亚").place().id()).isEqualTo(10);
        assertThat(resolver.partner("孙塔尔市", "俄罗斯").place().id()).isEqualTo(5);
    }

    @Test
    void aNameReadingLikeNoPlaceOrLikeTwoIsNewAndReported() {
        // Salsk has the consonants of 乌苏里斯克 (S-L-S-K) too: the letters tell them apart
        assertThat(resolver.partner("乌苏里斯克", "俄罗斯").place().id()).isEqualTo(2);
        assertThat(resolver.partner("伊尔库茨克", "俄罗斯").isNew()).isTrue();
        PlaceResolver.Resolution two = resolver.partner("斯普林菲尔市", "美国");
        assertThat(two.isNew()).isTrue();
        assertThat(two.note())
                .contains("read alike, none chosen")
                .contains("Springfield")
                .contains("Springfeld");
        // both readings say what they weighed: the consonants and the model, which cannot tell the two apart either
        assertThat(NoteCodes.codes(two)).containsExactly("not_in_gazetteer", "read_alike_none", "learned_none");
        assertThat(two.note()).contains("none clear enough to choose");
        assertThat(NoteCodes.clause(two, "not_in_gazetteer").args()).containsExactly("斯普林菲尔市");
    }

    @Test
    void aDivisionSuffixReadsOnlyDivisions() {
        // 滨海 sounds like nothing; a city name with a division suffix does not take a city
        assertThat(resolver.partner("乌苏里斯克州", "俄罗斯").isNew()).isTrue();
    }

    @Test
    void aPlaceMadeDuringAnImportIsReadToo() {
        assertThat(resolver.partner("皮亚季戈尔斯克市", "俄罗斯").isNew()).isTrue();
        place(7, null, "Pyatigorsk", Level.CITY, "RU");
        assertThat(resolver.partner("皮亚季戈尔斯克市", "俄罗斯").place().id()).isEqualTo(7);
        place(8, "卡迪夫", "Cardiff", Level.CITY, "RU");
        assertThat(resolver.partner("卡迪夫市", "俄罗斯").place().id()).isEqualTo(8);
    }

    @Test
    void notForNamesWrittenByMeaning() {
        // a qualifier in front is translated, not heard (下 Lower); Japanese names are kanji, not sounds
        assertThat(resolver.partner("下乌苏里斯克市", "俄罗斯").isNew()).isTrue();
        place(33, null, "Sunpu", Level.CITY, "JP");
        assertThat(resolver.partner("川北町", "日本").isNew()).isTrue();
    }

    @Test
    void japaneseFormsOfCharactersMeetTheirChineseSpelling() {
        assertThat(Names.japaneseForms("浜松")).isEqualTo("滨松");
        assertThat(resolver.partner("浜松市", "日本").place().id()).isEqualTo(30);
        assertThat(resolver.partner("栃木県", "日本").place().id()).isEqualTo(31);
        assertThat(resolver.partner("渋川市", "日本").place().id()).isEqualTo(32);
        assertThat(Names.japaneseForms("青岛")).isEqualTo("青岛");
    }
}
