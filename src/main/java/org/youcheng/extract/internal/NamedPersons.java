package org.youcheng.extract.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A name the article writes once as a person's (纽约市长亚当斯, 彼得·刘易斯) is that person wherever it stands alone
 * (龚正与亚当斯共同签署…): a foreign place of the same name written bare is no place. An interpunct between two
 * places (武汉·波尔多葡萄酒节) joins places, not the parts of a person's name.
 */
final class NamedPersons {

    private NamedPersons() {}

    static List<Mention> without(List<Mention> in, String text) {
        Map<String, Boolean> person = new HashMap<>();
        return Mention.without(
                in,
                m -> m.type() == Mention.Type.FOREIGN_BARE
                        && m.bare()
                        && person.computeIfAbsent(m.name(), n -> named(text, n, in)));
    }

    /** Whether the name is written somewhere in the text as a person's: after a title, or joined by an interpunct. */
    private static boolean named(String text, String name, List<Mention> in) {
        for (int k = text.indexOf(name); k >= 0; k = text.indexOf(name, k + 1)) {
            if (ChineseText.personName(text, k, k + name.length()) && !placesJoined(text, k, k + name.length(), in)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an interpunct next to the name joins it to a Chinese place or a country the scan found (武汉·波尔多, 中国·
     * X): a bare foreign name there may be a person's too (彼得·刘易斯), which says nothing.
     */
    private static boolean placesJoined(String text, int from, int to, List<Mention> in) {
        return from > 0 && interpunct(text.charAt(from - 1)) && chineseOrCountry(Mention.endingAt(in, from - 1, 0))
                || to < text.length()
                        && interpunct(text.charAt(to))
                        && chineseOrCountry(Mention.startingAt(in, to + 1));
    }

    private static boolean chineseOrCountry(Mention m) {
        return m != null && (m.type() == Mention.Type.CHINESE || m.type() == Mention.Type.COUNTRY);
    }

    private static boolean interpunct(char c) {
        return ChineseText.INTERPUNCTS.indexOf(c) >= 0;
    }
}
