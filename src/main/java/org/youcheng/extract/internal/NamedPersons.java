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
        Boolean[] marked = {null}; // worked out at the first bare name: an office's list of 400 names writes none
        return Mention.without(in, m -> {
            if (m.type() != Mention.Type.FOREIGN_BARE || !m.bare()) {
                return false;
            }
            if (marked[0] == null) {
                marked[0] = personMarks(text);
            }
            return marked[0] && person.computeIfAbsent(m.name(), n -> named(text, n, in));
        });
    }

    /**
     * Whether the text writes anything that makes a name a person's ({@link #personName}): a mark joining the parts of
     * a name, or a title. Without one no name is a person's, and no name need be searched for.
     */
    private static boolean personMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (joinsNameParts(text, i)) {
                return true;
            }
        }
        for (String title : TITLES) {
            if (text.contains(title)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name is written somewhere in the text as a person's: after a title, or joined by an interpunct. */
    private static boolean named(String text, String name, List<Mention> in) {
        for (int k = text.indexOf(name); k >= 0; k = text.indexOf(name, k + 1)) {
            if (personName(text, k, k + name.length()) && !placesJoined(text, k, k + name.length(), in)) {
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
        return INTERPUNCTS.indexOf(c) >= 0;
    }

    /**
     * Whether the name at {@code [from, to)} is part of a person's name written in transliteration, joined to another
     * part by an interpunct (恩里克·安蒂亚, 彼得·刘易斯): no place, whatever place bears the same characters; not a name
     * written with a level's suffix, which an interpunct joins to another place (桃园市.千叶县友好交流协定).
     */
    static boolean personName(String s, int from, int to) {
        boolean joined = (from > 0 && joinsNameParts(s, from - 1)) || (to < s.length() && joinsNameParts(s, to));
        return joined && !PlaceLexicon.endsWithSuffix(s, from, to)
                || from >= 2 && ChineseText.startsWithAny(s, from - 2, TITLES);
    }

    /** A title right before a name: the name is a person's (伦敦市长利文斯通 is Ken Livingstone, not the Zambian town). */
    private static final String[] TITLES = {
        "市长", "州长", "省长", "知事", "县长", "区长", "镇长", "议长", "总统", "总理", "首相", "主席", "大使", "领事", "议员", "部长", "外长", "先生",
        "女士", "教授", "博士"
    };

    private static final String INTERPUNCTS = "·•・‧";

    /** An interpunct, or a full stop written for one between two Chinese characters (拉斯.巴拉卡): never a sentence's end. */
    private static boolean joinsNameParts(String s, int i) {
        char c = s.charAt(i);
        return INTERPUNCTS.indexOf(c) >= 0
                || (c == '.' || c == '．')
                        && i > 0
                        && i + 1 < s.length()
                        && ChineseText.han(s.charAt(i - 1))
                        && ChineseText.han(s.charAt(i + 1));
    }

    /**
     * 延冈市三浦久知市长, 延冈市山田市长: after a city's 市, two to four characters and 市长 are its mayor's name and title
     * (a city holds no city), even where the name is also a place's (三浦, 山田).
     */
    static boolean mayorAfterCity(String s, int k) {
        if (k < 1 || k >= s.length() || s.charAt(k - 1) != '市' || !ChineseText.han(s.charAt(k))) {
            return false;
        }
        for (int n = 2; n <= 4 && k + n + 2 <= s.length() && ChineseText.han(s.charAt(k + n - 1)); n++) {
            if (s.startsWith("市长", k + n)) {
                return true;
            }
        }
        return false;
    }
}
