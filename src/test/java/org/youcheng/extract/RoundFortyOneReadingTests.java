package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readings of round forty-one, on sentences written for these tests (never taken from an article): an item of a
 * list read in the country of the item before it (韩国釜山、大田), Taiwan's words 友谊市 and 缔盟城市; the given name after a title
 * and a surname (市长蒋万安) is tested in {@code internal/PersonNameTests}.
 */
class RoundFortyOneReadingTests {

    /** domestic|partner|country|kind|pattern */
    private static List<String> read(String text) {
        return RoundTenReadingTests.read(text);
    }

    @Test
    void anItemOfAListIsAPlaceOfTheCountryOfTheItemBeforeIt() {
        assertThat(read("长沙市与韩国釜山、大田等城市结为友好城市。"))
                .containsExactlyInAnyOrder("长沙市|釜山|韩国|sister|connector", "长沙市|大田|韩国|sister|connector");
    }

    @Test
    void taiwansWordsForATie() {
        assertThat(read("上海市与日本横滨市缔结友谊市。"))
                .containsExactly("上海市|横滨市|日本|partner|connector"); // Taiwan's lesser tier (round 52)
        assertThat(TotalFinderTests.totals("日本横滨市成为上海市第40个缔盟城市。")).containsExactly("上海市|null|null|40|null|null");
    }
}
