package org.youcheng.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;

/** The characters of transliterations, counted from a small gazetteer of foreign and Chinese names. */
class TransliterationCharsTests {

    static Gazetteer gazetteer() {
        Gazetteer g = Gazetteer.withCountries(Map.of("日本", "JP"));
        String[] foreign = {
            "塞尔维亚", "尔斯克", "克拉斯", "温斯顿", "塞维尔", "尼尔斯", "斯塔尔", "塞克斯", "温莎尔", "尔温克", "塞尔塔", "克尔斯", "塞温斯", "温塞尔", "尔塞温",
            "温尔塞"
        };
        String[] chinese = {"山丹", "山阳", "江北", "渝中", "长江", "长春", "长沙", "天津", "北京", "山东", "南京", "西安"};
        long id = 1;
        for (String f : foreign) {
            g.addPlace(new Gazetteer.Entry(id, f, null, Level.CITY, "US", 0, 0), "F" + id, f);
            id++;
        }
        for (String c : chinese) {
            g.addPlace(new Gazetteer.Entry(id, c, null, Level.COUNTY, "CN", 0, 0), "C" + id, c);
            id++;
        }
        return g;
    }

    @Test
    void aTransliterationBeforeItsSuffixIsReadBackToTheFirstCharacterNoForeignNameUses() {
        TransliterationChars chars = new TransliterationChars(gazetteer());
        String s = "见证了塞尔温区和山丹县";
        int end = s.indexOf('和');
        assertThat(s.substring(chars.startBefore(s, end, 0), end)).isEqualTo("塞尔温区");
    }

    @Test
    void chineseNamesAndWordsAreNoTransliteration() {
        TransliterationChars chars = new TransliterationChars(gazetteer());
        assertThat(chars.startBefore("江北区和", 3, 0)).isEqualTo(-1);
        assertThat(chars.startBefore("山丹县和", 3, 0)).isEqualTo(-1);
        assertThat(chars.startBefore("市长和", 2, 0)).isEqualTo(-1); // no suffix before 和
    }

    @Test
    void aNameWithoutSuffixReadsAsATransliterationWhenEveryCharacterIsOneForeignNamesUse() {
        TransliterationChars chars = new TransliterationChars(gazetteer());
        assertThat(chars.reads("塞尔温斯")).isTrue();
        assertThat(chars.reads("塞尔")).as("two characters are too few").isFalse();
        assertThat(chars.reads("塞尔长沙")).as("Chinese characters inside").isFalse();
        assertThat(chars.reads("市长塞尔")).isFalse();
    }

    @Test
    void aShortNameAfterTwoCharactersOfTransliterationEndsALongerOne() {
        TransliterationChars chars = new TransliterationChars(gazetteer());
        String s = "会见了温斯塞尔市长";
        int at = s.indexOf("塞尔");
        assertThat(chars.tailOf(s, at, at + 2)).isTrue();
        // after Chinese words, or at the start, the name stands on its own
        String t = "访问了塞尔市";
        assertThat(chars.tailOf(t, t.indexOf("塞尔"), t.indexOf("塞尔") + 2)).isFalse();
        assertThat(chars.tailOf("塞尔市", 0, 2)).isFalse();
        // a name of four characters is not cut
        String u = "温斯塞尔温斯";
        assertThat(chars.tailOf(u, 2, 6)).isFalse();
    }
}
