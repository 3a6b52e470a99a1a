package org.youcheng.extract.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Line breaks that a page or a PDF put inside sentences at a fixed width (自2006年高雄與八王⏎子市締結友好城市): they break
 * the names and tie words they fall in. A break is a wrap when its line is as wide as most of the article's long lines
 * (in display columns: a Chinese character two, a Latin one one), reads as prose (holds a comma or a full stop),
 * ends without punctuation and the next line goes on at once; a table's rows (no prose) and headings are left alone.
 */
final class HardWraps {

    /** The narrowest width, in columns, taken for a wrap. */
    private static final int NARROWEST = 30;

    /** How many lines of about one width make it the article's wrap width. */
    private static final int LINES = 3;

    /** How much narrower than the width a wrapped line may be (a wide character that did not fit, a digit). */
    private static final int SLACK = 3;

    private HardWraps() {}

    /** The positions of the line breaks that are wraps (true there), or null when there is none. */
    static boolean[] of(String s) {
        List<int[]> lines = new ArrayList<>(); // start, end (before the break), width
        for (int start = 0; start < s.length(); ) {
            int end = s.indexOf('\n', start);
            if (end < 0) {
                end = s.length();
            }
            int stop = end > start && s.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(new int[] {start, stop, width(s, start, stop)});
            start = end + 1;
        }
        int wrap = wrapWidth(lines);
        if (wrap < 0) {
            return null;
        }
        boolean[] at = null;
        for (int k = 0; k + 1 < lines.size(); k++) {
            int[] line = lines.get(k);
            int next = lines.get(k + 1)[0];
            if (line[2] >= wrap - SLACK
                    && line[2] <= wrap
                    && prose(s, line[0], line[1])
                    && goesOn(s.charAt(line[1] - 1))
                    && next < s.length()
                    && (goesOn(s.charAt(next)) || CONTINUING.indexOf(s.charAt(next)) >= 0)) {
                if (at == null) {
                    at = new boolean[s.length()];
                }
                for (int i = line[1]; i < next; i++) {
                    at[i] = true;
                }
            }
        }
        return at;
    }

    /** The width most long lines reach (each within the slack below it), or -1 when too few do. */
    private static int wrapWidth(List<int[]> lines) {
        int widest = 0;
        for (int[] l : lines) {
            widest = Math.max(widest, l[2]);
        }
        if (widest < NARROWEST) {
            return -1;
        }
        int[] count = new int[widest + 1];
        for (int[] l : lines) {
            count[l[2]]++;
        }
        int best = -1;
        int most = 0;
        int window = 0; // the lines of width w - SLACK to w
        for (int w = 0; w <= widest; w++) {
            window += count[w] - (w - SLACK - 1 >= 0 ? count[w - SLACK - 1] : 0);
            if (w >= NARROWEST && count[w] > 0 && window >= most) {
                most = window;
                best = w;
            }
        }
        return most >= LINES ? best : -1;
    }

    private static int width(String s, int from, int to) {
        int w = 0;
        for (int i = from; i < to; i++) {
            w += s.charAt(i) < 0x1100 ? 1 : 2;
        }
        return w;
    }

    private static boolean prose(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '，' || c == '。' || c == ',' || c == '、') {
                return true;
            }
        }
        return false;
    }

    /**
     * A dash or a closing mark at the start of the next line (姐妹市⏎－仙台, 协定⏎」): a full line that ends inside a
     * sentence and a line that begins so are one sentence.
     */
    private static final String CONTINUING = "」』）)－—";

    /** A character a sentence goes on with: a Chinese character, a letter or a digit. */
    private static boolean goesOn(char c) {
        return ChineseText.han(c) || Character.isLetterOrDigit(c);
    }
}
