package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readings of round thirty-five, on sentences and tables written for these tests (never taken from an article): a
 * table under a header row whose date column names the ties (结好时间), its Chinese cell written once for the rows
 * under it, each partner in the country its row names; list items run together on one line; totals: 与8市, 友城数达,
 * (共9个) after a tie word, 第五个正式国际友城, 各类 ties, and the Chinese places of a foreign city (等中国七个省市).
 */
class RoundThirtyFiveReadingTests {

    /** place|sister|partner|all|countries|asOf */
    private static List<String> totals(String text) {
        return TotalFinderTests.totals(text);
    }

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    private static final String TABLE = "湖南省友好城市列表\n\n截至2021年,湖南省已与30个国家建立80对友好城市。\n\n省级\n\n"
            + "中国行政区 外国行政区 国家 大洲 结好时间 来源及备注\n"
            + "湖南省 横滨市   日本 亚洲 1980年6月10日 [7]\n"
            + "丰川市   日本 亚洲 1984年9月6日 [9]\n\n"
            + "市级\n\n中国行政区 外国行政区 国家 大洲 结好时间\n"
            + "长沙市 盛冈市   日本 亚洲 1990年5月18日\n"
            + "波尔图   葡萄牙 欧洲 1997年6月8日\n";

    @Test
    void aTableUnderAHeaderRowWithADateOfTiesColumnCarriesItsChineseCellDown() {
        assertThat(read(TABLE))
                .containsExactlyInAnyOrder(
                        "湖南省|横滨市|日本|sister|list-row",
                        "湖南省|丰川市|日本|sister|list-row",
                        "长沙市|盛冈市|日本|sister|list-row",
                        "长沙市|波尔图|null|sister|list-row"); // the test's country names hold no 葡萄牙
        // a header row of other columns (no ties named) makes no list
        assertThat(read("湖南省旅游合作伙伴\n\n中国行政区 外国行政区 国家 大洲 开通时间\n湖南省 横滨市   日本 亚洲 1980年6月10日\n"))
                .isEmpty();
    }

    @Test
    void aNameInARowIsReadInTheCountryTheRowNames() {
        // 亚当斯 is a town of the United States to the gazetteer; the row says New Zealand
        assertThat(read("长沙市友好城市一览:\n亚当斯  新西兰 大洋洲 1999年4月1日\n")).containsExactly("长沙市|亚当斯|新西兰|sister|list-row");
        assertThat(read("长沙市友好城市一览:\n• 新西兰: 亚当斯(1999.4)\n")).containsExactly("长沙市|亚当斯|新西兰|sister|list-row");
    }

    @Test
    void listItemsRunTogetherOnOneLineAreRows() {
        assertThat(
                        read(
                                "长沙市国际友好城市一览:\n• 日本: 横滨市(1987.6)、丰川市(2017.11) 其他: 葡萄牙波尔图(1984.6)、美国奥克斯纳德市(1986.10)、墨西哥瓜达拉哈拉市(1993.9)\n"))
                .hasSize(5)
                .contains("长沙市|横滨市|日本|sister|list-row", "长沙市|波尔图|葡萄牙|sister|list-row");
        // prose on one long line is no list
        assertThat(read("长沙市国际友好城市一览:\n市长会见了来访的日本横滨市代表团,双方就经贸、文化、教育等领域的合作深入交换了意见并达成共识\n"))
                .isEmpty();
    }

    @Test
    void countsOfPartnersWrittenShortOrInBrackets() {
        assertThat(totals("长沙已与8市缔结国际友好城市关系。")).containsExactly("长沙|8|null|null|null|null");
        assertThat(totals("长沙市获批缔结友城数达5个。")).containsExactly("长沙市|5|null|null|null|null");
        assertThat(totals("长沙市的友好城市分为两类。\n第一类 正式国际友好城市(共9个)\n")).containsExactly("长沙市|9|null|null|null|null");
        assertThat(totals("日本丰川市成为长沙市第五个正式国际友城。")).containsExactly("长沙市|5|null|null|null|null");
        assertThat(totals("长沙市建立各类友好城市关系47对。")).containsExactly("长沙市|null|null|47|null|null");
        // a count of Chinese places that a foreign city has ties with
        assertThat(totals("横滨市已同湖南省长沙市等中国七个省市建立了友好合作关系。")).isEmpty();
        // 8市 of the province itself: no count of partners
        assertThat(totals("湖南省8市参加了友好城市大会。")).isEmpty();
    }
}
