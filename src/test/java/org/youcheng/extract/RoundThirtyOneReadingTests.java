package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readings of round thirty-one, on sentences written for these tests (never taken from an article): a partner
 * whose registry name is written in traditional characters, named in running simplified text; a prefecture named
 * after its country without its suffix.
 */
class RoundThirtyOneReadingTests {

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
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
}
