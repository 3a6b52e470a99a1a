package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readings of round forty-two, on sentences written for these tests (never taken from an article): a list of pairs
 * in a clause of its own after the tie word's noun phrase (新签约的友好城市，分别是A与B、C与D).
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
}
