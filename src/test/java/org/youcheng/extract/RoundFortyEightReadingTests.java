package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readings of round forty-eight, on sentences written for these tests (never taken from an article): an autonomous
 * republic written with its suffix (阿扎尔自治共和国); a phrase after a country that begins with a preposition or holds a
 * word of exchanges is no place (与乌拉圭在友城交往…方面). (A known name of two characters at the end of a longer
 * transliteration, 加斯威特 for 威特, is tested in {@code internal/TransliterationCharsTests}: the small gazetteer here
 * counts too few transliterations for it.)
 */
class RoundFortyEightReadingTests {

    /** The partners read, in order. */
    private static List<String> partners(String text) {
        return RoundTenReadingTests.read(text).stream()
                .map(t -> t.split("\\|")[1])
                .toList();
    }

    @Test
    void anAutonomousRepublicIsNamedWithItsSuffix() {
        assertThat(partners("上海市与格鲁吉亚阿扎尔自治共和国签署建立友好城市关系协议书。")).containsExactly("阿扎尔自治共和国");
    }

    @Test
    void aPhraseAfterACountryThatBeginsWithAPrepositionIsNoPlace() {
        assertThat(partners("多年来,枣庄市与乌拉圭在友城交往、文旅推介等方面开展了交流。")).isEmpty();
        // a short name after the country, listed, still is
        assertThat(partners("枣庄市与乌拉圭派桑杜、日本横滨市等结为友好城市。")).contains("派桑杜", "横滨市");
    }

    @Test
    void aTownOfTwoCharactersWrittenAloneIsRead() {
        assertThat(partners("杭州市与美国威特市结为友好城市。")).containsExactly("威特市");
    }
}
