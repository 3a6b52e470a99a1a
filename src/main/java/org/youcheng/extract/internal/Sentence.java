package org.youcheng.extract.internal;

import java.util.List;
import org.youcheng.common.PartialDate;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.TieKind;

/**
 * One sentence as the tie patterns see it: its bounds in the article, the places it names, its tie words, which
 * foreign places a pattern has already paired, the words between its places, and the one way every pattern records a
 * tie ({@link #tie}): the kind and negation from the cue words of the clause ({@link TieWording}), the date
 * ({@link SigningDates}), the evidence ({@link Evidence}).
 */
final class Sentence {

    /** How far after a pair its tie word may stand. */
    static final int AFTER = 30;
    /** How many characters may stand between the Chinese place and 与 (于次年, 在2011年10月, 现在已经). */
    private static final int BEFORE_CONNECTOR = 16;
    /** How many characters may stand between 与 and the foreign place (友好合作城市, 国际). */
    private static final int TITLE = 8;

    /** Continents a table's column or a count by continent names: never a partner. */
    private static final java.util.Set<String> CONTINENTS =
            java.util.Set.of("亚洲", "欧洲", "非洲", "美洲", "北美洲", "南美洲", "拉丁美洲", "中美洲", "大洋洲", "南极洲");

    final Reading r;
    final String text;
    final int from;
    final int to;
    final List<Mention> ms;
    final List<KindWords.Hit> words;
    final boolean[] paired;
    private final SentenceHomes homes;
    private final List<TieFinder.Found> out;
    /** The ties read so far in the article, as this sentence looks back on them. */
    final EarlierTies earlier;
    /** Reads partner names and lists in this sentence. */
    final Partners partners;
    /** Whether and how the sentence states a tie between a pair. */
    final TieWording wording;
    /** The signing dates of its ties. */
    final SigningDates dates;

    Sentence(
            Reading r,
            int from,
            int to,
            List<Mention> ms,
            List<KindWords.Hit> words,
            KindWords kinds,
            MentionScanner scanner,
            List<TieFinder.Found> out) {
        this.r = r;
        this.text = r.text;
        this.from = from;
        this.to = to;
        this.ms = ms;
        this.words = words;
        this.paired = new boolean[ms.size()];
        this.homes = new SentenceHomes(r, ms);
        this.out = out;
        this.earlier = new EarlierTies(out, from);
        this.partners = new Partners(this, scanner);
        this.wording = new TieWording(this, kinds);
        this.dates = new SigningDates(this);
    }

    Mention m(int k) {
        return ms.get(k);
    }

    int size() {
        return ms.size();
    }

    /** Whether the k-th mention is a foreign place not yet paired, written just before a Chinese place (B … A). */
    boolean foreignBeforeHome(int k) {
        return k + 1 < ms.size() && ms.get(k).foreign() && !paired[k] && home(k + 1) != null;
    }

    /** The Chinese place a domestic mention stands for, or null (an office such as 某某市政府, a short form unknown). */
    Gazetteer.Entry home(Mention m) {
        return homes.of(m);
    }

    /** {@link #home(Mention)} of the k-th mention, worked out once per sentence. */
    Gazetteer.Entry home(int k) {
        return homes.of(k);
    }

    void tie(TiePattern p, Gazetteer.Entry home, Mention d, Mention f) {
        tie(p.name(), home, d, f, Math.min(d.start(), f.start()));
    }

    /**
     * Records a tie between a Chinese place and a foreign one if the sentence states it (see {@link TieWording}); a
     * Chinese partner: nothing.
     */
    boolean tie(String pattern, Gazetteer.Entry home, Mention d, Mention f, int pairStart) {
        if (home == null
                || "CN".equals(f.countryCode())
                || Alternatives.either(this, d)
                || Alternatives.either(this, f)) {
            return false;
        }
        TieWording.Stated stated = wording.stated(d, f, pairStart);
        if (stated == null) {
            return false;
        }
        add(
                pattern,
                home,
                f,
                stated.kind(),
                stated.generic(),
                dates.signed(f, pairStart, stated.pairEnd()),
                pairStart,
                stated.wordEnd());
        return true;
    }

