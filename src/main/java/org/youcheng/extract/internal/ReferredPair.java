package org.youcheng.extract.internal;

import java.util.List;
import org.youcheng.registry.Gazetteer;

/** The pair that a word such as 两市 or 双方 refers back to, named earlier in the sentence, its paragraph or the one before. */
final class ReferredPair {

    /** How far before 两市 the pair it refers back to may have been named. */
    static final int EARLIER = 200;

    /** The words that refer to both sides of a tie. */
    private static final String[] BOTH_SIDES = {"两个城市", "两座城市", "两城市", "两市", "两地", "两省", "两区", "两县", "双方", "两城"};

    private ReferredPair() {}

    /** The position of a word such as 两市 in the sentence, or -1; 与两个城市 counts places, it names no pair. */
    static int wordAt(String s, int from, int to) {
        int two = s.indexOf('两', from, to);
        int pair = s.indexOf('双', from, to);
        while (two >= 0 || pair >= 0) {
            int i = two < 0 ? pair : pair < 0 ? two : Math.min(two, pair);
            if (wordLength(s, i, to) > 0 && (i == 0 || "与和同跟".indexOf(s.charAt(i - 1)) < 0)) {
                return i;
            }
            if (i == two) {
                two = s.indexOf('两', i + 1, to);
            } else {
                pair = s.indexOf('双', i + 1, to);
            }
        }
        return -1;
    }

    /** The length of the word such as 两市 (两个城市) at {@code i}, or 0. */
    static int wordLength(String s, int i, int to) {
        for (String w : BOTH_SIDES) {
            if (s.startsWith(w, i) && i + w.length() <= to) {
                return w.length();
            }
        }
        return 0;
    }

    /**
     * The Chinese place and the foreign one joined by 和 (与, 同, 及) named last within {@link #EARLIER} characters
     * before a position, in either order, when no other foreign place nor another Chinese place stands between them and
     * the position; else null.
     */
    static Mention[] pairNamedBefore(Sentence s, int at) {
        List<Mention> all = s.r.mentions;
        int last = -1;
        for (int k = 0; k < all.size() && all.get(k).end() <= at; k++) {
            last = k;
        }
        for (int k = last; k >= 1 && all.get(k - 1).start() >= at - EARLIER; k--) {
            Mention x = all.get(k - 1);
            Mention y = all.get(k);
            String between = s.text.substring(x.end(), Math.max(x.end(), y.start()));
            Mention[] pair = !ChineseText.pairConnector(between)
                    ? null
                    : s.home(x) != null && y.foreign()
                            ? new Mention[] {x, y}
                            : x.foreign() && s.home(y) != null ? new Mention[] {y, x} : null;
            if (pair != null) {
                for (int j = k + 1; j <= last; j++) {
                    Gazetteer.Entry h = s.home(all.get(j));
                    if (all.get(j).foreign() || h != null && !h.equals(s.home(pair[0]))) {
                        return null;
                    }
                }
                return pair;
            }
        }
        return null;
    }

    /**
     * The one foreign place named from a position ({@link #windowStart}) to the sentence, in an earlier sentence of the
     * paragraph (X市市长率团访问中山。…双方签署《友好合作备忘录》), when no other foreign place is named there; else null.
     */
    static Mention onlyForeignBefore(Sentence s, int from) {
        Mention found = null;
        for (Mention m : s.r.mentions) {
            if (m.end() > s.from) {
                break;
            }
            if (m.start() >= from && m.foreign() && !m.shortWord()) {
                if (found != null && !found.name().equals(m.name())) {
                    return null;
                }
                found = m;
            }
        }
        return found;
    }

    /**
     * Where the text that 双方 may refer back to begins: {@link #EARLIER} characters before it, in its paragraph, or in
     * the paragraph before when its own names no place before it (a visit told, then 他说，两市结为友好城市以来…).
     */
    static int windowStart(Sentence s, int at) {
        int paragraph = s.text.lastIndexOf('\n', Math.max(0, s.from - 1)) + 1;
        for (Mention m : s.r.mentions) {
            if (m.start() >= at) {
                break;
            }
            if (m.start() >= paragraph && m.end() <= at) {
                return Math.max(at - EARLIER, paragraph);
            }
        }
        int before = paragraph - 1;
        while (before > 0 && ChineseText.space(s.text.charAt(before - 1))) {
            before--;
        }
        return Math.max(at - EARLIER, s.text.lastIndexOf('\n', Math.max(0, before - 1)) + 1);
    }

    /** The one Chinese place named between two positions (one place, however often), else null. */
    static Gazetteer.Entry onlyHomeBetween(Sentence s, int from, int to) {
        Gazetteer.Entry found = null;
        for (Mention m : s.r.mentions) {
            if (m.start() >= to) {
                break;
            }
            Gazetteer.Entry e = m.start() >= from && m.domestic() ? s.r.domestic(m) : null;
            if (e != null && found != null && !found.equals(e)) {
                return null;
            }
            found = e != null ? e : found;
        }
        return found;
    }
}
