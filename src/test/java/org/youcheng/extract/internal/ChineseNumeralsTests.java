package org.youcheng.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers as totals and anniversaries write them. */
class ChineseNumeralsTests {

    @Test
    void digitsAndChineseNumeralsHaveTheirValue() {
        assertThat(ChineseNumerals.value("27")).isEqualTo(27);
        assertThat(ChineseNumerals.value("３０")).isEqualTo(30);
        assertThat(ChineseNumerals.value("五")).isEqualTo(5);
        assertThat(ChineseNumerals.value("两")).isEqualTo(2);
        assertThat(ChineseNumerals.value("十")).isEqualTo(10);
        assertThat(ChineseNumerals.value("十五")).isEqualTo(15);
        assertThat(ChineseNumerals.value("三十")).isEqualTo(30);
        assertThat(ChineseNumerals.value("二十七")).isEqualTo(27);
        assertThat(ChineseNumerals.value("一百零五")).isEqualTo(105);
        assertThat(ChineseNumerals.value("百")).isEqualTo(100);
    }

    @Test
    void aWordThatIsNoNumberHasNone() {
        assertThat(ChineseNumerals.value("一些")).isEqualTo(-1);
        assertThat(ChineseNumerals.value("十分")).isEqualTo(-1);
    }

    @Test
    void aClauseMayHoldACountOnlyWhenItWritesDigitsOrNumerals() {
        assertThat(ChineseNumerals.anyIn("已与12个国家", 0, 6)).isTrue();
        assertThat(ChineseNumerals.anyIn("已与１２个国家", 0, 7)).isTrue();
        assertThat(ChineseNumerals.anyIn("已与二十个国家", 0, 7)).isTrue();
        assertThat(ChineseNumerals.anyIn("已与多个国家缔结友好城市关系", 0, 14)).isFalse();
        assertThat(ChineseNumerals.anyIn("12个国家", 2, 5)).as("outside the range").isFalse();
    }

    @Test
    void aCommaBetweenGroupsOfDigitsSeparatesNoClauses() {
        assertThat(ChineseNumerals.groupSeparator("1,499个城市", 1)).isTrue();
        assertThat(ChineseNumerals.groupSeparator("1,499", 1)).isTrue();
        assertThat(ChineseNumerals.groupSeparator("有5,12个", 2)).isFalse();
        assertThat(ChineseNumerals.groupSeparator("有5,1234个", 2)).isFalse();
        assertThat(ChineseNumerals.groupSeparator("城市,499个", 2)).isFalse();
    }
}
