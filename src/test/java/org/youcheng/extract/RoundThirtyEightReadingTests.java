package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readings of round thirty-eight, on sentences written for these tests (never taken from an article): a leading
 * clause that names the tie and no place — the years since it (结好30年来), the time after it (在结成友好城市后), the
 * pair's role (作为友好城市) — and the pair after it.
 */
class RoundThirtyEightReadingTests {

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    @Test
    void aLeadingClauseNamesTheTieOfThePairAfterIt() {
        assertThat(read("结好30年来,长沙与日本横滨交流不断。")).containsExactly("长沙|横滨|日本|sister|since-clause");
        assertThat(read("在结成友好城市后,长沙与日本横滨拓宽了合作领域。")).containsExactly("长沙|横滨|日本|sister|since-clause");
        assertThat(read("作为友好城市,长沙与日本横滨交往源远流长。")).containsExactly("长沙|横滨|日本|sister|since-clause");
    }

    @Test
    void aLeadingClauseThatNamesNoTieOrAPlaceReadsNothing() {
        assertThat(read("多年来,长沙与日本横滨交流不断。")).isEmpty();
        assertThat(read("作为长沙的友好城市,横滨与扬州市交往密切。")).noneMatch(t -> t.endsWith("since-clause"));
    }
}
