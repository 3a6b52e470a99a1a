package org.youcheng.extract.internal;

import java.util.ArrayList;
import java.util.List;
import org.youcheng.registry.TieKind;

/** Questions about a clause's tie words, in the order they are written, that its counts ask. */
final class TieWordList {

    private TieWordList() {}

    /** A word for abroad that opens the second of two joined tie words (国际友城或国际友好合作关系城市). */
    private static final java.util.regex.Pattern ABROAD_AT_END = java.util.regex.Pattern.compile("(?:国际|国外)$");

    /**
     * A tie word of another kind joined to this one by 和, 及, 与, 、 or 或 (友好城市和友好交流城市, 友好城市或友好合作关系城市:
     * a count of either kind counts both).
     */
    static boolean otherKindJoined(List<KindWords.Hit> words, KindWords.Hit w, String s) {
        for (KindWords.Hit next : words) {
            if (next.start() > w.end()
                    && next.start() <= w.end() + 4
                    && next.kind() != w.kind()
                    && next.kind() != TieKind.INTENT) {
                // 国际友城或国际友好合作关系城市: a word for abroad may open the second
                String between = ABROAD_AT_END
                        .matcher(s.substring(w.end(), next.start()))
                        .replaceFirst("");
                // 友好城市关系或友好交流关系: the first word's 关系 before the joiner
                between = between.startsWith("关系") ? between.substring(2) : between;
                return between.equals("和")
                        || between.equals("及")
                        || between.equals("与")
                        || between.equals("、")
                        || between.equals("以及")
                        || between.equals("或")
                        || between.equals("或者");
            }
        }
        return false;
    }

    /**
     * A looser word with the formal one written before it without its noun (国际友好和友好交流城市, 友好及友好合作城市):
     * 友好[城市] shares the noun of the word after it, so the two name partners of every kind.
     */
    static boolean formalWithoutItsNoun(KindWords.Hit w, String s) {
        int join = w.start() - 1;
        return w.kind() == TieKind.PARTNER
                && join >= 2
                && s.startsWith("友好", join - 2)
                && ChineseText.joinsItems(s, join, w.start())
                && s.startsWith("友好", w.start());
    }

    /** The tie word right after {@code w}. */
    static KindWords.Hit nextAfter(List<KindWords.Hit> words, KindWords.Hit w) {
        for (KindWords.Hit next : words) {
            if (next.start() > w.end()) {
                return next;
            }
        }
        return null;
    }

    /** The first tie word at or after {@code at}. */
    static KindWords.Hit firstAfter(List<KindWords.Hit> words, int at) {
        for (KindWords.Hit w : words) {
            if (w.start() >= at) {
                return w;
            }
        }
        return null;
    }

    /** The word for any tie that governs a count written right after it (累积缔盟52座国际城市, 结好了12个城市), or null. */
    static KindWords.Hit genericRightBefore(List<KindWords.Hit> words, String s, int at) {
        for (KindWords.Hit w : words) {
            if (w.generic() && (w.end() == at || w.end() == at - 1 && s.charAt(w.end()) == '了')) {
                return w;
            }
        }
        return null;
    }

    /** The tie words written wholly inside {@code [from, to)}. */
    static List<KindWords.Hit> between(List<KindWords.Hit> words, int from, int to) {
        List<KindWords.Hit> out = new ArrayList<>(2);
        for (KindWords.Hit w : words) {
            if (w.start() >= from && w.end() <= to) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Whether 友好关系, or the press's 朋友圈 (青岛国际“朋友圈”增加至50个国家89个城市), is written in the clause: the
     * partners of every kind.
     */
    static boolean friendship(String s, int from, int to) {
        for (int i = from; i + 3 <= to; i++) {
            if (s.charAt(i) == '友' && s.startsWith("友好关系", i) || s.charAt(i) == '朋' && s.startsWith("朋友圈", i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * False when no tie word and no word of friendship can stand in {@code [from, to)}: none of the characters they
     * begin with is there (most sentences of an article, read once before their counts are).
     */
    static boolean mayStand(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '朋' || KindWords.FIRST_CHARACTERS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }
}
