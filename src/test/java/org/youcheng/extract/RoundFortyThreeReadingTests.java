package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readings of round forty-three, on tables written for these tests (never taken from an article): a Chinese place
 * alone on its line over a table is the table's section; a row that names one Chinese place in any cell is that place's.
 */
class RoundFortyThreeReadingTests {

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    @Test
    void aChinesePlaceAloneOnItsLineOverATableIsTheTablesSection() {
        String text = "友好城市列表\n\n长沙市\n\n  • 友好城市数:1\n\n扬州市\n\n  • 友好城市数:2\n国家 友好城市名 缔约时间\n"
                + "日本 横滨市 1985年9月27日\n韩国 釜山 1994年9月12日\n\n长沙市是湖南省的省会。长沙市风景优美。\n";
        assertThat(read(text)).containsExactlyInAnyOrder("扬州市|横滨市|日本|sister|list-row", "扬州市|釜山|韩国|sister|list-row");
    }

    @Test
    void aRowThatNamesOneChinesePlaceInItsLastCellIsThatPlaces() {
        String text = "外事工作\n\n扬州市、长沙市与以下城市缔结友好城市:\n编号 国别 城市名 缔约日 市别\n" + "1 日本 横滨市 1984年9月 扬州市\n2 韩国 釜山 1987年 长沙市\n";
        assertThat(read(text)).containsExactlyInAnyOrder("扬州市|横滨市|日本|sister|list-row", "长沙市|釜山|韩国|sister|list-row");
    }
}
