package org.youcheng.extract.internal;

/**
 * Foreign places written as the owners of ties, not as partners of the article's place: the others after one
 * (摩尔曼斯克的第11座友好城市,其它10座…), and places followed by a count of their ties (X、Y的12个友好城市).
 */
final class TieOwners {

    private TieOwners() {}

    /**
     * Whether the clause begins with the others (其它, 其他, 其余) after a foreign place written as the owner of ties
     * earlier in the sentence (摩尔曼斯克的第11座友好城市): the others are that place's partners; that place, or null.
     */
    static Mention ofOthers(Sentence s, int cs) {
        int at = cs;
        while (at < s.text.length() && !ChineseText.han(s.text.charAt(at))) {
            at++;
        }
        if (!ChineseText.startsWithAny(s.text, at, "其它", "其他", "其余")) {
            return null;
        }
        for (int k = 0; k < s.size() && s.m(k).end() < cs; k++) {
            Mention o = s.m(k);
            if (o.foreign() && o.end() < s.text.length() && s.text.charAt(o.end()) == '的') {
                return o;
            }
        }
        return null;
    }

    /** Whether the foreign place begins or ends a list of places followed by 的, a count and a tie word (X、Y的12个友好城市). */
    static boolean ofCount(Sentence s, int k) {
        int p = s.m(k).end();
        if (p < s.to && "、和及与".indexOf(s.text.charAt(p)) >= 0) {
            while (p < s.to
                    && p < s.m(k).end() + 24
                    && !ChineseText.clauseEnd(s.text.charAt(p))
                    && s.text.charAt(p) != '的') {
                p++; // the rest of the list, its places named or not
            }
        }
        if (p >= s.to || s.text.charAt(p) != '的') {
            return false;
        }
        for (KindWords.Hit w : s.words) {
            if (w.start() > p + 1 && w.start() <= p + 8) {
                String count = s.text.substring(p + 1, w.start());
                return count.chars().allMatch(c -> ChineseText.digit((char) c) || "一二两三四五六七八九十百几多余个座对".indexOf(c) >= 0);
            }
        }
        return false;
    }
}
