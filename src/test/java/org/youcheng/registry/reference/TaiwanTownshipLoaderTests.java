package org.youcheng.registry.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.youcheng.registry.Level;

class TaiwanTownshipLoaderTests {

    private static PlaceRow taiwanPlace(String code, String zh, Level level) {
        PlaceRow p = new PlaceRow(code, level, "CN", "wikidata");
        p.nameZh = zh;
        p.parentCode = TaiwanTownshipLoader.TAIWAN;
        p.aliases.add(zh);
        return p;
    }

    @Test
    void aTownshipIsMadeUnderItsCountyAndTheCountyByItsExactName() {
        PlaceRow newTaipei = taiwanPlace("Q-NTPC", "新北市", Level.CITY);
        // the township-level city 屏東市 is no county: 屏東縣 is made
        PlaceRow pingtungCity = taiwanPlace("Q-PTC", "屏東市", Level.CITY);
        List<PlaceRow> places = new ArrayList<>(List.of(newTaipei, pingtungCity));

        List<PlaceRow> made = new TaiwanTownshipLoader().addTo(places);

        assertThat(newTaipei.level).isEqualTo(Level.PREFECTURE);
        PlaceRow sanxia = one(made, "三峡区");
        assertThat(sanxia.level).isEqualTo(Level.DISTRICT);
        assertThat(sanxia.parentCode).isEqualTo("Q-NTPC");
        assertThat(sanxia.aliases).contains("三峽區");
        assertThat(sanxia.nameEn).isEqualTo("Sanxia District");
        PlaceRow county = one(made, "屏东县");
        assertThat(county.level).isEqualTo(Level.PREFECTURE);
        assertThat(county.parentCode).isEqualTo(TaiwanTownshipLoader.TAIWAN);
        PlaceRow ligang = one(made, "里港乡");
        assertThat(ligang.level).isEqualTo(Level.COUNTY);
        assertThat(ligang.parentCode).isEqualTo(county.code);
        // the township the other source files under the province is not made twice: it is moved under its county
        assertThat(made).noneMatch(p -> "屏东市".equals(p.nameZh));
        assertThat(pingtungCity.parentCode).isEqualTo(county.code);
        assertThat(pingtungCity.level).isEqualTo(Level.COUNTY);
        assertThat(made).filteredOn(p -> p.level != Level.PREFECTURE).hasSizeGreaterThan(360);
    }

    @Test
    void aTownshipTheOtherSourcesHoldUnderItsCountyIsLeftToThem() {
        PlaceRow newTaipei = taiwanPlace("Q-NTPC", "新北市", Level.CITY);
        PlaceRow tamsui = new PlaceRow("Q-TAMSUI", Level.DISTRICT, "CN", "wikidata");
        tamsui.nameZh = "淡水区";
        tamsui.parentCode = "Q-NTPC";
        tamsui.aliases.add("淡水区");

        List<PlaceRow> made = new TaiwanTownshipLoader().addTo(new ArrayList<>(List.of(newTaipei, tamsui)));

        assertThat(made).noneMatch(p -> "淡水区".equals(p.nameZh));
        assertThat(made).anyMatch(p -> "永和区".equals(p.nameZh));
    }

    @Test
    void eachTownshipHasItsOwnEnglishNameThoughPostalCodesAreShared() {
        PlaceRow hsinchu = taiwanPlace("Q-HSC", "新竹市", Level.CITY);
        PlaceRow yilan = taiwanPlace("Q-YL", "宜蘭縣", Level.CITY);

        List<PlaceRow> made = new TaiwanTownshipLoader().addTo(new ArrayList<>(List.of(hsinchu, yilan)));

        // 300 is the postal code of the three districts of 新竹市
        assertThat(made)
                .filteredOn(p -> "Q-HSC".equals(p.parentCode))
                .extracting(p -> p.nameZh + " " + p.nameEn)
                .containsExactlyInAnyOrder("东区 East District", "北区 North District", "香山区 Xiangshan District");
        // a name with an apostrophe, which the table quotes otherwise
        assertThat(one(made, "苏澳镇").nameEn).isEqualTo("Su'ao Township");
    }

    private static PlaceRow one(List<PlaceRow> rows, String zh) {
        List<PlaceRow> found = rows.stream().filter(p -> zh.equals(p.nameZh)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
