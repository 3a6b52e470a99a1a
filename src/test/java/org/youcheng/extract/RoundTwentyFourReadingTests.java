package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readings of round twenty-four, on sentences written for these tests (never taken from an article): a tie as the
 * time since which a pair's clause holds, a tie as the attribute of the place it describes, exchange and cooperation
 * as an activity, China itself as the other side, a pair apart by a space in a document's title, 两市 after a visit
 * told in the paragraph before, and a place named again without its suffix or by its state's short form.
 */
class RoundTwentyFourReadingTests {

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    @Test
    void aTieAsTheTimeSinceWhichThePairsClauseHolds() {
        assertThat(read("自2010年结为友好城市以来,长沙市和日本下关市交往密切。")).containsExactly("长沙市|下关市|日本|sister|since-clause");
        assertThat(read("自签订建立友好关系意向书以来,湖南省与日本新潟市保持了交流。")).containsExactly("湖南省|新潟市|日本|intent|since-clause");
        // a visit since which: no tie
        assertThat(read("自2010年访问以来,长沙市和日本下关市交往密切。")).isEmpty();
        // never formed
        assertThat(read("从未结为友好城市后,长沙市和日本下关市交往密切。")).isEmpty();
    }

    @Test
    void aTieAsTheAttributeOfThePlaceItDescribes() {
        // the clause's own subject before them is neither side
        assertThat(read("扬州市运动会将在与日本下关市缔结友好关系的长沙市举行。")).containsExactly("长沙市|下关市|日本|sister|attributive");
        assertThat(read("青岛市代表团访问了与长沙市结为友好城市的日本下关市。")).containsExactly("长沙市|下关市|日本|sister|attributive");
        // no tie word: an exchange
        assertThat(read("扬州市运动会将在与日本下关市开展交流的长沙市举行。")).isEmpty();
    }

    @Test
    void exchangeAndCooperationDoneIsNoTie() {
        assertThat(read("近年来,湖南省积极与日本新潟市加强友好交流合作。")).isEmpty();
        assertThat(read("湖南省与日本新潟市深化友好交流合作,推动务实合作。")).isEmpty();
        // a relation's noun after it, or a forming verb before it: the tie
        assertThat(read("湖南省与日本新潟市建立友好交流合作关系。")).containsExactly("湖南省|新潟市|日本|partner|connector");
        assertThat(read("湖南省与日本新潟市签署友好交流合作协议。")).containsExactly("湖南省|新潟市|日本|partner|connector");
    }

    @Test
    void chinaItselfAsTheOtherSideIsNoPlace() {
        assertThat(read("2021年是日本下关市与长沙市缔结友好城市35周年。下关市将继续深化与中国各地方的友好合作关系。"))
                .containsExactly("长沙市|下关市|日本|sister|reverse");
    }

    @Test
    void aPairApartByASpaceInADocumentsTitle() {
        assertThat(read("双方签署了《中华人民共和国长沙市 日本下关市建立友好合作城市协议》。")).containsExactly("长沙市|下关市|日本|partner|dash-pair");
        // outside a title a space joins nothing
        assertThat(read("长沙市 日本下关市代表团来访。")).isEmpty();
    }

    @Test
    void bothSidesAfterAVisitToldInTheParagraphBefore() {
        assertThat(read("长沙市外事动态\n日本下关市市长一行对我市进行访问。\n他说,两市结为友好城市以来,合作取得成效。"))
                .containsExactly("长沙市|下关市|日本|sister|both-sides");
        // the paragraph names its own Chinese place first: the visit before is not its
        assertThat(read("日本下关市代表团访问长沙市。\n长沙市召开会议,双方签署了《友好合作备忘录》。")).isEmpty();
    }

    @Test
    void aPlaceNamedAgainWithoutItsSuffixOrByItsStatesShortForm() {
        assertThat(read("日本新潟市代表团来访。自2010年结为友好城市以来,长沙市和新潟保持了交流。"))
                .containsExactly("长沙市|新潟|日本|sister|since-clause"); // as written; the place is 新潟市
        assertThat(read("美国加利福尼亚州代表团来访。加州与广东省便结为友好省州。")).containsExactly("广东省|加利福尼亚州|美国|sister|reverse");
    }

    @Test
    void partsOfTheWorldAndPlacesOfTheWorldAtLargeNameNoPartner() {
        assertThat(read("长沙市与世界上多个城市建立了姊妹城市关系。")).isEmpty();
        assertThat(read("长沙市与拉美地区开展友好交流合作,今年是双方结为友城的第十年。")).isEmpty();
    }

    @Test
    void aTieOfALevel() {
        assertThat(read("日本下关市与长沙市是缔结的第一对市级友好关系。")).containsExactly("长沙市|下关市|日本|sister|reverse");
        // friendship between countries is no tie of places
        assertThat(read("日本下关市代表团访问长沙市,双方将进一步加强两国友好关系。")).isEmpty();
    }

    @Test
    void aNameTheArticlePlacedAbroadThatAChineseSubjectWordBegins() {
        // 全州 alone is the whole prefecture (全州上下); after 韩国全州市, 全州市 is the Korean city
        assertThat(read("韩国全州市代表团来访。全州市与长沙市结为友好城市。")).containsExactly("长沙市|全州市|韩国|sister|reverse");
    }

    @Test
    void aPersonsNameAfterATitleIsNoPlace() {
        assertThat(read("长沙市市长与下关市市长埃彼尔姆签署了长沙市与下关市缔结友好城市协议。")).containsExactly("长沙市|下关市|日本|sister|connector");
    }

    @Test
    void aWishBeforeAnActDoesNotReachTheTieSigned() {
        // 正在 governs the visit; the agreement is signed
        assertThat(read("正在日本访问的长沙市市长签署了长沙市与下关市缔结友好城市协议。")).containsExactly("长沙市|下关市|日本|sister|connector");
        assertThat(read("推动长沙市与下关市缔结友好城市。")).containsExactly("长沙市|下关市|日本|intent|connector");
    }
}
