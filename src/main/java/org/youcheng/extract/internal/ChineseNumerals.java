package org.youcheng.extract.internal;

import java.util.List;

/** Numbers as articles write them: 27, 二十七, 两, 三十, 一百零五. */
public final class ChineseNumerals {

    private ChineseNumerals() {}

    /** Whether digits or numerals (一 to 九, 两, 十, 百) are written in {@code [from, to)}: a count may be there. */
    static boolean anyIn(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (ChineseText.digit(c) || c >= '一' && NUMERALS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the comma at {@code i} separates groups of digits (1,499), rather than clauses. */
    static boolean groupSeparator(String s, int i) {
        char c = s.charAt(i);
        if ((c != ',' && c != '，') || i == 0 || i + 3 >= s.length() || !ChineseText.digit(s.charAt(i - 1))) {
            return false;
        }
        for (int k = i + 1; k <= i + 3; k++) {
            if (!ChineseText.digit(s.charAt(k))) {
                return false;
            }
        }
        return i + 4 == s.length() || !ChineseText.digit(s.charAt(i + 4));
    }

    /** Words of a count's size written before it (近90座, 约90个, 超过90个): no part of what it counts. */
    static final List<String> APPROXIMATELY = List.of("近", "约", "逾", "超过");

    /** After a word of a count's size at {@code at}, else {@code at}. */
    static int afterApproximation(String s, int at) {
        for (String w : APPROXIMATELY) {
            if (s.startsWith(w, at)) {
                return at + w.length();
            }
        }
        return at;
    }

    /** The numerals a count is written with (零 aside: it is never a count's first character). */
    static final String NUMERALS = "一二两三四五六七八九十百";

    /** The value of digits or of Chinese numerals (零 to 九, 两, 十, 百), or -1 when the text is neither. */
    static int value(String t) {
        if (ChineseText.digit(t.charAt(0))) {
            return Integer.parseInt(t);
        }
        int total = 0;
        int unit = 0;
        for (char c : t.toCharArray()) {
            int d = c == '两' ? 2 : "零一二三四五六七八九".indexOf(c);
            if (d >= 0) {
                unit = d;
            } else if (c == '十') {
                total += (unit == 0 ? 1 : unit) * 10;
                unit = 0;
            } else if (c == '百') {
                total += (unit == 0 ? 1 : unit) * 100;
                unit = 0;
            } else {
                return -1;
            }
        }
        return total + unit;
    }
}
