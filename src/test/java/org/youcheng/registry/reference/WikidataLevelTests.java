package org.youcheng.registry.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.youcheng.registry.Level;

/** The level of a Wikidata item listed as a city, as a first-level division, or as both (a city-state). */
class WikidataLevelTests {

    @Test
    void anItemListedAsBothIsTheDivisionWhenItsLabelIsWrittenAsOne() {
        assertThat(WikidataLoader.level(true, true, "東京都")).isEqualTo(Level.PROVINCE);
        assertThat(WikidataLoader.level(true, true, "不來梅州")).isEqualTo(Level.PROVINCE);
        assertThat(WikidataLoader.level(true, true, "布鲁塞尔首都大区")).isEqualTo(Level.PROVINCE);
        assertThat(WikidataLoader.level(true, true, "柏林")).isEqualTo(Level.CITY);
        assertThat(WikidataLoader.level(true, true, "伊斯坦布尔大都会市")).isEqualTo(Level.CITY);
    }

    @Test
    void anItemListedOnceKeepsItsList() {
        assertThat(WikidataLoader.level(false, true, "维也纳")).isEqualTo(Level.PROVINCE);
        assertThat(WikidataLoader.level(true, false, "不来梅州")).isEqualTo(Level.CITY);
    }
}
