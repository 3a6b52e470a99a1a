package org.youcheng.extract.internal;

/** Whether a line is a line of a list or a table, not prose: what list rows and their headings are read from. */
final class ListLine {

    /** A row holds at most this many Chinese characters (noise and Latin glosses aside). */
    private static final int ROW_HAN = 30;

    private ListLine() {}

    /**
     * A line of a list: a table row ('|' or a tab), at most {@link #ROW_HAN} Chinese characters, or items run together
     * on one line (X区(1990.11)、Y州(1993.12) 其他: Z省(1984.6)、…): no comma or full stop, no run of Chinese longer than
     * {@link #ITEM_HAN}.
     */
    static boolean rowLike(String t, int a, int b) {
        int han = 0;
        int run = 0;
        int longest = 0;
        boolean prose = false;
        for (int i = a; i < b; i++) {
            char c = t.charAt(i);
            if (c == '|' || c == '\t') {
                return true;
            }
            run = ChineseText.han(c) ? run + 1 : 0;
            longest = Math.max(longest, run);
            han += ChineseText.han(c) ? 1 : 0;
            prose |= c == '，' || c == '。' || c == ',';
            if (han > ROW_HAN && (prose || longest > ITEM_HAN)) {
                return false; // a paragraph of prose: no need to read it to its end
            }
        }
        return (han <= ROW_HAN || !prose && longest <= ITEM_HAN) && !caption(t, a, b);
    }

    /** A photograph's caption (俄罗斯圣彼得堡。(东方IC 供图)): its place is what the picture shows, no row. */
    private static boolean caption(String t, int a, int b) {
        return ChineseText.indexIn(t, "供图", a, b) >= 0
                || ChineseText.indexIn(t, "摄)", a, b) >= 0
                || ChineseText.indexIn(t, "摄）", a, b) >= 0;
    }

    /** The longest run of Chinese an item of a list run together on one line may hold. */
    private static final int ITEM_HAN = 14;

    /** The Chinese place of a row that names one and no other, in whatever cell (「美国 X州 Y市 1987年 板桥区」). */
    static org.youcheng.registry.Gazetteer.Entry ownCell(Sentence s) {
        org.youcheng.registry.Gazetteer.Entry own = null;
        for (int k = 0; k < s.size(); k++) {
            if (s.home(k) != null) {
                if (own != null) {
                    return null;
                }
                own = s.home(k);
            }
        }
        return own;
    }
}
