package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The general readings of round twenty-one, on sentences written for these tests (never taken from an article): the
 * places of a list written with their governments (X市政府、Y市政府), and a union of countries (东盟, 欧盟) that is no
 * partner place. Totals of the round are in {@link TotalFinderTests}.
 */
class RoundTwentyOneReadingTests {

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    @Test
    void thePlacesOfAListWrittenWithTheirGovernments() {
        assertThat(read("长沙市人民政府与日本下关市政府、韩国光州市政府签署了友好城市协议。"))
                .containsExactly("长沙市|下关市|日本|sister|connector", "长沙市|光州市|韩国|sister|connector");
        assertThat(read("长沙市与日本下关市人民政府和韩国光州市人民政府结为友好城市。"))
                .containsExactly("长沙市|下关市|日本|sister|connector", "长沙市|光州市|韩国|sister|connector");
    }

    @Test
    void aUnionOfCountriesIsNoPartnerPlace() {
        assertThat(read("长沙市与东盟建立友好城市关系。")).isEmpty();
        assertThat(read("为深化长沙市与欧盟相关领域友好交流合作提供了平台。")).isEmpty();
        // a foreign place named in the same way still is one
        assertThat(read("长沙市与日本下关市建立友好城市关系。")).containsExactly("长沙市|下关市|日本|sister|connector");
    }

    @Test
    void aSisterRegionOrCountyAndAPartnerCityByTheirWords() {
        assertThat(read("日本下关市与长沙市是姊妹地区。")).containsExactly("长沙市|下关市|日本|sister|reverse");
        assertThat(read("日本下关市与长沙县结为姐妹县。")).containsExactly("长沙县|下关市|日本|sister|reverse");
        assertThat(read("长沙市与日本下关市缔结为友好伙伴关系城市。")).containsExactly("长沙市|下关市|日本|partner|connector");
    }

    @Test
    void aChinesePlaceNamedByItsTieInASentenceAboutAForeignPlace() {
        assertThat(read("日本下关市向其友好城市长沙市捐赠了一批物资。")).containsExactly("长沙市|下关市|日本|sister|foreign-owner");
        assertThat(read("友好城市中国长沙市向日本下关市送来了口罩。")).containsExactly("长沙市|下关市|日本|sister|foreign-owner");
        // a Chinese subject, or two foreign places after the word, say nothing of whose partner it is
        assertThat(read("天津市向友好城市长沙市捐赠了一批物资。")).isEmpty();
        assertThat(read("友好城市长沙市向日本下关市和美国纽约送来了口罩。")).isEmpty();
    }

    @Test
    void chinesePlacesListedAsPartnersInAnArticleAboutAForeignPlace() {
        String article = "日本下关市获赠口罩\n\n日本下关市26日收到口罩。下关市长表示感谢。长沙市、天津市等友好城市也提供了口罩。";
        assertThat(read(article))
                .containsExactlyInAnyOrder("长沙市|下关市|日本|sister|foreign-owner", "天津市|下关市|日本|sister|foreign-owner");
        // no foreign place the article is about: the list names no pair
        assertThat(read("长沙市举行会议。长沙市、天津市等友好城市也提供了口罩。")).isEmpty();
    }
}
