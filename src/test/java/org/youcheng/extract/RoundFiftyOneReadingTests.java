package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The readings of round fifty-one, on sentences written for these tests (never taken from an article): a foreign name
 * ends before 皆 and before 有 with a tie word (X市皆有姐妹市关系, X市有姐妹城市关系); 友好协定 is a looser tie.
 */
class RoundFiftyOneReadingTests {

    @Test
    void aNameEndsBeforeAnAdverbOrAPossessedTie() {
        assertThat(RoundTenReadingTests.read("扬州市及青岛市与下关市皆有姐妹市关系。"))
                .extracting(t -> t.split("\\|")[1])
                .containsExactly("下关市", "下关市");
        assertThat(RoundTenReadingTests.read("扬州市与下关市有姐妹城市关系。"))
                .extracting(t -> t.split("\\|")[1])
                .containsExactly("下关市");
        // 有 alone still goes on a name (日本有田町 is Arita)
        assertThat(RoundTenReadingTests.read("扬州市与横滨市有关系。")).isEmpty();
    }

    @Test
    void aFriendshipAgreementIsALooserTie() {
        assertThat(RoundTenReadingTests.read("日本下关市与扬州市、青岛市均签署友好协定。"))
                .containsExactly("扬州市|下关市|日本|partner|reverse", "青岛市|下关市|日本|partner|reverse");
        // an agreement of tourism alone names no tie
        assertThat(RoundTenReadingTests.read("扬州市与日本下关市签署观光合作协定。")).isEmpty();
    }
}
