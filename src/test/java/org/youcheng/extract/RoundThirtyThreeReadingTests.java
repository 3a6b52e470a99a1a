package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readings of round thirty-three, on sentences written for these tests (never taken from an article): foreign places
 * named in the sentences before 这些城市 and one Chinese place after it; a list of a foreign country's ties whose rows
 * write the foreign place first and its Chinese partners after a colon; a Chinese place after 的 is no part of a
 * foreign name; a pair after a tie word, its copula and a relative clause; a motion to make a tie; totals written 现达
 * and N对友好关系, and the two sides counted as 两个国家和两个城市; a meeting's name is no place; delegations counted are
 * no total; a list after 分别为.
 */
class RoundThirtyThreeReadingTests {

    /** place|sister|partner|all|countries|asOf */
    private static List<String> totals(String text) {
        return TotalFinderTests.totals(text);
    }

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    @Test
    void foreignPlacesBeforeAPluralDemonstrativeArePartnersOfTheChinesePlaceAfterIt() {
        assertThat(read("日本横滨市的公园里种满了樱花。美国纽约市的街头也能看到长沙的雕塑。这些城市有一个共同身份,都是长沙市的国际友好城市。"))
                .containsExactlyInAnyOrder(
                        "长沙市|横滨市|日本|sister|plural-demonstrative", "长沙市|纽约市|美国|sister|plural-demonstrative");
        // another Chinese place named between: the places before it are not these
        assertThat(read("日本横滨市的公园里种满了樱花。扬州市代表团访问了美国纽约市。这些城市都是长沙市的友好城市。"))
                .noneMatch(t -> t.contains("横滨市"))
                .contains("长沙市|纽约市|美国|sister|plural-demonstrative");
        // denied, or no tie word: nothing
        assertThat(read("日本横滨市的公园里种满了樱花。美国纽约市的街头也能看到雕塑。这些城市都不是长沙市的友好城市。")).isEmpty();
        assertThat(read("日本横滨市的公园里种满了樱花。美国纽约市的街头也能看到雕塑。这些城市都曾接待长沙市代表团。")).isEmpty();
    }

    @Test
    void aChinesePlaceAfterTheIsNoPartOfAForeignName() {
        assertThat(read("日本横滨市的扬州公园里开满了扬州市花。这些城市都是扬州市的友好城市。"))
                .containsExactly("扬州市|横滨市|日本|sister|plural-demonstrative");
    }

    @Test
    void rowsOfAForeignCountrysListNameItsPlaceFirstAndItsChinesePartnersAfterAColon() {
        String list = "新西兰与中国的姐妹城市\n· 奥克兰,新西兰最大的城市Auckland:山东青岛、江苏扬州\n· 亚当斯Adams:湖南长沙\n";
        // 亚当斯, a town of the United States to the gazetteer, is read as the New Zealand place the list names
        assertThat(read(list))
                .containsExactlyInAnyOrder(
                        "青岛|奥克兰|新西兰|sister|foreign-cell-row",
                        "扬州|奥克兰|新西兰|sister|foreign-cell-row",
                        "长沙|亚当斯|新西兰|sister|foreign-cell-row");
        // no tie named above the list, a word in the first cell, Chinese after the Latin gloss: nothing
        assertThat(read("新西兰与中国的航线\n· 奥克兰Auckland:山东青岛、江苏扬州\n")).isEmpty();
        assertThat(read("新西兰与中国的姐妹城市\n· 联系地址:湖南长沙\n")).isEmpty();
        assertThat(read("新西兰与中国的姐妹城市\n· 亚当斯Adams镇:湖南长沙\n")).isEmpty();
        // the cell after the colon names more than Chinese places: no row of this list
        assertThat(read("新西兰与中国的姐妹城市\n· 奥克兰Auckland:山东青岛的代表团来访\n")).isEmpty();
    }

    @Test
    void aPairAfterATieWordItsCopulaAndARelativeClauseIsThatTie() {
        assertThat(read("湖南最新一对国际友城为2024年9月19日缔结的长沙市与日本丰川市。")).containsExactly("长沙市|丰川市|日本|sister|connector");
        assertThat(read("湖南首对友城是正式缔结的长沙市与日本丰川市。")).containsExactly("长沙市|丰川市|日本|sister|connector");
        // a visit after the copula: no tie
        assertThat(read("湖南最新一对国际友城为长沙市与日本丰川市,这是丰川市代表团第三次访问长沙市。")).containsExactly("长沙市|丰川市|日本|sister|connector");
    }

    @Test
    void aMotionToMakeATieIsAnIntent() {
        assertThat(read("长沙市人大常委会审议了关于长沙市与日本丰川市建立友好城市关系的议案。")).containsExactly("长沙市|丰川市|日本|intent|connector");
    }

    @Test
    void totalsWrittenWithNowAndAsPairsOfFriendlyRelations() {
        assertThat(totals("长沙市友城总数现达20个。")).containsExactly("长沙市|20|null|null|null|null");
        assertThat(totals("湖南与五大洲37个国家的省州和城市缔结了112对友好关系。")).containsExactly("湖南|null|null|112|37|null");
        // one pair, the latest: no total
        assertThat(totals("而湖南最新的一对友好关系则是在2023年与日本丰川市正式建立。")).isEmpty();
    }

    @Test
    void theTwoSidesCountedAsCountriesAndCitiesAreNoTotal() {
        assertThat(totals("长沙市与日本丰川市签署协议。他表示,这象征着两个国家和两个城市建立和维持友好合作关系的信心。")).isEmpty();
        // counted after 与: the partners
        assertThat(totals("长沙市与两个城市建立了友好城市关系。")).containsExactly("长沙市|2|null|null|null|null");
    }

    @Test
    void aMeetingsNameIsNoPlace() {
        assertThat(read("第三届中美友城大会暨中美健康城市论坛在湖南长沙开幕。")).isEmpty();
    }

    @Test
    void delegationsCountedAreNoTotal() {
        assertThat(totals("湖南累计有58个国际友城、友好组织代表团来访。")).isEmpty();
    }

    @Test
    void aListAfterRespectivelyIsOfThePlaceBeforeIt() {
        assertThat(read("长沙市现有国际友好城市2个,分别为日本丰川市、美国纽约市。"))
                .containsExactlyInAnyOrder("长沙市|丰川市|日本|sister|colon-list", "长沙市|纽约市|美国|sister|colon-list");
    }
}
