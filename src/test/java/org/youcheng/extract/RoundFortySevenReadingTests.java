package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readings of round forty-seven, on sentences written for these tests (never taken from an article): a place whose
 * official heads the clause is the side that signs (刚回国的吉安乡长X表示,…签订友好交流协定); a foreign city named in
 * full and later by its first character and 市 (蒙特利公园市, later 蒙市); a place written by its name before it was
 * made a district, though a county elsewhere bears the name (永和市); one name written with two levels' suffixes in one
 * list is two places (大阪市, 大阪府); 友好合作伙伴关系 is a looser tie; a count of ties of two kinds joined after
 * 关系 counts every partner.
 */
class RoundFortySevenReadingTests {

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    @Test
    void aPlaceWhoseOfficialHeadsTheClauseSigns() {
        List<String> ties = read(
                String.join("\n\n", "花莲市长率领市府团队前往日本访问三天。", "刚从北海道回来的吉安乡长王美华表示,乡公所团队此行在当地议长见证下签订友好交流协定,这是钏路町首次对外缔盟。"));
        assertThat(ties).hasSize(1);
        assertThat(ties.get(0)).startsWith("吉安乡|钏路町|日本|partner|");
    }

    @Test
    void anOfficialNamedAfterAnotherPlaceOfTheClauseDoesNotHeadIt() {
        List<String> ties = read(String.join("\n\n", "花莲县政府近日发布消息。", "花莲市长会见了来访的吉安乡长王美华,随后签订友好交流协定,这是钏路町首次对外缔盟。"));
        assertThat(ties).noneMatch(t -> t.startsWith("吉安乡|"));
    }

    @Test
    void aForeignCityNamedInFullIsLaterWrittenByItsFirstCharacterAndShi() {
        assertThat(read("蒙特利公园市市长表示,多年来蒙市与当地侨社关系良好。蒙市已与新北市、永和市结为姐妹市。"))
                .containsExactlyInAnyOrder("新北市|蒙特利公园市|美国|sister|reverse", "永和市|蒙特利公园市|美国|sister|reverse");
    }

    @Test
    void aShortFormOfAChineseCityTheArticleNamesIsNoForeignCity() {
        // 蒙市 is no short form of 蒙特利公园市 when the article names a Chinese city that begins with 蒙 (none here), and
        // 哈市 stays 哈尔滨市 when the article names it
        assertThat(read("哈尔滨市代表团访问美国。美国哈密尔顿市市长表示,哈市与该市合作多年。")).noneMatch(t -> t.contains("哈密尔顿"));
    }

    @Test
    void aFormerCityNowADistrictIsReadThoughACountyElsewhereBearsTheName() {
        // named as written, the district of 新北市 (not the county 永和县)
        assertThat(ExtractorTests.EXTRACTOR
                        .extract("t", "2000年,永和市与美国蒙特利公园市结为姐妹市。")
                        .relations())
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.domestic()).isEqualTo("永和市");
                    assertThat(t.domesticId()).isEqualTo(78L);
                    assertThat(t.partner()).isEqualTo("蒙特利公园市");
                });
    }

    @Test
    void oneNameWithTwoLevelsSuffixesInOneListIsTwoPlaces() {
        List<String> ties = read(String.join(
                "\n", "上海市友好城市", "城市 | 国家 | 结好时间 |", "大阪市 | 日本 | 1974年 |", "横滨市 | 日本 | 1973年 |", "大阪府 | 日本 | 1980年 |"));
        assertThat(ties.stream().map(t -> t.split("\\|")[1]).toList()).containsExactlyInAnyOrder("大阪市", "横滨市", "大阪府");
        // the prefecture written after its country is the prefecture, not the city of more ties
        assertThat(ExtractorTests.EXTRACTOR.extract("t", "上海市与日本大阪府结为友好城市。").relations())
                .singleElement()
                .satisfies(t -> assertThat(t.partnerId()).isEqualTo(82L));
    }

    @Test
    void friendlyCooperativePartnershipIsALooserTie() {
        assertThat(read("2019年,上海市与日本横滨市建立友好合作伙伴关系。")).containsExactly("上海市|横滨市|日本|partner|connector");
    }

    @Test
    void aCountOfTiesOfTwoKindsJoinedAfterGuanxiCountsEveryPartner() {
        var totals = ExtractorTests.EXTRACTOR
                .extract("t", "至2016年,上海市已与56个国家的82个城市结成友好城市关系或友好交流关系。")
                .totals();
        assertThat(totals).singleElement().satisfies(t -> {
            assertThat(t.allPartners()).isEqualTo(82);
            assertThat(t.sister()).isNull();
            assertThat(t.countries()).isEqualTo(56);
        });
    }
}
