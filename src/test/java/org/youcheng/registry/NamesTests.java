package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTests {

    @ParameterizedTest
    @CsvSource({
        "青岛市, 青岛",
        "青岛, 青岛",
        "Qingdao, qingdao",
        "Qingdao City, qingdao",
        "光州廣域市, 光州",
        "广州, 广州",
        "广州市, 广州",
        "加利福尼亚州, 加利福尼亚",
        "新疆维吾尔自治区, 新疆",
        "Kraków, krakow",
        "São Paulo, saopaulo",
        "Xi'an, xian",
        "克拉斯诺达尔边疆区, 克拉斯诺达尔",
        "首尔特别市, 首尔",
        "Łódź, lodz",
        "Nam Định, namdinh",
        "Tromsø, tromso"
    })
    void keysIgnoreSuffixesScriptsAndAccents(String name, String key) {
        assertThat(Names.key(name)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"青岛市, Qingdao", "西安市, Xi'an", "广州市, Guangzhou", "内蒙古自治区, Neimenggu", "呼和浩特市, Huhehaote"})
    void pinyinOfChineseNames(String name, String pinyin) {
        assertThat(Names.pinyin(name)).isEqualTo(pinyin);
    }

    @ParameterizedTest
    @CsvSource({"永珍, 万象", "寮國, 老挝", "紐西蘭, 新西兰", "Paris, Paris"})
    void mainlandNamesForTaiwanUsage(String in, String out) {
        assertThat(Names.simplifiedMainland(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource({"光州廣域市, 光州广域市", "臺北市, 台北市", "Paris, Paris"})
    void simplifiesTraditionalCharacters(String in, String out) {
        assertThat(Names.simplified(in)).isEqualTo(out);
    }

    @org.junit.jupiter.api.Test
    void everyCharacterOfTheNoiseExpressionIsDroppedFromAKey() {
        // the expression runs only where a character it removes may stand (NameNoise): each such character, tried
        for (char c = 0; c < 0xFFFF; c++) {
            String one = String.valueOf(c);
            boolean kept = java.text.Normalizer.normalize(one, java.text.Normalizer.Form.NFKC)
                    .equals(one); // else normalised first into other characters
            if (kept && Names.NOISE.matcher(one).matches()) {
                assertThat(Names.full("东" + c + "京")).as("U+%04X", (int) c).isEqualTo("东京");
            }
        }
    }
}
