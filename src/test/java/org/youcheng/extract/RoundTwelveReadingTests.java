package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The general readings of round twelve, on sentences written for these tests (never taken from an article): the items
 * of an enumeration written after one country, a place written after its region without the country, the sides of a
 * signing when the visit's venue is named too, and a count of both kinds of partner with the formal word's noun left
 * out.
 */
class RoundTwelveReadingTests {

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    /** place|sister|partner|all|countries */
    static List<String> totals(String text) {
        return ExtractorTests.EXTRACTOR.extract("t", text).totals().stream()
                .map(t ->
                        t.place() + "|" + t.sister() + "|" + t.partner() + "|" + t.allPartners() + "|" + t.countries())
                .toList();
    }

    @Test
    void anEnumeratedNameWithoutItsCountryTakesTheCountryOfTheItemBefore() {
        // 达州 inside 佛罗里达州 is no Chinese place: the item is read whole, in the United States
        assertThat(read("扬州市与美国加利福尼亚州帕萨迪纳市、佛罗里达州迈阿密市建立了友好交流关系。"))
                .containsExactlyInAnyOrder(
                        "扬州市|加利福尼亚州帕萨迪纳市|美国|partner|connector", "扬州市|佛罗里达州迈阿密市|美国|partner|connector");
        // a Chinese place after 、 stays Chinese, and a visit names no partner
        assertThat(read("日本下关市、长沙市和扬州市的代表出席了友好城市大会。")).noneMatch(t -> t.contains("|长沙市|"));
        assertThat(read("扬州市代表团访问了美国加利福尼亚州帕萨迪纳市、佛罗里达州迈阿密市。")).isEmpty();
    }

    @Test
    void aPlaceWrittenAfterItsRegionWithoutTheCountry() {
        assertThat(read("扬州市、长沙市分别与加利福尼亚州帕萨迪纳市、圣何塞市签署建立友好合作关系备忘录。")).contains("扬州市|加利福尼亚州帕萨迪纳市|美国|partner|connector");
        // a word after the region that ends no place's name is not read as one
        assertThat(read("加利福尼亚州立大学代表团访问扬州市。")).isEmpty();
    }

    @Test
    void theVenueOfAVisitIsNoSideOfTheSigning() {
        assertThat(read("扬州市市长在长沙会见美国纽约市长一行,共同签署两市友好交流协议书。")).containsExactly("扬州市|纽约|美国|partner|both-sides");
        // a meeting at a venue with nothing signed yields nothing
        assertThat(read("扬州市市长在长沙会见美国纽约市长一行,双方就经贸合作交换了意见。")).isEmpty();
    }

    @Test
    void bothSidesSignATitledDocumentAfterAVisit() {
        assertThat(read("扬州市市长率团赴日本下关市考察访问,双方签署了《建立友好城市关系意向书》。")).containsExactly("扬州市|下关市|日本|intent|both-sides");
        // a document that names no tie is no tie
        assertThat(read("扬州市市长率团赴日本下关市考察访问,双方签署了《经贸合作备忘录》。")).isEmpty();
    }

    @Test
    void theForeignSideFirstWithTheDateOfTheSigningBeforeTheConnector() {
        assertThat(read("下关市于2019年5月8日与扬州市缔结友好城市关系。")).containsExactly("扬州市|下关市|日本|sister|reverse");
        assertThat(read("下关市于2019年5月8日访问扬州市。")).isEmpty();
    }

    @Test
    void aTableWhoseHeaderNamesTheTwoSidesByColumn() {
        // the foreign column's cell is the partner in the heading's country, even where a Chinese place bears its name
        assertThat(read("山东省与日本友好城市一览\n| 中方城市 | 日方城市 | 结好时间 |\n| 青岛 | 下关市 | 1979年 |\n| 扬州 | 中山市 | 1985年 |\n"))
                .containsExactlyInAnyOrder("青岛|下关市|日本|sister|sides-table", "扬州|中山市|日本|sister|sides-table");
        // a table under a heading that names no tie yields nothing
        assertThat(read("山东省与日本经济合作一览\n| 中方城市 | 日方城市 | 项目 |\n| 扬州 | 中山市 | 化工 |\n"))
                .isEmpty();
    }

    @Test
    void aRowThatWritesTheCountryInTheCellAfterAnUnknownName() {
        assertThat(read("扬州市国际友好城市一览\n| 友好城市 | 国家 | 结好时间 |\n| 阿尔泰边疆区 | 俄罗斯 | 1999年8月22日 |\n"))
                .containsExactly("扬州市|阿尔泰边疆区|俄罗斯|sister|list-row");
        // a country inside a phrase is no cell, and a row of prose ends the list
        assertThat(read("扬州市国际友好城市一览:\n北威州的企业来自德国\n")).isEmpty();
    }

    @Test
    void aCountOfFriendshipAndLooserPartnersWithTheFormalNounLeftOut() {
        assertThat(totals("扬州市目前有国际友好和友好交流城市共37个。")).containsExactly("扬州市|null|null|37|null");
        // the looser word alone counts only its own kind
        assertThat(totals("扬州市目前有国际友好交流城市共24个。")).containsExactly("扬州市|null|24|null|null");
    }
}
