package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readings of round forty, on sentences written for these tests (never taken from an article): two lists paired
 * item by item by 分别为 (B、C分别为A、D的姊妹市); a leading clause of 作为 that names the role of the foreign places
 * heading the items of the next clause (作为我省友好省州,X州州长…、Y州州长…发来贺信).
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

    @Test
    void aRoleClauseNamesThePartnersHeadingTheNextClausesItems() {
        assertThat(read("上海市外事\n作为我市国际友好城市,日本横滨市市长、德国德累斯顿市长发来贺信。"))
                .containsExactlyInAnyOrder("上海市|横滨市|日本|sister|role-clause", "上海市|德累斯顿|德国|sister|role-clause");
    }

    @Test
    void aRoleClauseBeforeAClauseWithAChinesePlaceOfItsOwnReadsNothing() {
        assertThat(read("上海市外事\n作为上海市友好城市,横滨市代表团访问了青岛市。")).noneMatch(t -> t.endsWith("|role-clause"));
        // a foreign place that heads no item: an object, not a partner
        assertThat(read("上海市外事\n作为我市国际友好城市,代表团访问了日本横滨市。")).isEmpty();
    }
}
