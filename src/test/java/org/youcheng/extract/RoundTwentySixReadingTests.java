package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readings of round twenty-six, on sentences written for these tests (never taken from an article): a county
 * written by the name it had before it became a city, dates in Chinese numerals before an elided subject, a description
 * between a country and its place, 两个城市 and 两市 referring to a pair named elsewhere, a pair listed with 、, a pair
 * written together with a foreign name written alone, a mission's seat, more ties added or counted between two sides
 * (no totals), an intention both sides state, 友好省份, and a suffix of another country.
 */
class RoundTwentySixReadingTests {

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    @Test
    void aCountyWrittenByItsFormerNameIsTheCityItBecame() {
        var ties = ExtractorTests.EXTRACTOR
                .extract("t", "1992年,当时的玉环县与日本下关市结为友好城市。")
                .relations();
        assertThat(ties).hasSize(1);
        assertThat(ties.getFirst().domesticId()).isEqualTo(39L); // 玉环市, not 环县 of Gansu
    }

    @Test
    void aDateInChineseNumeralsBeforeTheClauseOfAnElidedSubject() {
        assertThat(read("日本下关市,于一九七四年十月同长沙市结成友好城市。")).containsExactly("长沙市|下关市|日本|sister|foreign-subject");
    }

    @Test
    void aDescriptionBetweenACountryAndItsPlaceIsNoPartOfTheName() {
        assertThat(read("长沙市与日本港口城市下关市结为友好城市。")).containsExactly("长沙市|下关市|日本|sister|connector");
        assertThat(read("日本下关市,1974年同中国历史名城长沙市结成友好城市。")).containsExactly("长沙市|下关市|日本|sister|foreign-subject");
    }

    @Test
    void twoCitiesReferToThePairNamedBefore() {
        assertThat(read("日本下关市收到了长沙市捐赠的口罩。据悉,这是自2015年两个城市结为友好城市以来的又一次合作。"))
                .containsExactly("长沙市|下关市|日本|sister|both-sides");
        // after 与 they are a count, not a pair
        assertThat(read("日本下关市收到了长沙市捐赠的口罩。长沙市已与两个城市结为友好城市。")).isEmpty();
    }

    @Test
    void twoCitiesReferToThePairTheirSentenceNames() {
        assertThat(read("他说,在两市正式结好的五年里,长沙市的学校与下关市的学校建立了友好关系。")).containsExactly("长沙市|下关市|日本|sister|both-sides");
        // 两省 are provinces: the cities the sentence names are not they
        assertThat(read("两省结好以来,长沙市的学校与下关市的学校建立了友好关系。")).isEmpty();
    }

    @Test
    void aPairListedWith顿号BeforeTheVerbThatFormsTheirTie() {
        assertThat(read("他为长沙市、下关市结成友好城市作出了贡献。")).containsExactly("长沙市|下关市|日本|sister|listed-pair");
        // the last two of a longer list, or no verb that forms a tie right after them
        assertThat(read("他为扬州市、长沙市、下关市结成友好城市作出了贡献。")).noneMatch(t -> t.endsWith("listed-pair"));
        assertThat(read("他访问了长沙市、下关市,两地的友好城市交流很多。")).noneMatch(t -> t.endsWith("listed-pair"));
    }

    @Test
    void aForeignNameWrittenAloneRightBeforeATieWord() {
        assertThat(read("双方表示要共同深化长沙横滨友好城市关系。")).containsExactly("长沙|横滨|日本|sister|adjacent");
        // a town's name that is also a word of the language (希望) is the word
        assertThat(read("双方表示要共同深化长沙希望友好城市关系。")).isEmpty();
    }

    @Test
    void aPlaceAfter驻IsWhereAMissionSits() {
        assertThat(read("由扬州市主办、白俄罗斯驻长沙总领事馆和日本下关市协办的扬州市与下关市友好城市活动举行。")).containsExactly("扬州市|下关市|日本|sister|connector");
    }

    @Test
    void moreTiesAddedOrTiesBetweenTwoSidesAreNoTotals() {
        assertThat(ExtractorTests.EXTRACTOR.extract("t", "长沙市今年再结3个友好城市。").totals())
                .isEmpty();
        assertThat(ExtractorTests.EXTRACTOR
                        .extract("t", "长沙市外事\n长沙市与日本下关市结好多年,目前双方有2对友城关系。")
                        .totals())
                .isEmpty();
        assertThat(ExtractorTests.EXTRACTOR.extract("t", "长沙市已有3个友好城市。").totals())
                .hasSize(1);
    }

    @Test
    void aStatedIntentionOfBothSidesIsAnIntent() {
        assertThat(read("日本下关市代表团访问长沙市,双方均表示将通过进一步合作来建立友好合作关系。")).containsExactly("长沙市|下关市|日本|intent|both-sides");
    }

    @Test
    void aFriendshipProvinceWrittenAs友好省份() {
        assertThat(read("湖南省的友好省份日本东京都代表团来访。")).containsExactly("湖南省|东京都|日本|sister|appositive");
    }

    @Test
    void aNameEndingInASuffixItsCountryDoesNotUseIsNoPlace() {
        assertThat(read("据法国华人网编译报道,日本下关市收到了长沙市捐赠的口罩。据悉,这是自2015年两市结为友好城市以来的又一次合作。"))
                .containsExactly("长沙市|下关市|日本|sister|both-sides");
    }
}
