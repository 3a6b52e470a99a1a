package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The general readings of round twenty, on sentences written for these tests (never taken from an article): 姊妹市
 * and 姐妹市, as Taiwan and Hong Kong write a sister tie; an epithet in quotes before the Chinese side of a foreign
 * subject; an autonomous region written by its short form named in full; a meeting named by a looser tie's words is no
 * tie; a district written bare right after its city; a foreign place written with 的 before the places it holds is
 * their region; a list of examples after a tie noun (…有好几个，如…); schools or hospitals that twin are no tie of their
 * places; a total with no place in its sentence is of the place the article names most.
 */
class RoundTwentyReadingTests {

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    @Test
    void aSisterCityAsTaiwanAndHongKongWriteIt() {
        assertThat(read("和歌山与长沙结为姊妹市。")).containsExactly("长沙|和歌山|日本|sister|reverse");
        assertThat(read("长沙市与日本下关市是姐妹市。")).containsExactly("长沙市|下关市|日本|sister|connector");
        // a visit names no tie, in either usage
        assertThat(read("长沙市代表团访问了日本下关市的姊妹市交流中心。")).isEmpty();
    }

    @Test
    void anEpithetInQuotesBeforeTheChineseSide() {
        assertThat(read("和歌山与“山水洲城”长沙结为友好城市。")).containsExactly("长沙|和歌山|日本|sister|reverse");
        assertThat(read("和歌山与‘山水洲城’长沙结为友好城市。")).containsExactly("长沙|和歌山|日本|sister|reverse");
    }

    @Test
    void anAutonomousRegionWrittenByItsShortFormIsNamedInFull() {
        assertThat(read("内蒙古与日本和歌山结为友好省县。")).containsExactly("内蒙古自治区|和歌山|日本|sister|connector");
        // a place written without its suffix keeps the form written
        assertThat(read("长沙与日本下关市结为友好城市。")).containsExactly("长沙|下关市|日本|sister|connector");
    }

    @Test
    void aMeetingOnExchangeAndCooperationIsNoTie() {
        assertThat(read("长沙市与日本下关市友好交流合作视频会议在长沙举行。")).isEmpty();
        assertThat(read("长沙市与日本下关市友好合作论坛开幕。")).isEmpty();
        assertThat(read("长沙市与日本下关市签署友好交流合作协议。")).containsExactly("长沙市|下关市|日本|partner|connector");
    }

    @Test
    void aDistrictWrittenBareRightAfterItsCityIsTheDistrict() {
        assertThat(read("扬州江都与日本下关市结为友好城市。")).containsExactly("江都|下关市|日本|sister|connector");
        // a district's bare name that runs on into a word is no district (青岛黄岛风景: 黄岛 stands for no place)
        assertThat(read("青岛与日本下关市结为友好城市。")).containsExactly("青岛|下关市|日本|sister|connector");
    }

    @Test
    void aForeignPlaceWrittenWith的BeforeThePlacesItHoldsIsTheirRegion() {
        assertThat(read("长沙市与加利福尼亚州的纽约市、某某郡建立了姐妹城关系。")).containsExactly("长沙市|加利福尼亚州纽约市|美国|sister|connector");
        // with 的 before the tie itself, the place is the partner
        assertThat(read("长沙市与加利福尼亚州的友好城市关系始于1985年。")).containsExactly("长沙市|加利福尼亚州|美国|sister|connector");
    }

    @Test
    void aTotalWithNoPlaceInItsSentenceIsOfThePlaceTheArticleNamesMost() {
        String report = "2026年政府工作报告\n在湖南省人民代表大会上\n湖南开放型经济加快发展。长沙举办博览会。" + "湖南对外交往更加活跃。累计与39个国家缔结120对友城。";
        assertThat(ExtractorTests.EXTRACTOR.extract("t", report).totals().stream()
                        .map(t -> t.place() + "|" + t.sister())
                        .toList())
                .containsExactly("湖南省|120");
    }

    @Test
    void aListOfExamplesAfterATieNoun() {
        assertThat(read("长沙市的友好城市有很多，如日本下关市、美国纽约。"))
                .containsExactly("长沙市|下关市|日本|sister|colon-list", "长沙市|纽约|美国|sister|colon-list");
        // 友好省州 asks for the province the article names
        assertThat(read("湖南省新闻\n长沙市代表团出访。他签约的友好省州有好几个，如日本和歌山县。")).containsExactly("湖南省|和歌山县|日本|sister|colon-list");
        // places a delegation visited, listed the same way, are no partners
        assertThat(read("长沙市代表团访问了多个城市，如日本下关市、美国纽约。")).isEmpty();
    }

    @Test
    void schoolsThatTwinAreNoTieOfTheirPlaces() {
        assertThat(read("长沙市一中与日本下关市中学结为友好学校。")).isEmpty();
        assertThat(read("长沙市医院与日本下关市医院缔结友好医院关系。")).isEmpty();
        assertThat(read("长沙市与日本下关市结为友好城市。")).containsExactly("长沙市|下关市|日本|sister|connector");
    }
}
