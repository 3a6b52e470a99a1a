package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readings of round forty-four, on sentences written for these tests (never taken from an article): an epithet and
 * 的 before the name (韩国最大港湾城市的釜山); a tie of so many years is no letter of intent signed after it; the partner
 * after 与来访的; 我省 in an article on a city that names no province stands for no place; the years a document
 * covers between 两市 and its word (两市2026—2029年友好城市合作备忘录), and no date of signing.
 */
class RoundFortyFourReadingTests {

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    @Test
    void anEpithetAnd的BeforeTheName() {
        assertThat(read("长沙市和韩国最大港湾城市的釜山缔结友好城市。")).containsExactly("长沙市|釜山|韩国|sister|connector");
    }

    @Test
    void aTieOfSoManyYearsIsNoLetterOfIntentSignedAfterIt() {
        assertThat(read("长沙市与韩国釜山缔结友好城市30年,两市市长今天签署文化交流意向书。")).containsExactly("长沙市|釜山|韩国|sister|connector");
        // no duration after the word: what was signed is the letter of intent
        assertThat(read("长沙市与韩国釜山正式缔结为友好城市,两市签署了友好城市意向书。")).containsExactly("长沙市|釜山|韩国|intent|connector");
    }

    @Test
    void thePartnerAfter与来访的() {
        assertThat(read("长沙市市长今天与来访的日本横滨市市长签署友好交流备忘录。")).containsExactly("长沙市|横滨市|日本|partner|connector");
    }

    @Test
    void 我省InAnArticleOnACityThatNamesNoProvinceIsNoPlace() {
        assertThat(read("扬州市外事工作\n扬州市代表团出访。日本横滨市成为我省首个友好城市。")).isEmpty();
        assertThat(read("江苏省外事工作\n江苏省代表团出访。日本横滨市成为我省首个友好城市。")).containsExactly("江苏省|横滨市|日本|sister|become");
    }

    @Test
    void theYearsADocumentCoversStandBetween两市AndItsWordAndAreNoDateOfSigning() {
        var ties = ExtractorTests.EXTRACTOR
                .extract("t", "长沙市市长今天会见了日本横滨市市长,并共同签署两市2026—2029年友好城市合作备忘录。")
                .relations();
        assertThat(ties)
                .extracting(ExtractedTie::partner, ExtractedTie::pattern, ExtractedTie::signed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("横滨市", "both-sides", null));
    }
}
