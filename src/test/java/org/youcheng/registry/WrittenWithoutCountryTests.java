package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Names as news writes them when the writer assumes the reader knows the place: no country, another transliteration
 * of a well-known place (沙捞越 for 砂拉越), a compound division's short form (夸纳省); a country followed by its state
 * form (约旦王国); a pinyin gloss in brackets; a Japanese town's suffix followed by 市.
 */
class WrittenWithoutCountryTests {

    Gazetteer g;
    PlaceResolver resolver;

    @BeforeEach
    void gazetteer() {
        g = Gazetteer.withCountries(Map.of(
                "马来西亚", "MY", "南非", "ZA", "约旦", "JO", "日本", "JP", "韩国", "KR", "巴西", "BR", "中国", "CN", "美国", "US",
                "澳大利亚", "AU", "白俄罗斯", "BY"));
        TestPlaces.add(g, 1, "砂拉越", "Sarawak", Level.PROVINCE, "MY", 0, 2_400_000);
        TestPlaces.add(g, 2, "夸祖鲁-纳塔尔省", "KwaZulu-Natal", Level.PROVINCE, "ZA", 0, 11_000_000);
        TestPlaces.add(g, 3, "卡拉克", "Al-Karak", Level.CITY, "JO", 0, 22_000);
        TestPlaces.add(g, 4, "阿见", "Ami", Level.CITY, "JP", 0, 47_000);
        TestPlaces.add(g, 5, "广州", "Gwangju", Level.CITY, "KR", 0, 380_000);
        TestPlaces.add(g, 6, "圣保罗", "São Paulo", Level.CITY, "BR", 0, 12_000_000);
        TestPlaces.add(g, 7, "沙劳", "Salau", Level.CITY, "BR", 0, 2_000);
        TestPlaces.add(g, 8, "砂捞越", "Shalaoyue", Level.CITY, "CN", 0, 900_000);
        TestPlaces.add(g, 9, "印第安纳州", "Indiana", Level.PROVINCE, "US", 0, 6_800_000);
        TestPlaces.add(g, 10, "维多利亚州", "Victoria", Level.PROVINCE, "AU", 0, 6_600_000);
        TestPlaces.add(g, 11, "维捷布斯克州", "Vitebsk Region", Level.PROVINCE, "BY", 0, 1_100_000);
        TestPlaces.add(g, 12, "西澳大利亚州", "Western Australia", Level.PROVINCE, "AU", 0, 2_700_000);
        TestPlaces.add(g, 13, "新潟县", "Niigata Prefecture", Level.PROVINCE, "JP", 0, 2_100_000);
        resolver = new PlaceResolver(g);
    }

    @Test
    void aJapaneseGlyphWrittenInItsChineseLookAlike() {
        assertThat(resolver.partner("新泻县", null).place().id()).isEqualTo(13);
    }

    @Test
    void aDivisionNamedByAQualifierAndItsCountryIsShortenedToTheCountrysFirstCharacter() {
        assertThat(resolver.partner("澳大利亚西澳州", null).place().id()).isEqualTo(12);
        assertThat(resolver.partner("西澳州", null).place().id()).isEqualTo(12);
    }

    @Test
    void aStatesShortFormWrittenAloneIsTheOneStateItCanBe() {
        PlaceResolver.Resolution r = resolver.partner("印州", null);
        assertThat(r.place().id()).isEqualTo(9);
        assertThat(NoteCodes.all(r)).contains("state_short_form");
        // 维州 may be Victoria or Vitebsk: the country decides, and without one nothing is chosen
        assertThat(resolver.partner("维州", null).ok()).isFalse();
        PlaceResolver.Resolution v = resolver.partner("澳大利亚维州", null);
        assertThat(v.place()).as(String.valueOf(v)).isNotNull();
        assertThat(v.place().id()).isEqualTo(10);
    }

    @Test
    void aWellKnownPlaceSpeltOtherwiseIsFoundWithoutItsCountryAndTheNoteSaysSo() {
        PlaceResolver.Resolution r = resolver.partner("沙捞越", null);
        assertThat(r.place().id()).isEqualTo(1);
        assertThat(NoteCodes.all(r)).contains("world_spelling");
        assertThat(resolver.partner("圣堡罗市", null).place().id()).isEqualTo(6);
    }

    @Test
    void aCompoundDivisionsShortFormIsFoundWithoutItsCountry() {
        assertThat(resolver.partner("夸纳省", null).place().id()).isEqualTo(2);
    }

    @Test
    void withoutACountryASmallTownOrAChinesePlaceIsNeverTakenForASpelling() {
        // 沙劳 (2,000 people) is no candidate; China's own 砂捞越 reads exactly as 沙捞越 but the partner is foreign
        assertThat(resolver.partner("萨劳市", null).ok()).isFalse();
        assertThat(resolver.partner("沙捞越", null).place().id()).isEqualTo(1);
    }

    @Test
    void aCountryFollowedByItsStateFormGivesTheCountry() {
        assertThat(resolver.partner("约旦王国克拉克市", null).place().id()).isEqualTo(3);
    }

    @Test
    void aPinyinGlossInBracketsIsNoPartOfTheName() {
        assertThat(resolver.partner("韩国(guó)广州市", null).place().id()).isEqualTo(5);
        assertThat(Names.full("皮尔(pí'ěr)市")).isEqualTo("皮尔市");
        assertThat(Names.full("奈良市(Nara)")).isNotEqualTo("奈良市");
    }

    @Test
    void aTownsSuffixFollowedBy市IsTheTown() {
        assertThat(resolver.partner("日本阿见町市", null).place().id()).isEqualTo(4);
    }
}
