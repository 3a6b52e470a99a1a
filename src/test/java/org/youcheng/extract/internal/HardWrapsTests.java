package org.youcheng.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Line breaks at a fixed width inside sentences, on text written for these tests. */
class HardWrapsTests {

    /** Four lines wrapped at 66 columns (33 Chinese characters; a line with digits narrower), the last one short. */
    private static final String WRAPPED = String.join(
            "\n",
            "长沙市代表团今天抵达横滨，开始为期三天访问。这是自1990年长沙与横",
            "滨市缔结友好城市以来，长沙市代表团第十次来访，双方将签署新的合作文",
            "件，涉及经贸、文化、教育和青少年交流等多个领域，并举行友城建设论坛",
            "活动。");

    @Test
    void theBreaksOfAParagraphWrappedAtOneWidthAreWraps() {
        boolean[] at = HardWraps.of(WRAPPED);
        assertThat(at).isNotNull();
        int first = WRAPPED.indexOf('\n');
        assertThat(at[first]).isTrue();
        assertThat(Glosses.strip(WRAPPED).text).contains("长沙与横滨市缔结友好城市").doesNotContain("\n");
    }

    @Test
    void aTableHeadingsAndShortLinesAreLeftAlone() {
        String table = String.join(
                "\n",
                "序号  国家      城市              结好时间",
                "1     日本      横滨市            1973年6月",
                "2     美国      萨克拉门托市      1994年3月",
                "3     法国      里昂市            1988年9月");
        assertThat(HardWraps.of(table)).isNull();
        String headings = "长沙市外事工作\n长沙与横滨缔结友好城市三十周年\n两市代表团互访。";
        assertThat(HardWraps.of(headings)).isNull();
        // a line that ends its sentence is no wrap
        String ended = WRAPPED.replace("并举行友城建设论坛\n", "并举行友城建设论。\n");
        assertThat(HardWraps.of(ended)[ended.indexOf("论。") + 2]).isFalse();
    }
}
