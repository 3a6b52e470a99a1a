package org.youcheng.registry.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.youcheng.registry.Level;

class JapanMunicipalityLoaderTests {

    private static PlaceRow place(String code, Level level, String country, String en, String... aliases) {
        PlaceRow p = new PlaceRow(code, level, country, "wikidata");
        p.nameEn = en;
        p.aliases.add(en);
        p.aliases.addAll(List.of(aliases));
        return p;
    }

    @Test
    void aTownNoSourceNamesIsMadeUnderItsPrefectureByItsKanjiAndItsReading() {
        PlaceRow kumamoto = place("Q-KUMAMOTO", Level.PROVINCE, "JP", "Kumamoto Prefecture", "熊本县");

        List<PlaceRow> made = new JapanMunicipalityLoader().addTo(List.of(kumamoto));

        PlaceRow kosa =
                made.stream().filter(p -> p.aliases.contains("甲佐町")).findFirst().orElseThrow();
        assertThat(kosa.nameEn).isEqualTo("Kosa");
        assertThat(kosa.country).isEqualTo("JP");
        assertThat(kosa.level).isEqualTo(Level.CITY);
        assertThat(kosa.parentCode).isEqualTo("Q-KUMAMOTO");
        assertThat(kosa.lat).isNull();
        assertThat(made).anySatisfy(p -> assertThat(p.aliases).contains("Higashikushira", "东串良町"));
        assertThat(made).hasSizeGreaterThan(1500);
    }

    @Test
    void aMunicipalityAJapanesePlaceAlreadyNamesIsLeftToIt() {
        PlaceRow tateyama = place("GN-1", Level.CITY, "JP", "Tateyama", "館山", "馆山市");
        PlaceRow higashikushira = place("NE-1", Level.CITY, "JP", "Higashikushira");
        PlaceRow koreanKosa = place("GN-2", Level.CITY, "KR", "Kosa");

        List<PlaceRow> made = new JapanMunicipalityLoader().addTo(List.of(tateyama, higashikushira, koreanKosa));

        assertThat(made).noneSatisfy(p -> assertThat(p.aliases).contains("馆山市"));
        assertThat(made).noneSatisfy(p -> assertThat(p.nameEn).isEqualTo("Higashikushira"));
        assertThat(made).anySatisfy(p -> assertThat(p.nameEn).isEqualTo("Kosa"));
        assertThat(made).allSatisfy(p -> assertThat(p.parentCode).isNull());
    }

    @Test
    void aNamesakeOfOtherKanjiOrAnotherDesignationIsStillMade() {
        // the ward 美浜区 of Chiba and the city 香美市 of Kōchi are read Mihama and Kami, like the towns 美浜町 of
        // Fukui, Aichi and Wakayama, 加美町 of Miyagi and 香美町 of Hyōgo: those are other places
        PlaceRow mihamaWard = place("Q1075859", Level.CITY, "JP", "Mihama-ku", "美濱區");
        PlaceRow kamiCity = place("GN-3", Level.CITY, "JP", "Kami", "香美", "香美市");
        PlaceRow fukui = place("Q-FUKUI", Level.PROVINCE, "JP", "Fukui Prefecture", "福井县");

        List<PlaceRow> made = new JapanMunicipalityLoader().addTo(List.of(mihamaWard, kamiCity, fukui));

        PlaceRow mihama = made.stream()
                .filter(p -> p.aliases.contains("美滨町") && "Q-FUKUI".equals(p.parentCode))
                .findFirst()
                .orElseThrow();
        assertThat(mihama.nameEn).isEqualTo("Mihama");
        assertThat(made.stream().filter(p -> p.aliases.contains("美滨町"))).hasSize(3);
        assertThat(made).anySatisfy(p -> assertThat(p.aliases).contains("加美町", "Kami"));
        assertThat(made).anySatisfy(p -> assertThat(p.aliases).contains("香美町"));
        assertThat(made).noneSatisfy(p -> assertThat(p.aliases).contains("香美市"));
    }

