package org.youcheng.extract.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.youcheng.registry.Gazetteer;

/**
 * A Chinese place named by its tie in a sentence about a foreign place (日本X市联合…,向友好城市洛阳捐赠; X市向其友好城市
 * 大连捐赠; 友好城市中国温州市向X市送来…): the tie word right before the Chinese place, the foreign side the sentence's
 * subject — its first place, foreign, with no other Chinese place before the word — or, when the word opens the
 * sentence, the one foreign place written after, or, in a sentence that names no foreign place and none before the
 * word, the foreign place the article is about ({@link ForeignTopic}). The foreign press writes its partners so.
 */
final class ForeignOwnerPattern extends NamedPattern {

    /** The longest text before the foreign subject in its sentence (日本, 据报道,). */
    private static final int BEFORE_SUBJECT = 10;

    ForeignOwnerPattern() {
        super("foreign-owner", "外方友城称谓");
    }

    @Override
    public void read(Sentence s) {
        for (KindWords.Hit w : s.words) {
            if (!w.titles()) {
                continue;
            }
            int k = 0;
            while (k < s.size() && s.m(k).start() < w.end()) {
                k++;
            }
            if (k < s.size() && s.m(k).type() == Mention.Type.COUNTRY && "CN".equals(s.m(k).countryCode())) {
                k++; // 友好城市中国温州市
            }
            if (listedBefore(s, w) || listedAfter(s, w, k) || infoboxRow(s, w, k)) {
                continue;
            }
            if (k >= s.size() || s.m(k).start() > w.end() + 2 || s.home(k) == null || s.paired[k]) {
                continue;
            }
            Mention owner = subject(s, w.start());
            if (owner == null) {
                owner = onlyForeignAfter(s, k);
            }
            if (owner == null && k == firstPlace(s) && !Mention.anyForeign(s.ms)) {
                owner = s.r.foreignTopic(); // 岸本知事向来重视与友好省县山东省的交流: the article's foreign place speaks
            }
            if (owner == null || s.wording.negated(w.start(), w.start())) {
                continue;
            }
            Gazetteer.Entry home = s.home(k);
            s.paired[k] = true;
            int end = s.clauseEnd(s.m(k).end());
            s.add(name(), home, owner, w.kind(), true, s.dates.signed(owner, w.start(), end), s.from, end);
        }
    }

    /**
     * Chinese places listed and called partners after 等 (武汉市、济南市等友好城市也提供了口罩) in a sentence that names
     * no foreign place, in an article about one ({@link ForeignTopic}): each is its partner. Whether the word was read.
     */
    private boolean listedBefore(Sentence s, KindWords.Hit w) {
        int last = -1;
        for (int k = 0; k < s.size() && s.m(k).end() < w.start(); k++) {
            last = k;
        }
        if (last < 0
                || s.m(last).end() + 1 != w.start()
                || s.text.charAt(s.m(last).end()) != '等') {
            return false;
        }
        int first = s.chineseListStart(last);
        Mention topic = s.home(last) == null || Mention.anyForeign(s.ms) ? null : s.r.foreignTopic();
        if (topic == null || s.wording.negated(w.start(), w.start())) {
            return false;
        }
        int end = s.clauseEnd(w.end());
        for (int k = first; k <= last; k++) {
            partnerOf(s, k, topic, w.kind(), true, null, s.m(first).start(), end);
        }
        return true;
    }

    /** The index of the sentence's first place that is no country. */
    private static int firstPlace(Sentence s) {
        int k = 0;
        while (k < s.size() && s.m(k).type() == Mention.Type.COUNTRY) {
            k++;
        }
        return k;
    }

    /** After a tie word, a copula that opens the list of the partners (…结为友好城市,分别为A、B和C). */
    private static final Pattern COPULA = Pattern.compile("[^。；;]{0,24}?[,，]?(?:分别为|分别是|分别有|依次为|包括|即)[:：]?");

    /**
     * The partners of the sentence's foreign subject listed after a copula (悉尼与六个城市结为友好城市,分别为旧金山、名古屋、
     * 广州和佛罗伦萨): each Chinese place of the list is its partner. Whether the word was read.
     */
    private boolean listedAfter(Sentence s, KindWords.Hit w, int k) {
        Matcher c = COPULA.matcher(s.text).region(w.end(), s.to);
        // the copula's first character stands at most 25 after the word: elsewhere the expression is not tried
        boolean copula = ChineseText.anyIn(s.text, "分依包即", w.end(), Math.min(s.to, w.end() + 26)) && c.lookingAt();
        Mention owner = k < s.size() && copula ? subject(s, w.start()) : null;
        if (owner == null || s.m(k).start() < c.end() || s.wording.negated(w.start(), w.start())) {
            return false;
        }
        for (int j = k; j < s.size(); j++) {
            Mention m = s.m(j);
            if (j > k && !s.listed(s.m(j - 1).end(), m.start())) {
                break;
            }
            partnerOf(s, j, owner, w.kind(), true, null, s.from, s.clauseEnd(m.end()));
        }
        return true;
    }

    /**
     * A row of a foreign place's page that opens with the tie word (友好城市 | 满洲里市 |, 友好城市沈阳市乌兰巴托…): the
     * Chinese places on the line are partners of the place the article is about. Whether the word was read.
     */
    private boolean infoboxRow(Sentence s, KindWords.Hit w, int k) {
        int ls = s.text.lastIndexOf('\n', w.start() - 1) + 1;
        if (ls < s.from
                || !s.text.substring(ls, w.start()).isBlank()
                        && !s.text.substring(ls, w.start()).strip().equals("|")) {
            return false;
        }
        int le = s.text.indexOf('\n', w.end());
        le = le < 0 || le > s.to ? s.to : le;
        if (s.text.substring(w.end(), le).matches(".*[，,。；;].*")) {
            return false; // prose, not a row of names
        }
        Mention topic = k < s.size() && s.m(k).start() < le ? s.r.foreignTopic() : null;
        if (topic == null) {
            return false;
        }
        for (int j = k; j < s.size() && s.m(j).end() <= le; j++) {
            partnerOf(s, j, topic, w.kind(), true, null, ls, le);
        }
        return true;
    }

    /**
     * The sentence's first place when it is foreign, near the start of its clause, and no Chinese place follows before
     * {@code at}; a dateline's place is where the report was filed (人民网东京3月17日电 据报道,日本福冈市…).
     */
    private static Mention subject(Sentence s, int at) {
        Mention first = null;
        for (int k = 0; k < s.size() && s.m(k).start() < at; k++) {
            Mention m = s.m(k);
            if (s.home(k) != null) {
                return null;
            }
            if (first == null && m.type() != Mention.Type.COUNTRY && !Dateline.names(s.text, m)) {
                if (!m.foreign() || m.start() - s.clauseStart(m.start(), s.from) > BEFORE_SUBJECT) {
                    return null;
                }
                first = m;
            }
        }
        return first;
    }

    /** With nothing before the word: the one foreign place the sentence writes after the Chinese one, and no other. */
    private static Mention onlyForeignAfter(Sentence s, int k) {
        Mention found = null;
        for (int j = 0; j < s.size(); j++) {
            Mention m = s.m(j);
            if (j < k && m.type() != Mention.Type.COUNTRY) {
                return null;
            }
            if (j > k && (s.home(j) != null || m.foreign() && found != null)) {
                return null;
            }
            if (j > k && m.foreign()) {
                found = m;
            }
        }
        return found;
    }
}
