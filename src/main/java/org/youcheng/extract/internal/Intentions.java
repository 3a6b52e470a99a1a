package org.youcheng.extract.internal;

import org.youcheng.registry.TieKind;

/**
 * What makes a tie a sentence states an intent, whatever its word: intention words between the pair and the word, a
 * letter of intent signed at the tie, 将 before the connector, an intention before the connector, and a goal before the
 * pair (推动A与B缔结…).
 */
final class Intentions {

    /** Acts done that a wish written before them does not reach (正在X访问的市长…签署了A与B…协议). */
    private static final String[] ACTS = {"签署", "签订", "见证", "出席"};

    private final Sentence s;
    private final String text;
    private final KindWords kinds;

    Intentions(Sentence s, KindWords kinds) {
        this.s = s;
        this.text = s.text;
        this.kinds = kinds;
    }

    /**
     * Whether the pair of a Chinese and a foreign mention, stated by a tie word (after the pair, or inside or over it),
     * is only intended.
     */
    boolean intended(KindWords.Hit word, boolean after, Mention d, Mention f, int pairStart, int pairEnd) {
        if (after && kinds.intentBetween(text, pairEnd, word.start())) {
            return true;
        }
        if (after && letterSignedAfter(word)) {
            return true; // …正式缔结为友好城市,两市签署了…意向书: what was signed is a letter of intent
        }
        if (after && d.end() < f.start() && future(d.end(), f.start())) {
            return true; // A将与B签署…协议: a plan stated before the act, not a tie yet
        }
        if (after && f.end() < d.start() && future(f.end(), d.start())) {
            return true; // X、Y三座城市将和A成为姐妹城市: the foreign side first, the same plan
        }
        if (kinds.intentBetween(text, Math.min(d.end(), f.end()), Math.max(d.start(), f.start()))) {
            return true; // A拟与B…, A计划同B…, B建议与A…: the intention written before the connector
        }
        // 推动A与B缔结…, 促进两市结好: a goal, not a tie
        return kinds.intentBetween(text, afterAct(s.clauseStart(pairStart, s.from), pairStart), pairStart);
    }

    /** Whether a word of intention stands before a heading's tie word in its clause (有意愿与台南缔结姊妹市,其中包括…). */
    boolean beforeHeading(KindWords.Hit word) {
        return word.kind() != TieKind.INTENT
                && kinds.intentBetween(text, s.clauseStart(word.start(), s.from), word.start());
    }

    /** How long a tie has lasted, right after its word (51年, 三十周年), not a year (2019年). */
    private static final java.util.regex.Pattern DURATION =
            java.util.regex.Pattern.compile("(?:已|已经|已有)?(?:\\d{1,3}|[一二三四五六七八九十百]{1,4})(?:周)?年(?!\\d)");

    /** Whether the sentence goes on after a tie word to the signing of a letter of intent (签署了…意向书). */
    private boolean letterSignedAfter(KindWords.Hit word) {
        if (DURATION.matcher(text).region(word.end(), s.to).lookingAt()) {
            return false; // 缔结姊妹市51年,…签署…意向书: a tie of 51 years; the letter is of something else
        }
        for (KindWords.Hit w : s.words) {
            if (w.start() >= word.end()
                    && w.kind() == TieKind.INTENT
                    && text.startsWith("意向书", w.end() - 3)
                    && signing(word.end(), w.start())) {
                return true;
            }
        }
        return false;
    }

    /** Whether 签署, 签订 or 签了 stands between two positions. */
    private boolean signing(int from, int to) {
        return ChineseText.indexIn(text, "签署", from, to) >= 0
                || ChineseText.indexIn(text, "签订", from, to) >= 0
                || ChineseText.indexIn(text, "签了", from, to) >= 0;
    }

    /** After the last act written between two positions, else the first. */
    private int afterAct(int from, int to) {
        for (int i = to - 2; i >= from; i--) {
            if ("签见出".indexOf(text.charAt(i)) < 0) {
                continue; // no act begins here
            }
            for (String act : ACTS) {
                if (text.startsWith(act, i)) {
                    return i + act.length();
                }
            }
        }
        return from;
    }

    /** 将 right before the connector between two positions (A将与B, A将同B). */
    private boolean future(int a, int b) {
        for (int i = a; i + 1 < b; i++) {
            if (text.charAt(i) == '将' && "与同和跟".indexOf(text.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
