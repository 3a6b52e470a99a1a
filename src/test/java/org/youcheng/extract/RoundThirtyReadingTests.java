package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readings of round thirty, on sentences written for these tests (never taken from an article): Macau and Hong
 * Kong as the Chinese side of a tie, a tie proposed with one of two places, a place that names an event it hosts, a
 * partner called 友城 after its name written without its suffix, the district of the article's city that a sentence
 * names, a count of countries written 12国, and a respective list after 该州的.
 */
class RoundThirtyReadingTests {

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    /** place|sister|partner|all|countries */
    private static List<String> totals(String text) {
        return RoundTwelveReadingTests.totals(text);
    }

    @Test
    void macauAndHongKongAreChinesePlacesThatTie() {
        assertThat(read("葡萄牙波尔图与澳门缔结了友好城市关系。")).containsExactly("澳门|波尔图|葡萄牙|sister|reverse");
        assertThat(read("葡萄牙波尔图与澳门特别行政区缔结了友好城市关系。")).containsExactly("澳门特别行政区|波尔图|葡萄牙|sister|reverse");
        assertThat(read("香港与日本丰川市结为友好城市。")).containsExactly("香港|丰川市|日本|sister|connector");
        // a country's name still: China as written in 中国澳门 is no side
        assertThat(read("中国澳门代表团访问日本丰川市。")).isEmpty();
    }

    @Test
    void aTieProposedWithOneOfTwoPlacesIsNoTie() {
        assertThat(read("日本丰川市市长建议,丰川与中国长沙或扬州结为友好城市。")).isEmpty();
        assertThat(read("日本丰川市希望与长沙市或者扬州市结为友好城市。")).isEmpty();
        // a list joined by 和 names both
        assertThat(read("日本丰川市与长沙市和扬州市结为友好城市。")).hasSize(2);
    }

    @Test
    void aPlaceBeforeTheEventItHostsIsNoSide() {
        String text = "葡萄牙波尔图等城市作为友好城市代表点亮灯光,为北京冬奥会送上祝福。";
        assertThat(read(text)).isEmpty();
        assertThat(read("葡萄牙波尔图等城市作为友好城市代表点亮灯光,为北京冬奧會送上祝福。")).isEmpty();
    }

    @Test
    void aPartnerCalled友城AfterItsNameWithoutSuffix() {
        assertThat(read("扬州市江都区收到捐赠。\n\n2月,日本丰川友城万里驰援,向扬州市江都区捐赠了口罩。")).containsExactly("江都区|丰川|日本|sister|cue-clause");
    }

    @Test
    void theDistrictOfTheArticlesCityThatTheSentenceNames() {
        // the article is 扬州's; the sentence names one of its districts in another clause: that district is the side
        assertThat(read("扬州市外事工作\n\n扬州市对外交往活跃。日本丰川友城派员来访,与江都区商谈合作。")).containsExactly("江都区|丰川|日本|sister|cue-clause");
        // two districts named: which one is not written, the city stays
        assertThat(read("扬州市外事工作\n\n扬州市对外交往活跃。日本丰川友城派员来访,与江都区、广陵区商谈合作。")).allMatch(t -> !t.startsWith("江都区"));
    }

    @Test
    void aCountOfCountriesWritten12国() {
        assertThat(totals("长沙市已与12国的16个城市缔结了友好城市关系。")).containsExactly("长沙市|16|null|null|12");
        assertThat(totals("长沙市迄今已与美国、德国、韩国等12国的16个城市缔结了友好城市关系。")).containsExactly("长沙市|16|null|null|12");
        // a country's name ending in 国 is no count
        assertThat(totals("长沙市已与美国16个城市缔结了友好城市关系。")).noneMatch(t -> t.endsWith("|12"));
    }

    @Test
    void aRespectiveListAfterTheStateNamedBefore() {
        String text = "江苏省与美国加利福尼亚州结为友好省州。扬州市、长沙市分别与该州的奥克斯纳德市、萨利纳斯市结为友好城市。";
        assertThat(read(text))
                .contains("扬州市|奥克斯纳德市|美国|sister|connector", "长沙市|萨利纳斯市|美国|sister|connector")
                .noneMatch(t -> t.startsWith("扬州市|加利福尼亚州") || t.startsWith("长沙市|加利福尼亚州"));
        assertThat(read("江苏省与美国加利福尼亚州结为友好省州。扬州市与该州奥克斯纳德市结为友好城市。")).contains("扬州市|奥克斯纳德市|美国|sister|connector");
        // 该州 after a Chinese place with no state named before: no foreign place
        assertThat(read("扬州市代表团出访。扬州市与该州的奥克斯纳德市结为友好城市。")).noneMatch(t -> t.contains("加利福尼亚州"));
    }
}
