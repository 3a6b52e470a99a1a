package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readings of round thirty-seven, on sentences written for these tests (never taken from an article): foreign
 * places taken up again by their count (分别与两地); the places of a list before 友城代表团; every place of a list a
 * 的 qualifies; a name that is a word and a suffix (智慧城市); a tie word inside an award's name; a region written
 * with its suffix before an unknown place; the article's county written bare; 东德; 愿同 as a wish; a photograph's
 * caption; totals: parts over semicolons, 近/约/余, 在X的N个友城中.
 */
class RoundThirtySevenReadingTests {

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    /** place|sister|partner|all|countries|asOf */
    private static List<String> totals(String text) {
        return TotalFinderTests.totals(text);
    }

    @Test
    void foreignPlacesTakenUpAgainByTheirCount() {
        assertThat(read("长沙市代表团访问日本,拜访横滨市政府和丰川市政府,并分别与两地签署协议,正式建立友好交流城市关系。"))
                .containsExactlyInAnyOrder("长沙市|横滨市|日本|partner|places-again", "长沙市|丰川市|日本|partner|places-again");
        // the count is not the number of places listed: nothing is read by it
        assertThat(read("长沙市代表团拜访横滨市政府和丰川市政府,并分别与三地正式建立友好交流城市关系。")).noneMatch(t -> t.endsWith("places-again"));
    }

    @Test
    void theListedPlacesOfAPartnersDelegation() {
        assertThat(read("应长沙市邀请,日本横滨市、丰川市,美国纽约友城代表团来长沙参加活动。"))
                .containsExactlyInAnyOrder(
                        "长沙市|横滨市|日本|sister|partner-delegation",
                        "长沙市|丰川市|日本|sister|partner-delegation",
                        "长沙市|纽约|美国|sister|partner-delegation");
        // a delegation with no tie word before it names no partner
        assertThat(read("应长沙市邀请,日本横滨市代表团来长沙参加活动。")).isEmpty();
    }

    @Test
    void everyPlaceOfTheListTheOfQualifies() {
        assertThat(read("前来参加大会的城市里,既有与长沙缔结友好城市的日本横滨市、丰川市,美国纽约,也有其他城市。"))
                .containsExactlyInAnyOrder(
                        "长沙|横滨市|日本|sister|attributive", "长沙|丰川市|日本|sister|attributive", "长沙|纽约|美国|sister|attributive");
    }

    @Test
    void namesThatAreNoPlaces() {
        // a kind of city (a word and a suffix)
        assertThat(read("长沙国际友城“数字经济与智慧城市”市长论坛开幕。")).noneMatch(t -> t.contains("智慧城市"));
        // a tie word inside an award's name states no tie
        assertThat(read("长沙市获评“国际友好城市杰出贡献奖”,日本横滨市、丰川市获得“对华友好城市优秀伙伴奖”。")).isEmpty();
        // a photograph's caption is no row of a list
        assertThat(read("长沙市的友好城市\n日本横滨市。 (新华社 供图)\n")).isEmpty();
        // 东德 is a country: the city after it is German, no Chinese district
        assertThat(read("英国考文垂市先后与东德城市德累斯顿结为姐妹城市。")).isEmpty();
    }

    @Test
    void placesWrittenWithTheirRegionOrBare() {
        // the region the suffix writes (明斯克州, not the city 明斯克) before a place the gazetteer lacks
        assertThat(read("长沙市外事工作\n明斯克州司马列维其区也与长沙市成为了友好城市。"))
                .singleElement()
                .satisfies(t -> assertThat(t).startsWith("长沙市|明斯克州司马列维其区|"));
        // the article's county, written bare in its first line and again below
        assertThat(read("义乌举办论坛,义乌代表团出席\n随后,日本横滨市也与义乌成为了友好城市。"))
                .singleElement()
                .satisfies(t -> assertThat(t).startsWith("义乌|横滨市|日本|sister|"));
        assertThat(read("市长出席论坛\n随后,日本横滨市也与义乌成为了友好城市。义乌很好。")).isEmpty();
    }

    @Test
    void aWishBeforeTheConnector() {
        assertThat(read("长沙市愿同日本横滨市建立友好交流关系。")).containsExactly("长沙市|横滨市|日本|intent|connector");
    }

    @Test
    void totalsWrittenWithTheirSizeOrAmongTheirParts() {
        assertThat(totals("截至2018年,湖南省共有国际友城59对。其中:亚洲的友城35对;欧洲的友城24对。")).containsExactly("湖南省|59|null|null|null|2018");
        assertThat(totals("长沙已与近90座城市建立友好城市关系。")).containsExactly("长沙|90|null|null|null|null");
        assertThat(totals("长沙与约90个城市建立友好城市关系。")).containsExactly("长沙|90|null|null|null|null");
        assertThat(totals("长沙与90余座城市建立友好城市关系。")).containsExactly("长沙|90|null|null|null|null");
        assertThat(totals("在长沙18个国际友城中,有一半在欧洲。")).containsExactly("长沙|18|null|null|null|null");
        // 与美国 alone still makes the count the United States' places
        assertThat(totals("长沙与美国的10个城市建立友好城市关系。")).isEmpty();
    }
}
