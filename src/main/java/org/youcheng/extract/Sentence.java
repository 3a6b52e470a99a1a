package org.youcheng.extract;

import java.util.List;
import org.youcheng.common.PartialDate;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.TieKind;

/**
 * One sentence as the tie patterns see it: its bounds in the article, the places it names, its tie words, which
 * foreign places a pattern has already paired, and the one way every pattern records a tie ({@link #tie}): the kind
 * from the cue words of the clause, the date, the negation, the evidence.
 */
final class Sentence {

    /** How far after a pair its tie word may stand. */
    static final int AFTER = 30;
    /** A sentence longer than this (a run-on paragraph) gives the clauses of the tie as evidence, not itself. */
    private static final int LONGEST_EVIDENCE = 240;
    /** How many characters may stand between the Chinese place and 与 (于次年, 在2011年10月, 现在已经). */
    private static final int BEFORE_CONNECTOR = 16;
    /** How many characters may stand between 与 and the foreign place (友好合作城市, 国际). */
    private static final int TITLE = 8;
    /** How far after a tie word its noun phrase's copula may stand (友好城市(省州)分别为). */
    private static final int COPULA_REACH = 10;
    /** Words that make an enumeration the predicate of the noun phrase before them. */
    private static final String[] COPULAS = {"分别为", "分别是", "依次为", "依次是", "包括", "为", "是"};
    /** Words that deny the tie written after them in the clause (未与中国建立…, 尚未缔结). */
    private static final String[] NEGATIONS = {"未", "没有", "并非", "不是", "尚无", "无意"};

    final Reading r;
    final String text;
    final int from;
    final int to;
    final List<Mention> ms;
    final List<KindWords.Hit> words;
    final boolean[] paired;
    private final Gazetteer.Entry[] homes;
    private final boolean[] homesRead;
    private final KindWords kinds;
    private final MentionScanner scanner;
    private final List<TieFinder.Found> out;
    /** Reads partner names and lists in this sentence. */
    final Partners partners;

    Sentence(Reading r, int from, int to, List<Mention> ms, List<KindWords.Hit> words, KindWords kinds,
             MentionScanner scanner, List<TieFinder.Found> out) {
        this.r = r;
        this.text = r.text;
        this.from = from;
        this.to = to;
        this.ms = ms;
        this.words = words;
        this.paired = new boolean[ms.size()];
        this.homes = new Gazetteer.Entry[ms.size()];
        this.homesRead = new boolean[ms.size()];
        this.kinds = kinds;
        this.scanner = scanner;
        this.out = out;
        this.partners = new Partners(this, scanner);
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
        for (int k = 0; k < ms.size(); k++) {
            if (ms.get(k) == m) {
                return home(k);
            }
        }
        return m.domestic() && !organisationAfter(m.end()) ? r.domestic(m) : null;
    }

    /** {@link #home(Mention)} of the k-th mention, worked out once per sentence. */
    Gazetteer.Entry home(int k) {
        if (!homesRead[k]) {
            Mention m = ms.get(k);
            homes[k] = m.domestic() && !organisationAfter(m.end()) ? r.domestic(m) : null;
            homesRead[k] = true;
        }
        return homes[k];
    }

    void tie(TiePattern p, Gazetteer.Entry home, Mention d, Mention f) {
        tie(p.name(), home, d, f, Math.min(d.start(), f.start()));
    }

