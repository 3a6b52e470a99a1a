package org.youcheng.extract.internal;

import org.youcheng.registry.Gazetteer;

/**
 * 两市 (两地, 两省, 两区, 两县, 双方) right before a tie word, in a sentence with one foreign place
 * (意大利X市市长…访问Y,出席两市缔结友好城市10周年纪念活动): that place and the sentence's Chinese place (not the
 * venue of a visit written after 在), else the article's own. With no foreign place in the sentence, the pair of the
 * tie read just before it (a kind stated again: an intent, then 两市正式结为友好城市), else the Chinese and the foreign
 * place the article named last, joined by 和 (由A和B共建…。…两市共结友好城市).
 */
final class BothSidesPattern extends NamedPattern {

    /** Verbs that form a tie, written right before its word (两市于次年正式结为友好城市). */
    private static final String[] FORMING = {"结为", "结成", "缔结", "建立", "签署", "签订", "共结"};
    /** How far after 两市 its tie word may stand when a forming verb comes right before it (两市于次年正式结为…). */
    private static final int NEAR = 16;

    /** The years a document covers, written between 两市 and its word (2026—2029年, 2024年). */
    private static final java.util.regex.Pattern YEARS = java.util.regex.Pattern.compile(
            DateReader.YEAR + "(?:年?" + DateReader.RANGE_TO + DateReader.YEAR + ")?年度?");

    /** Tie words that are themselves the verb that forms the tie (两市正式结好). */
    private static final String[] FORMING_WORDS = {"结好", "结为", "结成", "缔结"};

    BothSidesPattern() {
        super("both-sides", "两市");
    }

    private static boolean formedBefore(String text, int word) {
        if (ChineseText.startsWithAny(text, word, FORMING_WORDS)) {
            return true;
        }
        if (word > 0 && (text.charAt(word - 1) == '《' || text.charAt(word - 1) == '“')) {
            word--; // 双方正式签署《友好合作备忘录》
        }
        if (word > 0 && text.charAt(word - 1) == '了') {
            word--; // 双方签署了友好合作备忘录: the particle after the verb
        }
        for (String v : FORMING) {
            if (word >= v.length() && text.startsWith(v, word - v.length())) {
                return true;
            }
        }
        return false;
    }

    /** No punctuation between two positions but the opening of a document's title (双方签署了《建立友好…). */
    private static boolean plainOrTitled(String text, int a, int b) {
        for (int i = a; i < b; i++) {
            char c = text.charAt(i);
            if (!ChineseText.han(c) && !ChineseText.space(c) && c != '《') {
                return false;
            }
        }
        return true;
    }

    /** A Chinese place written after 在 is where the sides met (省长在福州会见…州长), not a side. */
    private static boolean venue(String text, Mention m) {
        return m.start() > 0 && text.charAt(m.start() - 1) == '在';
    }

    @Override
    public void read(Sentence s) {
        int both = ReferredPair.wordAt(s.text, s.from, s.to);
        if (both < 0) {
            return;
        }
        int wordEnd = both + ReferredPair.wordLength(s.text, both, s.to);
        java.util.regex.Matcher years = YEARS.matcher(s.text).region(wordEnd, s.to);
        wordEnd = years.lookingAt() ? years.end() : wordEnd; // 签署两市2026—2029年友好城市合作备忘录: the years it covers
        boolean word = false;
        boolean formed = false;
        for (KindWords.Hit w : s.words) {
            if (w.start() >= wordEnd
                    && (w.start() - wordEnd <= 4
                            || w.start() - wordEnd <= NEAR
                                    && plainOrTitled(s.text, wordEnd, w.start())
                                    && formedBefore(s.text, w.start()))) {
                word = true;
                formed = formedBefore(s.text, w.start());
                break;
            }
        }
        if (!word) {
            return;
        }
        Mention foreign = null;
        Gazetteer.Entry home = null;
        for (int k = 0; k < s.size(); k++) {
            Mention m = s.m(k);
            if (m.start() > both) {
                break;
            }
            if (m.shortWord()) {
                continue; // a short gazetteer name written alone (希望, 和平) is a word here
            }
            if (m.foreign()) {
                if (foreign != null || s.paired[k]) {
                    return;
                }
                foreign = m;
            } else if (s.home(k) != null && !venue(s.text, m)) {
                if (home != null && !home.equals(s.home(k))) {
                    return;
                }
                home = s.home(k);
            }
        }
        if (foreign == null) {
            // 两市于次年正式结为友好城市: with no foreign place in the sentence, 两市 are the pair of the last tie
            // read before it, when it is near, this sentence names no other Chinese place and a verb forms the tie
            // (希望双方以发展友好城市关系为纽带 states none)
            TieFinder.Found last = s.earlier.lastBefore(ReferredPair.EARLIER);
            Gazetteer.Entry lastHome = last == null ? null : last.domestic();
            Mention p = last == null ? null : last.partner();
            Mention[] named = last == null && formed ? ReferredPair.pairNamedBefore(s, both) : null;
            named = last == null && formed && named == null
                    ? SentencePair.after(s, wordEnd, s.text.substring(both, wordEnd))
                    : named;
            int window = ReferredPair.windowStart(s, both);
            Mention visitor =
                    last == null && named == null && formed ? ReferredPair.onlyForeignBefore(s, window) : null;
            Gazetteer.Entry host = visitor == null ? null : ReferredPair.onlyHomeBetween(s, window, both);
            if (host != null && (home == null || home.equals(host))) {
                // X市市长率团访问中山。…双方签署《友好合作备忘录》: the one foreign and the one Chinese place named
                lastHome = host;
                p = visitor;
            }
            if (named != null) {
                // 由江阴市和美国阿拉米达市共建…。2009年…,两市共结友好城市: the pair the article named last, joined by 和
                lastHome = s.home(named[0]);
                p = named[1];
            }
            if (!formed || p == null || (home != null && !home.equals(lastHome))) {
                return;
            }
            // placed at 两市, so that dates and evidence are read from this sentence
            foreign = new Mention(
                    both, wordEnd, p.type(), p.name(), p.place(), p.countryCode(), p.countryText(), p.bare());
            home = lastHome;
        }
        // 两市 refer back to a pair the article has named: the Chinese side already tied to this foreign place, before
        // a Chinese place the sentence passes through (经青岛抵达…); else the sentence's, else the article's own
        Gazetteer.Entry earlier = s.earlier.sideOf(foreign);
        if (earlier != null) {
            home = earlier;
        } else if (home == null) {
            home = s.r.subject('市');
        }
        Mention pair = new Mention(
                both, wordEnd, Mention.Type.SUBJECT, s.text.substring(both, wordEnd), null, "CN", null, true);
        s.tie(name(), home, pair, foreign, both);
    }
}
