package org.youcheng.registry.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.youcheng.registry.Level;

class KoreaMunicipalityLoaderTests {

    private static PlaceRow place(String code, Level level, String en, String... aliases) {
        PlaceRow p = new PlaceRow(code, level, "KR", "wikidata");
        p.nameEn = en;
        p.aliases.add(en);
        p.aliases.addAll(List.of(aliases));
        return p;
    }

    @Test
    void aCountyNoSourceNamesIsMadeUnderItsProvinceByItsHanjaAndItsEnglishNames() {
        PlaceRow jeonbuk = place("Q-JEONBUK", Level.PROVINCE, "North Jeolla Province", "全罗北道");

        List<PlaceRow> made = new KoreaMunicipalityLoader().addTo(List.of(jeonbuk));

        PlaceRow buan =
                made.stream().filter(p -> p.aliases.contains("扶安郡")).findFirst().orElseThrow();
        assertThat(buan.nameEn).isEqualTo("Buan-gun");
        assertThat(buan.aliases).contains("Buan County", "Buan");
        assertThat(buan.level).isEqualTo(Level.COUNTY);
        assertThat(buan.country).isEqualTo("KR");
        assertThat(buan.parentCode).isEqualTo("Q-JEONBUK");
        assertThat(made).anySatisfy(p -> assertThat(p.aliases).contains("衿川区", "Geumcheon District"));
        assertThat(made).hasSizeGreaterThan(200);
    }

    @Test
    void aDistrictOfSeveralMetropolitanCitiesIsMadeUnderEachByItsCitysName() {
        PlaceRow busan = place("Q-BUSAN", Level.PROVINCE, "Busan", "釜山广域市");
        PlaceRow daegu = place("Q-DAEGU", Level.PROVINCE, "Daegu", "大邱广域市");

        List<PlaceRow> made = new KoreaMunicipalityLoader().addTo(List.of(busan, daegu));

        List<PlaceRow> east =
                made.stream().filter(p -> p.aliases.contains("东区")).toList();
        assertThat(east).extracting(p -> p.parentCode).contains("Q-BUSAN", "Q-DAEGU");
        assertThat(east).allSatisfy(p -> {
            assertThat(p.level).isEqualTo(Level.DISTRICT);
            assertThat(p.aliases).contains("Dong District").doesNotContain("Dong");
        });
    }

    @Test
    void aDistrictOfAMetropolitanCityFiledAsACityIsMadeUnderThatCityAndNamedWithIt() {
        PlaceRow busan = place("Q-BUSAN", Level.CITY, "Busan", "釜山");
        busan.population = 3_400_000L;
        PlaceRow village = place("GN-9", Level.CITY, "Busan");
        PlaceRow seoul = place("Q-SEOUL", Level.CITY, "Seoul", "首尔");

        List<PlaceRow> made = new KoreaMunicipalityLoader().addTo(List.of(village, busan, seoul));

        PlaceRow east = made.stream()
                .filter(p -> p.aliases.contains("东区") && "Q-BUSAN".equals(p.parentCode))
                .findFirst()
                .orElseThrow();
        assertThat(east.aliases).contains("Dong District, Busan", "Dong-gu, Busan");
        // Seoul's hanja in the codebook begin in hangul (서울特別市): the city is found by its Latin name
        assertThat(made).anySatisfy(p -> {
            assertThat(p.aliases).contains("衿川区");
            assertThat(p.parentCode).isEqualTo("Q-SEOUL");
        });
        // a district of a city the data does not hold has no parent and no name with a city
        assertThat(made).anySatisfy(p -> {
            assertThat(p.aliases).contains("Dong District");
            assertThat(p.parentCode).isNull();
            assertThat(p.aliases).noneMatch(a -> a.startsWith("Dong District,"));
        });
    }

    @Test
    void aMunicipalityAKoreanPlaceAlreadyIsIsLeftToIt() {
        PlaceRow suwon = place("GN-1", Level.CITY, "Suwon");
        PlaceRow andong = place("Q-ANDONG", Level.CITY, "Andong", "安东市");

        List<PlaceRow> made = new KoreaMunicipalityLoader().addTo(List.of(suwon, andong));

        assertThat(made).noneSatisfy(p -> assertThat(p.aliases).contains("水原市"));
        assertThat(made).noneSatisfy(p -> assertThat(p.aliases).contains("安东市"));
        assertThat(made).anySatisfy(p -> assertThat(p.aliases).contains("扶安郡"));
    }
}