    /**
     * Records a tie between a Chinese place and a foreign one if the sentence states it: a tie word after the pair
     * (within {@link #AFTER}), else one inside it or in a heading before a colon; none, a negation before that word,
     * or a Chinese partner: nothing. Intention words turn the kind into an intent.
     */
    boolean tie(String pattern, Gazetteer.Entry home, Mention d, Mention f, int pairStart) {
        if (home == null || "CN".equals(f.countryCode())) {
            return false;
        }
        int pairEnd = Math.max(d.end(), skipBrackets(f.end()));
        KindWords.Hit word = null;
        boolean after = false;
        int reach = -1;
        for (KindWords.Hit w : words) {
            if (w.start() >= pairEnd && w.start() - pairEnd > AFTER && reach < 0) {
                reach = enumerationEnd(pairEnd, w.start());
            }
            if (w.start() >= pairEnd && w.start() - Math.max(pairEnd, reach) <= AFTER) {
                word = w;
                after = true;
                break;
            }
        }
        if (word == null) {
            for (KindWords.Hit w : words) {
                boolean inside = w.start() >= pairStart && w.end() <= pairEnd;
                boolean heading = w.end() <= pairStart
                        && (colonBetween(w.end(), pairStart) || enumeratedAfter(w.end(), pairStart));
                if (inside || heading) {
                    word = w;
                }
            }
        }
        if (word == null || negated(Math.min(pairStart, d.start()), word.start())) {
            return false;
        }
        TieKind kind = word.kind();
        if (after && kind != TieKind.INTENT && kinds.intentBetween(text, pairEnd, word.start())) {
            kind = TieKind.INTENT;
        }
        if (after && kind != TieKind.INTENT && d.end() < f.start() && future(d.end(), f.start())) {
            kind = TieKind.INTENT; // A将与B签署…协议: a plan stated before the act, not a tie yet
        }
        if (kind != TieKind.INTENT && d.end() < f.start() && kinds.intentBetween(text, d.end(), f.start())) {
            kind = TieKind.INTENT; // A拟与B…, A计划同B…: the intention written before the connector
        }
        if (kind != TieKind.INTENT && kinds.intentBetween(text, clauseStart(pairStart, from), pairStart)) {
            kind = TieKind.INTENT; // 推动A与B缔结…, 促进两市结好: a goal, not a tie
        }
        int wordEnd = after ? clauseEnd(word.end()) : pairEnd;
        add(pattern, home, f, kind, word.generic() && kind != TieKind.INTENT, signed(f, pairStart, pairEnd),
                pairStart, wordEnd);
        return true;
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

    /** The last tie read before this sentence, if it ends at most {@code reach} characters before it; else null. */
    TieFinder.Found lastTieBefore(int reach) {
        TieFinder.Found last = null;
        for (TieFinder.Found f : out) {
            if (f.start() < from && (last == null || f.start() >= last.start())) {
                last = f;
            }
        }
        return last != null && from - last.end() <= reach ? last : null;
    }

    /** Whether a tie with this foreign place (or a name that overlaps it) has been recorded in this sentence. */
    boolean recorded(Mention f) {
        for (TieFinder.Found found : out) {
            Mention p = found.partner();
            if (found.start() <= f.start() && f.start() < found.end() && p.start() < f.end() && f.start() < p.end()) {
                return true;
            }
        }
        return false;
    }

    /** Records a tie whose kind a pattern has read itself (a heading over a list or a table). */
    void add(String pattern, Gazetteer.Entry home, Mention f, TieKind kind, boolean generic, PartialDate signed,
             int spanStart, int spanEnd) {
        if (home == null || "CN".equals(f.countryCode())) {
            return;
        }
        int start = from;
        int end = to;
        while (start < end && ChineseText.space(text.charAt(start))) {
            start++;
        }
        while (end > start && ChineseText.space(text.charAt(end - 1))) {
            end--;
        }
        if (end - start > LONGEST_EVIDENCE) {
            start = Math.max(from, spanStart);
            while (start > from && !ChineseText.clauseEnd(text.charAt(start - 1))) {
                start--;
            }
            end = Math.max(spanEnd, start);
        }
        out.add(new TieFinder.Found(home, f, kind, generic, signed, start, end, pattern));
    }

    /**
     * The end of an enumeration that goes on after a pair (A与B、C与D、E与F等签署…): over places, brackets and the
     * words that join items (、 和 及 与 以及, commas), up to {@code limit}; the pair's end when nothing follows.
     */
    int enumerationEnd(int pairEnd, int limit) {
        int at = pairEnd;
        for (Mention m : ms) {
            if (m.end() <= at) {
                continue;
            }
            if (m.start() < at || m.end() > limit || !joiner(at, m.start())) {
                break;
            }
            at = skipBrackets(m.end());
        }
        return at;
    }

    /** Nothing but spaces and the words that join the items of an enumeration between two positions. */
    private boolean joiner(int a, int b) {
        String between = text.substring(a, b).strip();
        return between.isEmpty() || between.equals("、") || between.equals("和") || between.equals("及")
                || between.equals("以及") || between.equals("与") || between.equals("同") || between.equals("，")
                || between.equals(",");
    }

    /** A negation (未, 没有, 并非) between the start of the pair's clause and its tie word. */
    boolean negated(int pairStart, int wordStart) {
        int cs = pairStart;
        while (cs > from && !ChineseText.clauseEnd(text.charAt(cs - 1))) {
            cs--;
        }
        for (int i = cs; i < wordStart; i++) {
            for (String n : NEGATIONS) {
                if (text.startsWith(n, i) && !text.startsWith("未来", i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The signing date: in brackets after the partner, inside the pair, an anniversary after it, a date before it in the sentence, or one after it in its clause. */
    PartialDate signed(Mention f, int pairStart, int pairEnd) {
        for (DateReader.Dated d : r.dates) {
            if (d.start() >= f.end() && d.end() <= pairEnd) {
                return d.date();
            }
        }
        for (DateReader.Dated d : r.dates) {
            if (d.start() >= pairStart && d.end() <= f.start()) {
                return d.date();
            }
        }
        PartialDate anniversary = DateReader.anniversary(text, pairEnd, Math.min(to, pairEnd + AFTER), r.date);
        if (anniversary != null) {
            return anniversary;
        }
        DateReader.Dated before = dateBefore(pairStart);
        if (before != null) {
            return before.date();
        }
        int clause = clauseEnd(pairEnd);
        for (DateReader.Dated d : r.dates) {
            if (d.start() >= pairEnd && d.end() <= clause) {
                return d.date();
            }
        }
        return null;
    }

    /** A date written between two positions (a list item's own bracket), or null. */
    PartialDate dateIn(int a, int b) {
        for (DateReader.Dated d : r.dates) {
            if (d.start() >= a && d.end() <= b) {
                return d.date();
            }
        }
        return null;
    }

    /** The nearest date before a pair in its sentence, with no foreign place between them. */
    private DateReader.Dated dateBefore(int pairStart) {
        DateReader.Dated best = null;
        for (DateReader.Dated d : r.dates) {
            if (d.start() >= from && d.end() <= pairStart) {
                best = d;
            }
        }
        if (best == null) {
            return null;
        }
        for (Mention m : ms) {
            if (m.start() >= best.end() && m.end() <= pairStart && m.foreign()) {
                return null;
            }
        }
        return best;
    }

    /** The first colon of the sentence, or -1. */
    int colon() {
        for (int i = from; i < to; i++) {
            if (ChineseText.colon(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * 新缔结的5对友好城市分别为A与B、C与D: a copula (分别为, 是, 包括) after the tie word's noun phrase makes an
     * enumeration of pairs its predicate, with no colon. True when only the rest of that phrase, the copula and the
     * earlier items of the enumeration (places and the words that join them) stand between the word and the pair.
     */
    boolean enumeratedAfter(int wordEnd, int pairStart) {
        int limit = Math.min(pairStart, wordEnd + COPULA_REACH);
        int copulaEnd = -1;
        for (int i = wordEnd; i < limit && copulaEnd < 0; i++) {
            if (ChineseText.clauseEnd(text.charAt(i))) {
                return false;
            }
            for (String c : COPULAS) {
                if (text.startsWith(c, i)) {
                    copulaEnd = i + c.length();
                    break;
                }
            }
        }
        if (copulaEnd < 0 || copulaEnd > pairStart) {
            return false;
        }
        int at = copulaEnd;
        for (Mention m : ms) {
            if (m.end() <= at) {
                continue;
            }
            if (m.start() >= pairStart) {
                break;
            }
            if (m.start() < at || !onlyJoiners(at, m.start())) {
                return false;
            }
            at = skipBrackets(m.end());
        }
        return at <= pairStart && onlyJoiners(at, pairStart);
    }

    /** Nothing but the marks and words that join the items of an enumeration of pairs between two positions. */
    private boolean onlyJoiners(int a, int b) {
        for (int i = a; i < b; i++) {
            if ("、，,；;与和同及 \t\n".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    boolean colonBetween(int a, int b) {
        for (int i = a; i < b; i++) {
            if (ChineseText.colon(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The position of 与 (和, 同, 跟) after a Chinese place, with no punctuation before it; -1 when none. */
    int connector(int at, int limit) {
        int end = Math.min(Math.min(limit, to), at + BEFORE_CONNECTOR);
        for (int i = at; i < end; i++) {
            char c = text.charAt(i);
            if ("与和同跟".indexOf(c) >= 0) {
                return i;
            }
            if (!ChineseText.han(c) && !ChineseText.digit(c) && !ChineseText.space(c)) {
                return -1;
            }
        }
        return -1;
    }

    /** What may stand between 与 and the partner: nothing, or a title such as 友好合作城市 or 国际. */
    boolean title(int a, int b) {
        if (b - a > TITLE || !plain(a, b)) {
            return false;
        }
        String t = text.substring(a, b);
        return t.isEmpty() || t.contains("友") || t.contains("城") || t.contains("国际") || t.contains("姐妹");
    }

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
        String between = text.substring(a, b).strip();
        return between.equals("、") || between.equals("和") || between.equals("及") || between.equals("以及")
                || between.equals("与") || between.equals("，") || between.equals(",");
    }

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

    /** 满洲里市市场监督管理局: a place name that begins the name of an office is not the place. */
    boolean organisationAfter(int at) {
        for (String w : ORGANISATIONS) {
            if (text.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] ORGANISATIONS = {"市场", "政府", "人民政府", "委员会", "党委", "人大", "政协", "局",
        "大学", "学院", "医院", "公司", "代表团", "外办", "外事", "日报", "电视台", "博物馆", "中学", "小学", "银行", "商会",
        "协会"};
}
