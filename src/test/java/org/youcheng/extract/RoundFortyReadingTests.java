package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readings of round forty, on sentences written for these tests (never taken from an article): two lists paired
 * item by item by 分别为 (B、C分别为A、D的姊妹市).
 */
class RoundFortyReadingTests {

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    @Test
    void twoListsPairedItemByItem() {
        assertThat(read("日本横滨市、下关市分别为上海市、青岛市的友好城市。"))
                .containsExactlyInAnyOrder("上海市|横滨市|日本|sister|become", "青岛市|下关市|日本|sister|become");
        assertThat(read("日本横滨市、下关市分别是上海市的友好城市。"))
                .containsExactlyInAnyOrder("上海市|横滨市|日本|sister|become", "上海市|下关市|日本|sister|become");
    }

    @Test
    void listsOfTwoLengthsPairNothingItemByItem() {
        assertThat(read("日本横滨市、下关市、新潟市分别为上海市、青岛市的友好城市。")).noneMatch(t -> t.endsWith("|become"));
    }
}
