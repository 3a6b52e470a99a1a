package org.youcheng.registry.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.youcheng.registry.Level;

/** The Chinese Wikipedia names of first-level divisions: which division each joins, and when it becomes one. */
class DivisionNamesLoaderTests {

    private static PlaceRow division(String code, String country, String english, String chinese) {
        PlaceRow p = new PlaceRow(code, Level.PROVINCE, country, "wikidata");
        p.nameEn = english;
        p.nameZh = chinese;
        p.aliases.add(english);
        p.aliases.add(chinese);
        return p;
    }

    private static DivisionNamesLoader.Row row(String country, String iso, String english, String wiki, String zh) {
        return new DivisionNamesLoader.Row(country, iso, List.of(english, wiki), zh);
    }

    @Test
    void aNameJoinsTheDivisionOfItsEnglishNameWithOrWithoutTheGenericWord() {
        PlaceRow murcia = division("Q1", "ES", "Murcia", "穆尔西亚");
        PlaceRow samut = division("Q2", "TH", "Samut Sakhon Province", "沙没沙空府");
        List<PlaceRow> places = new ArrayList<>(List.of(murcia, samut));

        List<PlaceRow> made = new DivisionNamesLoader(List.of(
                        row("ES", "MC", "Region of Murcia", "Region of Murcia", "穆尔西亚自治区"),
                        row("TH", "74", "Samut Sakhon", "Samut Sakhon Province", "龍仔厝府")))
                .addTo(places);

        assertThat(made).isEmpty();
        assertThat(murcia.aliases).contains("穆尔西亚自治区");
        assertThat(samut.aliases).contains("龙仔厝府");
    }

    @Test
    void elseTheOneDivisionWhoseNameIsCloseWrittenAnotherWay() {
        PlaceRow mecklenburg = division("Q1", "DE", "Mecklenburg-Western Pomerania", "麦克伦堡-佛波门");
        PlaceRow saxony = division("Q2", "DE", "Saxony", "萨克森");
        PlaceRow carpathian = division("Q3", "PL", "Subcarpathian Voivodeship", "喀尔巴阡山麓省");
        List<PlaceRow> made = new DivisionNamesLoader(List.of(
                        row("DE", "MV", "Mecklenburg-Vorpommern", "Mecklenburg-Vorpommern", "梅克倫堡-西波美拉尼亞"),
                        row("PL", "PK", "Podkarpackie Voivodeship", "Podkarpackie Voivodeship", "喀尔巴阡山省")))
                .addTo(new ArrayList<>(List.of(mecklenburg, saxony, carpathian)));

        assertThat(made).isEmpty();
        assertThat(mecklenburg.aliases).contains("梅克伦堡-西波美拉尼亚", "Mecklenburg-Vorpommern");
        assertThat(saxony.aliases).doesNotContain("梅克伦堡-西波美拉尼亚");
        assertThat(carpathian.aliases).contains("喀尔巴阡山省");
    }

    @Test
    void centralMacedoniaIsNotCloseToCentralGreece() {
        PlaceRow greece = division("Q1", "GR", "Central Greece Region", "中希腊大区");
        DivisionNamesLoader.Row macedonia = row("GR", "B", "Central Macedonia", "", "中马其顿大区");
        assertThat(DivisionNamesLoader.close(
                        macedonia, DivisionNamesLoader.englishKeys("Central Macedonia"), "中马其顿大区", greece))
                .isFalse();
    }

    @Test
    void aNameThatMeetsTwoDivisionsJoinsNeither() {
        PlaceRow one = division("Q1", "GB", "Essex", "埃塞克斯");
        PlaceRow two = division("Q2", "GB", "Essex County", "埃塞克斯县");
        List<PlaceRow> made = new DivisionNamesLoader(List.of(row("GB", "ESS", "Essex", "", "埃塞克斯郡")))
                .addTo(new ArrayList<>(List.of(one, two)));
        assertThat(made).isEmpty();
        assertThat(one.aliases).doesNotContain("埃塞克斯郡");
        assertThat(two.aliases).doesNotContain("埃塞克斯郡");
    }

    @Test
    void aDivisionTheOtherSourcesLackBecomesOneUnlessItsNameIsTaken() {
        PlaceRow tbilisi = new PlaceRow("Q3", Level.CITY, "GE", "wikidata");
        tbilisi.nameEn = "Tbilisi";
        tbilisi.nameZh = "第比利斯";
        tbilisi.aliases.addAll(Set.of("Tbilisi", "第比利斯"));
        List<PlaceRow> made = new DivisionNamesLoader(List.of(
                        row("GE", "KA", "Kakheti", "Kakheti", "卡赫季州"), row("GE", "TB", "Tbilisi", "Tbilisi", "第比利斯")))
                .addTo(new ArrayList<>(List.of(tbilisi)));

        assertThat(made).singleElement().satisfies(k -> {
            assertThat(k.code).isEqualTo("ISO-GE-KA");
            assertThat(k.level).isEqualTo(Level.PROVINCE);
            assertThat(k.origin).isEqualTo("iso3166");
            assertThat(k.nameEn).isEqualTo("Kakheti");
            assertThat(k.aliases).contains("卡赫季州", "Kakheti");
        });
    }

    @Test
    void englishKeysLeaveOutTheGenericWordOnlyWhenSomethingIsLeft() {
        assertThat(DivisionNamesLoader.englishKeys("Region of Murcia")).contains("murcia");
        assertThat(DivisionNamesLoader.englishKeys("Lower Silesian Voivodeship"))
                .contains("lowersilesian");
        assertThat(DivisionNamesLoader.englishKeys("State")).containsExactly("state");
        assertThat(DivisionNamesLoader.englishKeys("萨尔州")).isEmpty();
    }

    @Test
    void theBundledFileNamesDivisionsInChineseCharacters() {
        DivisionNamesLoader loader = new DivisionNamesLoader(Set.of("TH", "KR"));
        PlaceRow samut = division("Q2", "TH", "Samut Sakhon Province", "沙没沙空府");
        PlaceRow jeolla = division("Q3", "KR", "North Jeolla Province", "全北特别自治道");
        loader.addTo(new ArrayList<>(List.of(samut, jeolla)));
        assertThat(samut.aliases).contains("龙仔厝府");
        assertThat(jeolla.aliases).contains("全罗北道");
    }
}
