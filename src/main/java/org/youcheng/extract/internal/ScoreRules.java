package org.youcheng.extract.internal;

import java.util.List;

/**
 * How extracted names are compared with gold names, as the evaluation script score_extract.py does it: traditional
 * characters read as simplified (the script assumes simplified names on both sides; a gold file written as a
 * traditional page spells them would otherwise never match), spaces and punctuation removed, the partner's country removed from the front, administrative suffixes removed
 * from the end one at a time (each only while more than one character stays before it); and two names are the same
 * when equal or when one ends with the other and both have at least two characters.
 */
public final class ScoreRules {

    /** In the script's order: the first that fits is removed, then the list is tried again from the top. */
    static final List<String> SUFFIXES = List.of(
            "特别行政区", "自治州", "自治县", "自治区", "广域市", "特别市", "联邦区", "直辖市", "地区", "市", "省", "州", "县", "区", "郡", "府", "道", "岛",
            "群岛", "城", "镇", "村", "邦");

    private static final String NOISE = "·•-—()（）《》\"'“”";

    private ScoreRules() {}

    public static String norm(String name, String country) {
        StringBuilder b = new StringBuilder();
        String n = name == null ? "" : ChineseText.simplified(name);
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            if (!pythonSpace(cp) && NOISE.indexOf(cp) < 0) {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        String s = b.toString();
        if (country != null && !country.isEmpty()) {
            for (String c : new String[] {country, stripTrailing(country, '国')}) {
                if (!c.isEmpty() && s.startsWith(c) && len(s) > len(c) + 1) {
                    s = s.substring(c.length());
                    break;
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String suf : SUFFIXES) {
                if (s.endsWith(suf) && len(s) > len(suf) + 1) {
                    s = s.substring(0, s.length() - suf.length());
                    changed = true;
                    break;
                }
            }
        }
        return s;
    }

    /** Equal, or one ends with the other (a region written in front on one side only). */
    public static boolean same(String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.equals(b) || (Math.min(len(a), len(b)) >= 2 && (a.endsWith(b) || b.endsWith(a)));
    }

    private static String stripTrailing(String s, char c) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == c) {
            end--;
        }
        return s.substring(0, end);
    }

    private static int len(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Python's {@code \s} on text: Unicode whitespace and the separators. */
    private static boolean pythonSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }
}