    @Test
    void aKnownCityFiledWithoutItsPrefectureGetsItFromTheList() {
        PlaceRow ibaraki = place("Q-IBARAKI", Level.PROVINCE, "JP", "Ibaraki Prefecture", "茨城县");
        PlaceRow kumamoto = place("Q-KUMAMOTO", Level.PROVINCE, "JP", "Kumamoto Prefecture", "熊本县");
        // つくば市 is written in kana: the city is known by its reading, Tsukuba, under its Chinese name 筑波市
        PlaceRow tsukuba = place("Q273863", Level.CITY, "JP", "Tsukuba", "筑波市");
        PlaceRow yatsushiro = place("GN-9", Level.CITY, "JP", "Yatsushiro", "八代市");

        List<PlaceRow> made = new JapanMunicipalityLoader().addTo(List.of(ibaraki, kumamoto, tsukuba, yatsushiro));

        assertThat(tsukuba.parentCode).isEqualTo("Q-IBARAKI");
        assertThat(yatsushiro.parentCode).isEqualTo("Q-KUMAMOTO");
        assertThat(made).noneSatisfy(p -> assertThat(p.nameEn).isEqualTo("Tsukuba"));
        assertThat(made).noneSatisfy(p -> assertThat(p.aliases).contains("八代市"));
    }

    @Test
    void aPlaceKnownOnlyByItsReadingTakesTheKanjiAndAGeoNamesSeatTakesTheMunicipalitysName() {
        PlaceRow hokkaido = place("Q-HOKKAIDO", Level.PROVINCE, "JP", "Hokkaido", "北海道");
        // Higashikawa has no kanji in the other sources: it takes 東川町 from the list, and its prefecture
        PlaceRow higashikawa = place("NE-2", Level.CITY, "JP", "Higashikawa");
        // GeoNames files the seat of 津別町 as Honchō ("main town"), with the town's kanji among its names
        PlaceRow honcho = new PlaceRow("GN-2127635", Level.CITY, "JP", "geonames");
        honcho.nameEn = "Honchō";
        honcho.aliases.addAll(List.of("Honcho", "本町", "津別町"));
        // a Wikidata place keeps its English name and takes the municipality's reading beside it
        PlaceRow yonaguni = place("Q-YONAGUNI", Level.CITY, "JP", "Yonakuni", "与那国");

        List<PlaceRow> made = new JapanMunicipalityLoader().addTo(List.of(hokkaido, higashikawa, honcho, yonaguni));

        assertThat(higashikawa.aliases).contains("东川町");
        assertThat(higashikawa.parentCode).isEqualTo("Q-HOKKAIDO");
        assertThat(honcho.nameEn).isEqualTo("Tsubetsu");
        assertThat(honcho.aliases).contains("Honchō", "本町");
        assertThat(honcho.parentCode).isEqualTo("Q-HOKKAIDO");
        assertThat(yonaguni.nameEn).isEqualTo("Yonakuni");
        assertThat(yonaguni.aliases).contains("Yonaguni");
        assertThat(made).noneSatisfy(p -> assertThat(p.nameEn).isIn("Higashikawa", "Tsubetsu", "Yonaguni"));
    }

    @Test
    void aFormerMunicipalityNamesThePlaceItIsNowUnlessATodaysCityBearsItsStem() {
        List<PlaceRow> made = new JapanMunicipalityLoader().addTo(List.of());

        // 水上町 merged into みなかみ町 in 2005, 松任市 into 白山市: tables of older ties write the former names
        assertThat(made).anySatisfy(p -> assertThat(p.aliases).contains("Minakami", "水上町"));
        assertThat(made).anySatisfy(p -> assertThat(p.aliases).contains("Hakusan", "松任市"));
        // the town 伊達町 merged into one of two cities 伊達市: the stem is a city's today, and stays its own
        assertThat(made).noneSatisfy(p -> assertThat(p.aliases).contains("伊达町"));
        // the village 水上村 of Kumamoto keeps its name; the former town's name is of another designation
        assertThat(made).anySatisfy(p -> assertThat(p.aliases).contains("水上村").doesNotContain("水上町"));
    }
}
