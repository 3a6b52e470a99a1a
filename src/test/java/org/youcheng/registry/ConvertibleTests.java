package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.io.IOUtil;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConvertibleTests {

    @Test
    void textsAlreadySimplifiedArePassedBy() {
        assertThat(Convertible.mayChange("西安市与意大利帕多瓦市缔结友好城市关系")).isFalse();
        assertThat(Convertible.mayChange("臺北")).isTrue();
        assertThat(Convertible.mayChange("陜西")).isTrue(); // a glyph variant the converter does not know
        assertThat(Names.simplified("光州廣域市")).isEqualTo("光州广域市");
    }

    /** Every phrase of the converter's dictionary, alone and inside simplified text: the gate changes no result. */
    @Test
    void theGateNeverChangesWhatTheConverterWrites() {
        List<String> lines = IOUtil.readLineListWithLessMemory(HanLP.Config.tcDictionaryRoot + "t2s.txt");
        assertThat(lines).hasSizeGreaterThan(4000);
        for (String line : lines) {
            String phrase = line.substring(0, Math.max(0, line.indexOf('=')));
            for (String text : List.of(phrase, "友好城市" + phrase + "市", phrase.isEmpty() ? "" : phrase.substring(1))) {
                assertThat(Names.simplified(text))
                        .as(text)
                        .isEqualTo(
                                text.isEmpty() || !Names.hasHan(text)
                                        ? text
                                        : HanLP.convertToSimplifiedChinese(Names.variants(text)));
            }
        }
    }
}
