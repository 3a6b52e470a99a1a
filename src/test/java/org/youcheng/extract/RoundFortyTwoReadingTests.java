package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readings of round forty-two, on sentences written for these tests (never taken from an article): a list of pairs
 * in a clause of its own after the tie word's noun phrase (新签约的友好城市，分别是A与B、C与D); a first-level division
 * before 的 and a place of it (昆士兰州的黄金海岸市) is no partner; a district written bare before 与 in an article on its
 * city; a transliteration that holds a known name (彻特纳姆 holds 特纳, in internal/ForeignNamesTests); a colon
 * after a language's name opens no list; a total after 达到 in a sentence that counts new ties first.
 */
class RoundFortyTwoReadingTests {

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    @Test
    void aListOfPairsInTheClauseAfterTheTieWord() {
        assertThat(read("本届论坛期间新签约的两对友好城市，分别是长沙市与韩国釜山市、扬州市与日本横滨市。"))
                .containsExactlyInAnyOrder("长沙市|釜山市|韩国|sister|connector", "扬州市|横滨市|日本|sister|connector");
        assertThat(read("新建立的友好交流城市，包括长沙市与韩国釜山市、扬州市与日本横滨市。"))
                .containsExactlyInAnyOrder("长沙市|釜山市|韩国|partner|connector", "扬州市|横滨市|日本|partner|connector");
    }

    @Test
    void aClauseAfterTheTieWordThatIsNoListOfPairsReadsNothing() {
        assertThat(read("双方回顾了友好城市交往历程，长沙市与韩国釜山市代表团进行了会谈。")).isEmpty();
        assertThat(read("双方回顾了友好城市交往历程，长沙市与韩国釜山市、扬州市与日本横滨市的代表出席。")).isEmpty();
    }

    @Test
    void aDivisionBeforeTheCityItHoldsIsNoPartner() {
        assertThat(read("长沙市市长率团前往昆士兰州的黄金海岸市拜会姐妹市市长。")).containsExactly("长沙市|黄金海岸市|null|sister|cue-clause");
    }

    @Test
    void aDistrictWrittenBareBeforeAConnectorInAnArticleOnItsCity() {
        assertThat(read("扬州外事工作\n去年,广陵与日本横滨市缔结友好城市关系。")).containsExactly("广陵|横滨市|日本|sister|connector");
        // an article on another city: the bare name is not read as a place
        assertThat(read("长沙外事工作\n去年,广陵与日本横滨市缔结友好城市关系。")).noneMatch(t -> t.startsWith("广陵"));
    }

    @Test
    void aColonAfterALanguagesNameOpensNoList() {
        assertThat(read("截至2024年,澳门共缔结6个姊妹城市(葡萄牙语:Cidade geminada,葡萄牙语不区分两者)。")).isEmpty();
    }

    @Test
    void aTotalReachedAfterTheNewTiesOfTheSentence() {
        assertThat(TotalFinderTests.totals("今年新增4个友好合作关系城市,青岛市友城达到25个。")).containsExactly("青岛市|25|null|null|null|null");
    }
}
