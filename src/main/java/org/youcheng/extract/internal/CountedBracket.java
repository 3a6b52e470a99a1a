package org.youcheng.extract.internal;

/**
 * The places a counted enumeration names in a bracket after its sentence (关于西安市与俄罗斯圣彼得堡市等七城市结为国际友好城市的
 * 决议。（俄罗斯圣彼得堡市、比利时布鲁塞尔首都大区、…）): the sentence gives one item, 等 and the count, and the bracket
 * that follows its full stop ({@link #sentenceEnd}) lists them all.
 */
final class CountedBracket {

    private CountedBracket() {}

    /**
     * Where a sentence that ends at {@code end} really ends: after a bracket that follows its full stop on the same
     * line and names what the sentence counted (…等七城市结为友好城市的决议。（俄罗斯圣彼得堡市、比利时…）); else {@code end}.
     */
    static int sentenceEnd(String s, int end) {
        if (end >= s.length() || s.charAt(end) != '。') {
            return end;
        }
        int k = ChineseText.afterSpaces(s, end + 1, s.length());
        if (k >= s.length() || !ChineseText.openParen(s.charAt(k))) {
            return end;
        }
        for (int j = k + 1; j < s.length() && j <= k + TRAILING_BRACKET; j++) {
            char c = s.charAt(j);
            if (ChineseText.closeParen(c)) {
                return j; // the closing bracket ends the sentence
            }
            if (ChineseText.sentenceEnd(c) || ChineseText.openParen(c)) {
                return end;
            }
        }
        return end;
    }

    /** The longest bracket after a full stop read as part of its sentence. */
    private static final int TRAILING_BRACKET = 200;

    /**
     * The index of the first foreign place in the bracket after the sentence, from mention {@code b} on, when the
     * list ending with {@code last} is closed by 等 and a count; else -1.
     */
    static int firstItem(Sentence s, Mention last, int b) {
        if (s.to >= s.text.length() || !ChineseText.closeParen(s.text.charAt(s.to))) {
            return -1; // the sentence ends as most do, at its full stop: no bracket was read into it
        }
        int after = s.skipBrackets(last.end());
        int close = GenericNouns.enumerationClose(s.text, after);
        if (close <= after + 1) {
            return -1;
        }
        int open = bracketAfterStop(s.text, close, s.to);
        if (open < 0) {
            return -1;
        }
        for (int j = b; j < s.size(); j++) {
            if (s.m(j).start() > open) {
                return s.m(j).foreign() && !s.paired[j] ? j : -1;
            }
        }
        return -1;
    }

    /** The opening bracket that follows a full stop between {@code from} and {@code to}, or -1. */
    private static int bracketAfterStop(String text, int from, int to) {
        int stop = text.lastIndexOf('。', to);
        if (stop < from) {
            return -1;
        }
        int k = ChineseText.afterSpaces(text, stop + 1, to);
        return k < to && ChineseText.openParen(text.charAt(k)) ? k : -1;
    }
}
