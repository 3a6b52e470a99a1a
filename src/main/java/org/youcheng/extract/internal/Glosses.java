package org.youcheng.extract.internal;

/**
 * Pinyin glosses in brackets written inside words (關(guān)系, 皮尔(pí'ěr)市, 友好(hao)城市): pages that annotate their
 * characters break every tie word and place name they gloss; so do line breaks at a fixed width ({@link HardWraps}).
 * Both are taken out before the article is read; {@link #origin} maps a position of the text without them back to
 * the input, so evidence still quotes the page.
 */
final class Glosses {

    /** The longest gloss taken for one: a syllable or a few (pí'ěr, guan xi). */
    private static final int LONGEST = 16;

    final String text;
    private final int[] origin;

    private Glosses(String text, int[] origin) {
        this.text = text;
        this.origin = origin;
    }

    /** The input without its glosses; the input itself when it has none. */
    static Glosses strip(String input) {
        StringBuilder out = null;
        int[] origin = null;
        int n = 0;
        int copied = 0;
        boolean[] wraps = HardWraps.of(input);
        for (int i = 1; i < input.length(); i++) {
            char c = input.charAt(i);
            int close;
            if (wraps != null && wraps[i]) {
                close = i;
                while (close + 1 < input.length() && wraps[close + 1]) {
                    close++;
                }
            } else if (ChineseText.openParen(c) && ChineseText.han(input.charAt(i - 1))) {
                close = glossEnd(input, i);
            } else {
                continue;
            }
            if (close < 0) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(input.length());
                origin = new int[input.length() + 1];
            }
            for (int k = copied; k < i; k++) {
                origin[n++] = k;
                out.append(input.charAt(k));
            }
            copied = close + 1;
            i = close;
        }
        if (out == null) {
            return new Glosses(input, null);
        }
        for (int k = copied; k < input.length(); k++) {
            origin[n++] = k;
            out.append(input.charAt(k));
        }
        origin[n] = input.length();
        return new Glosses(out.toString(), java.util.Arrays.copyOf(origin, n + 1));
    }

    /** The closing bracket of a gloss that opens at {@code open}: Latin letters only, at least one, or -1. */
    private static int glossEnd(String s, int open) {
        int letters = 0;
        for (int i = open + 1; i < s.length() && i <= open + LONGEST; i++) {
            char c = s.charAt(i);
            if (ChineseText.closeParen(c)) {
                return letters > 0 ? i : -1;
            }
            if (pinyin(c)) {
                letters++;
            } else if (c != '\'' && c != '’' && c != ' ') {
                return -1;
            }
        }
        return -1;
    }

    /** A lower-case Latin letter, with or without a tone mark (ā á ǎ à, ü …). */
    private static boolean pinyin(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'à' && c <= 'ü' && c != '÷')
                || (c >= 'ā' && c <= 'ū')
                || (c >= 'ǎ' && c <= 'ǜ');
    }

    /** The input's position of a position of the text (its length maps to the input's). */
    int origin(int at) {
        return origin == null ? at : origin[at];
    }

    /** The input's end of a span that ends before {@code end} in the text. */
    int originEnd(int end) {
        return origin == null || end == 0 ? end : origin[end - 1] + 1;
    }
}
