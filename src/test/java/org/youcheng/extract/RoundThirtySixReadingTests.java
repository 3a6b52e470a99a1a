package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readings of round thirty-six, on sentences written for these tests (never taken from an article): a first line
 * that ends sentences is no headline; 我州 in an article that names no autonomous prefecture; a name filed with its
 * country in front, written again without it; a word of the dictionary before 市政府; adverbs between a foreign
 * subject and 与; a field of cooperation inside a partner's noun; a town as a clause's side; a letter of intent signed
 * at a tie; an unknown transliteration listed beside known places.
 */
class RoundThirtySixReadingTests {

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    /** place|sister|partner|all|countries|asOf */
    private static List<String> totals(String text) {
        return TotalFinderTests.totals(text);
    }

    @Test
    void aFirstLineThatEndsASentenceIsTheBodyNotAHeadline() {
        // the signing in the first paragraph is the tie; the wish after it (推进…正式缔结) does not make it an intent
        assertThat(read("7月9日,湖南省与日本和歌山共同签署了《湖南省与日本和歌山建立友好省县关系协议书》。省长出席。\n" + "推进两省县正式缔结友好省县关系,是重要举措。"))
                .singleElement()
                .satisfies(t -> assertThat(t).startsWith("湖南省|和歌山|日本|sister|"));
    }

    @Test
    void ourPrefectureIsNoPlaceInAnArticleThatNamesNone() {
        assertThat(read("四川省外办综合考虑,推荐我州与尼泊尔博卡拉市建立友好合作关系。")).isEmpty();
        assertThat(read("甘孜藏族自治州外事工作\n四川省外办综合考虑,推荐我州与尼泊尔博卡拉市建立友好合作关系。"))
                .containsExactly("甘孜藏族自治州|博卡拉市|尼泊尔|partner|connector");
    }

    @Test
    void aNameFiledWithItsCountryInFrontIsFoundAgainWithout() {
        assertThat(read("北京市市长会见澳大利亚首都领地首席部长。\n今年恰逢北京市与首都领地缔结友好城市关系25周年。"))
                .singleElement()
                .satisfies(t -> assertThat(t).startsWith("北京市|澳大利亚首都领地|"));
    }

    @Test
    void aWordBeforeTheCityGovernmentIsNoPlace() {
        assertThat(read("长沙市举行签约仪式。市长代表市政府与法国弗龙萨克市、菲律宾帕西市签署友好城市协议。"))
                .containsExactlyInAnyOrder("长沙市|弗龙萨克市|法国|sister|cue-clause", "长沙市|帕西市|菲律宾|sister|cue-clause");
    }

    @Test
    void adverbsBetweenAForeignSubjectAndItsConnector() {
        assertThat(read("新西兰但尼丁市长访华。\n但尼丁就一直与上海保持着良好的姐妹城市关系。")).containsExactly("上海|但尼丁|null|sister|reverse");
    }

    @Test
    void aFieldOfCooperationInsideAPartnersNoun() {
        assertThat(read("长沙市与日本横滨市结为友好经贸合作城市。")).containsExactly("长沙市|横滨市|日本|partner|connector");
        assertThat(totals("至此,长沙与36个国家的58个城市结为友好城市或友好经贸合作城市。")).containsExactly("长沙|null|null|58|36|null");
    }

    @Test
    void aTownIsTheSideOfItsClause() {
        // the gazetteer holds no towns: the town's tie is not the article's place's
        assertThat(read("长沙市外办代表参加会议。福洪镇与法国埃斯曼市签订友好合作意向书。")).isEmpty();
        // 城镇 is a word, not a town
        assertThat(read("长沙市外事工作\n长沙市推动城镇与日本横滨市结为友好城市。")).isNotEmpty();
    }

    @Test
    void aLetterOfIntentSignedAtATieMakesItAnIntent() {
        assertThat(read("长沙市与日本横滨市正式缔结为友好城市,两市签署了建立友好城市关系意向书。")).containsExactly("长沙市|横滨市|日本|intent|connector");
        // a letter signed before, the tie made later: a tie
        assertThat(read("长沙市与日本横滨市正式缔结为友好城市。此前两市签署了意向书。"))
                .allSatisfy(t -> assertThat(t).contains("|sister|"));
    }
}
