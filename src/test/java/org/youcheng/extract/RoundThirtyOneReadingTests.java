package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readings of round thirty-one, on sentences written for these tests (never taken from an article): a partner
 * whose registry name is written in traditional characters, named in running simplified text; a prefecture named
 * after its country without its suffix; a tie on its way to approval (决定同意…建立, …报请审批) is an intent; a place
 * written with its suffix whose name the registry files under another level; the other partners of a foreign place;
 * both sides signing after a visit, with the particle 了 after the verb.
 */
class RoundThirtyOneReadingTests {

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    /** The kind of each tie read. */
    private static List<String> kinds(String text) {
        return read(text).stream().map(t -> t.split("\\|")[3]).toList();
    }

    /** The partner of each tie read. */
    private static List<String> partners(String text) {
        return read(text).stream().map(t -> t.split("\\|")[1]).toList();
    }

    @Test
    void aPartnerLabelledInTraditionalCharactersIsNamedInSimplifiedOnes() {
        assertThat(read("长沙市的友城包括日本冈山市、日本丰川市等。"))
                .containsExactly("长沙市|冈山市|日本|sister|cue-clause", "长沙市|丰川市|日本|sister|cue-clause");
        // written after its country without its suffix
        assertThat(read("长沙市的友城包括日本冈山、日本丰川等。"))
                .containsExactly("长沙市|冈山|日本|sister|cue-clause", "长沙市|丰川|日本|sister|cue-clause");
        // a prefecture after its country without its suffix (东京 for 东京都)
        assertThat(read("长沙市的友城包括日本东京、日本丰川等。"))
                .containsExactly("长沙市|东京|日本|sister|cue-clause", "长沙市|丰川|日本|sister|cue-clause");
        // named without a tie: nothing
        assertThat(read("长沙市代表团访问了日本冈山市。")).isEmpty();
    }

    @Test
    void aTieOnItsWayToApprovalIsAnIntent() {
        assertThat(kinds("长沙市人大常委会决定同意长沙市与日本丰川市建立友好城市关系,由市人民政府按照规定的程序报请审批。")).containsExactly("intent");
        assertThat(kinds("会议同意长沙市与日本丰川市缔结友好城市关系。")).containsExactly("intent");
        assertThat(kinds("长沙市与日本丰川市缔结友好城市关系的请示已报省政府。")).containsExactly("intent");
    }

    @Test
    void anApprovalGivenOrAgreementOnATieThatIsLeavesItsKind() {
        assertThat(kinds("经国务院同意,长沙市与日本丰川市正式缔结友好城市关系。")).containsExactly("sister");
        assertThat(kinds("会议同意长沙市与日本丰川市正式签署缔结友好城市关系协议书。")).containsExactly("sister");
        assertThat(kinds("长沙市与日本丰川市是友好城市,双方同意进一步深化友好城市关系。")).containsOnly("sister");
        // a step of approval far on in the sentence, of something else
        assertThat(kinds("长沙市与日本丰川市缔结友好城市关系以来,两市在经贸、文化、教育、旅游、体育、卫生等领域开展了广泛交流,并简化了企业投资项目的审批。"))
                .containsOnly("sister");
        // a delegation visit: nothing
        assertThat(read("长沙市代表团访问日本丰川市,双方同意加强交流。")).isEmpty();
    }

    @Test
    void aPlaceWrittenWithItsSuffixWhoseNameTheRegistryFilesUnderAnotherLevel() {
        // 滨松 is filed for the prefecture (more ties) and the city; written 滨松市 it is still named for sure
        assertThat(read("长沙市成为日本滨松市的第11个友好城市。")).containsExactly("长沙市|滨松市|日本|sister|cue-clause");
    }

    @Test
    void theOtherPartnersOfAForeignPlaceAreItsOwn() {
        assertThat(read("长沙市成为日本滨松市的第11个友好城市,其它10个友好城市分别是日本盛冈市、日本丰川市等。"))
                .containsExactly("长沙市|滨松市|日本|sister|cue-clause");
        // the others of the Chinese side are its own
        assertThat(partners("日本丰川市成为长沙市的第11个友好城市,其它10个友好城市分别是日本盛冈市、日本滨松市等。")).containsExactly("丰川市", "盛冈市", "滨松市");
    }

    @Test
    void bothSidesSignAfterAVisitWithTheParticleAfterTheVerb() {
        assertThat(read("日本丰川市市长率团访问长沙市。双方签署了友好交流与合作备忘录。")).containsExactly("长沙市|丰川市|日本|partner|both-sides");
        assertThat(read("日本丰川市市长率团访问长沙市。双方代表两市政府签订了友好交流与合作备忘录。")).containsExactly("长沙市|丰川市|日本|partner|both-sides");
        // an agreement that is no tie: nothing
        assertThat(read("日本丰川市市长率团访问长沙市。双方签署了经贸合作协议。")).isEmpty();
    }
}