    /** The index of the first Chinese place of a list that ends at mention {@code k} (A、B和C与…); {@code k} when none. */
    int chineseListStart(int k) {
        int first = k;
        while (first > 0 && home(first - 1) != null && listed(m(first - 1).end(), m(first).start())) {
            first--;
        }
        return first;
    }

    /** Records a tie whose kind a pattern has read itself (a heading over a list or a table). */
    void add(
            String pattern,
            Gazetteer.Entry home,
            Mention f,
            TieKind kind,
            boolean generic,
            PartialDate signed,
            int spanStart,
            int spanEnd) {
        if (home == null
                || "CN".equals(f.countryCode())
                || CONTINENTS.contains(f.name())
                || GenericNouns.worldRegion(f.name())
                || ChineseText.venue(text, f.start(), f.end())
                || Dateline.names(text, f)) { // 卫星通讯社莫斯科4月14日电: where the report was filed
            return;
        }
        Evidence e = Evidence.of(text, from, to, spanStart, spanEnd);
        out.add(new TieFinder.Found(home, f, kind, generic, signed, e.start(), e.end(), pattern));
    }

    /** The first colon of the sentence, or -1; not one after a language's name (葡萄牙语:Cidade geminada, a term). */
    int colon() {
        for (int i = from; i < to; i++) {
            if (ChineseText.colon(text.charAt(i)) && (i == from || "语文".indexOf(text.charAt(i - 1)) < 0)) {
                return i;
            }
        }
        return -1;
    }

    /** The position of 与 (和, 同, 跟) after a Chinese place, with no punctuation before it; -1 when none. */
    int connector(int at, int limit) {
        int end = Math.min(Math.min(limit, to), at + BEFORE_CONNECTOR);
        for (int i = at; i < end; i++) {
            char c = text.charAt(i);
            if ("与和同跟".indexOf(c) >= 0) {
                return i;
            }
            // words may stand before the connector, a quoted one too (以“云签约”形式先后与…)
            if (!ChineseText.han(c) && !ChineseText.digit(c) && !ChineseText.space(c) && QUOTES.indexOf(c) < 0) {
                return -1;
            }
        }
        return -1;
    }

    private static final String QUOTES = "“”‘’\"《》「」";

    /** What may stand between 与 and the partner: nothing, a title such as 友好合作城市 or 国际, or 来访的. */
    boolean title(int a, int b) {
        if (b - a > TITLE || !plain(a, b)) {
            return false;
        }
        String t = text.substring(a, b);
        return t.isEmpty() || ChineseText.containsAny(t, TITLE_WORDS) || VISITING.contains(t);
    }

    private static final String[] TITLE_WORDS = {"友", "城", "国际", "姐妹"};
    /** 与来访的韩国X市市长…签署: the visitor is the partner. */
    private static final java.util.Set<String> VISITING = java.util.Set.of("来访的", "到访的");

    /** No punctuation between two positions. */
    boolean plain(int a, int b) {
        for (int i = a; i < b; i++) {
            char c = text.charAt(i);
            if (!ChineseText.han(c) && !ChineseText.space(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the next item of a list follows: 、 和 及 以及 与, or a comma, between two places. */
    boolean listed(int a, int b) {
        if (a > b) {
            return false;
        }
        return LIST_JOINERS.contains(text.substring(a, b).strip());
    }

    private static final java.util.Set<String> LIST_JOINERS = java.util.Set.of("、", "和", "及", "以及", "与", "，", ",");

    /** After a bracket that opens here (a date, pinyin, a gloss), else here. */
    int skipBrackets(int at) {
        if (at < to && ChineseText.openParen(text.charAt(at))) {
            int depth = 0;
            for (int i = at; i < to; i++) {
                char c = text.charAt(i);
                if (ChineseText.openParen(c)) {
                    depth++;
                } else if (ChineseText.closeParen(c) && --depth == 0) {
                    return i + 1;
                }
            }
        }
        return at;
    }

    int clauseEnd(int at) {
        int i = at;
        while (i < to && !ChineseText.clauseEnd(text.charAt(i))) {
            i++;
        }
        return i;
    }

    int clauseStart(int at, int floor) {
        int i = at;
        while (i > floor && !ChineseText.clauseEnd(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
