package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readings of round twenty-nine, on sentences written for these tests (never taken from an article): the particle
 * 了 inside a tie word (缔结了友好关系), 建立友好关系 left to the sentence around it, a list's row that writes its country before
 * a name no gazetteer holds (「意大利 帕尔玛市(1987年)」), and the place of a government's page that names none.
 */
class RoundTwentyNineReadingTests {

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    @Test
    void theParticle了InsideATieWord() {
        assertThat(read("2005年,长沙市与日本下关市缔结了友好关系。")).containsExactly("长沙市|下关市|日本|sister|connector");
        assertThat(read("长沙市与日本下关市结为了友好城市。")).containsExactly("长沙市|下关市|日本|sister|connector");
    }

    @Test
    void friendlyRelationsEstablishedAreNoTieWordOfTheirOwn() {
        // 建立友好关系 is said of schools, of countries, and of partners in a list's row: the row reads, not the words
        assertThat(read("长沙市与日本下关市建立友好关系已有十年。")).isEmpty();
        assertThat(read("长沙市国际友好城市(共1个):\n意大利 帕尔玛市(2004年8月正式商定建立友好关系)\n"))
                .containsExactly("长沙市|帕尔玛市|意大利|sister|list-row");
    }

    @Test
    void aRowWritesItsCountryBeforeANameNoGazetteerHolds() {
        String list = "长沙市国际友好城市(共3个):\n日本 下关市(1981年)\n意大利 帕尔玛市(1987年9月22日缔结)\n俄罗斯 托洛伊斯克市(2000年5月)\n";
        assertThat(read(list))
                .containsExactlyInAnyOrder(
                        "长沙市|下关市|日本|sister|list-row", "长沙市|帕尔玛市|意大利|sister|list-row", "长沙市|托洛伊斯克市|俄罗斯|sister|list-row");
        // a longer phrase after the name, or no heading of ties above the row: no partner
        assertThat(read("长沙市国际友好城市(共1个):\n意大利 帕尔玛市的火腿很有名\n")).isEmpty();
        assertThat(read("长沙市的美食节开幕。\n意大利 帕尔玛市(1987年)\n")).isEmpty();
    }

    @Test
    void aPageThatNamesNoChinesePlaceIsOfTheGovernmentThatPublishedIt() {
        // 我市 on a government's site: the site's name is the place's pinyin or its initials
        assertThat(read("URL: http://wqb.changsha.gov.cn/yhcs/1.html\n\n我市与日本下关市缔结友好城市关系。"))
                .containsExactly("长沙市|下关市|日本|sister|connector");
        assertThat(read("URL: http://www.cs.gov.cn/1.html\n\n我市与日本下关市缔结友好城市关系。"))
                .containsExactly("长沙市|下关市|日本|sister|connector");
        // a site not a government's, or a page that names its own place, says nothing of the address
        assertThat(read("URL: http://www.changsha.com/1.html\n\n我市与日本下关市缔结友好城市关系。"))
                .isEmpty();
        assertThat(read("URL: http://www.changsha.gov.cn/1.html\n\n扬州市与日本下关市缔结友好城市关系。"))
                .containsExactly("扬州市|下关市|日本|sister|connector");
    }
}
