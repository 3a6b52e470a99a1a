package org.youcheng.extract.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.youcheng.registry.TieKind;

/**
 * Whether a sentence states a tie between a pair it names, and of which kind: the tie word after the pair (over an
 * enumeration that goes on after it), else inside it or in a heading over it; a negation before that word denies it;
 * {@link Intentions} make a tie of any kind an intent.
 */
final class TieWording {

    /** How far after a tie word its noun phrase's copula may stand (友好城市(省州)分别为). */
    private static final int COPULA_REACH = 10;
    /** Words that make an enumeration the predicate of the noun phrase before them. */
    private static final String[] COPULAS = {"分别为", "分别是", "依次为", "依次是", "包括", "为", "是"};
    /** The copulas that may begin a clause of their own after the noun phrase (友好城市，分别是A与B). */
    private static final String[] LIST_COPULAS =
            java.util.Arrays.stream(COPULAS).filter(c -> c.length() > 1).toArray(String[]::new);
    /** A count of pairs at the start of a clause (其他5对, 另外两对): the pairs of the tie word before it. */
    private static final Pattern PAIRS_AGAIN = Pattern.compile("\\s*(?:其他|其余|另外|另|其中)?[0-9一二三四五六七八九十两]+对");
    /** A date and a verb of ties before 的 that make the first pair after a copula a relative clause's head. */
    private static final Pattern MODIFIER =
            Pattern.compile("\\s*(?:(?:19|20)\\d{2}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?)?(?:正式)?(?:缔结|结好|建立|结为|签约|签署)的");
    /** Words that deny the tie written after them in the clause (未与中国建立…, 尚未缔结). */
    private static final String[] NEGATIONS = {"未", "没有", "并非", "不是", "尚无", "无意", "无一", "并无"};

    private static final String NEGATION_FIRST = "未没并不尚无";

    /**
     * A tie the sentence states: its kind, whether its word is a generic one, where the pair ends and where its
     * evidence in a run-on paragraph ends.
     */
    record Stated(TieKind kind, boolean generic, int pairEnd, int wordEnd) {}

    private final Sentence s;
    private final String text;
    private final Intentions intentions;

    TieWording(Sentence s, KindWords kinds) {
        this.s = s;
        this.text = s.text;
        this.intentions = new Intentions(s, kinds);
    }

    /** The tie stated between a Chinese mention and a foreign one whose pair begins at {@code pairStart}, or null. */
    Stated stated(Mention d, Mention f, int pairStart) {
        int pairEnd = Math.max(d.end(), s.skipBrackets(f.end()));
        KindWords.Hit word = null;
        boolean after = false;
        int reach = -1;
        for (KindWords.Hit w : s.words) {
            if (w.start() >= pairEnd && w.start() - pairEnd > Sentence.AFTER && reach < 0) {
                reach = enumerationEnd(pairEnd, w.start());
            }
            if (w.start() >= pairEnd
                    && w.start() - Math.max(pairEnd, reach) <= Sentence.AFTER
                    && !labelsLaterItems(w)) {
                word = w;
                after = true;
                break;
            }
        }
        if (word == null) {
            for (KindWords.Hit w : s.words) {
                boolean inside = w.start() >= pairStart && w.end() <= pairEnd;
                boolean heading = w.end() <= pairStart
                        && (ChineseText.colonIn(text, w.end(), pairStart) || enumeratedAfter(w.end(), pairStart));
                if (inside || heading) {
                    word = w;
                }
            }
        }
        after |= word == null && (word = TopicPair.word(s, pairEnd)) != null;
        // a negation before the word, or between a word written first and the partner (…友好城市统计表无一城市名为X)
        if (word == null
                || negated(Math.min(pairStart, d.start()), after ? word.start() : Math.max(word.start(), f.start()))) {
            return null;
        }
        // a subject left out (the foreign side alone): the sentence before it
        word = after && word.generic() ? GenericWord.specific(s, word, d == f ? s.from : pairStart, pairEnd) : word;
        TieKind kind = word.kind();
        if (word.anniversary()) {
            // the anniversary of a tie that is (期待与吉林省共同庆祝缔结友城35周年): no wish before it makes an intent
            int wordEnd = after ? s.clauseEnd(word.end()) : pairEnd;
            return new Stated(kind, word.generic(), pairEnd, wordEnd);
        }
        if (kind != TieKind.INTENT && intentions.intended(word, after, d, f, pairStart, pairEnd)) {
            kind = TieKind.INTENT;
        }
        int wordEnd = after ? s.clauseEnd(word.end()) : pairEnd;
        return new Stated(kind, word.generic() && kind != TieKind.INTENT, pairEnd, wordEnd);
    }

    /** The kind a heading over a list states: an intent when a word of intention stands before it in its clause. */
    TieKind headingKind(KindWords.Hit heading) {
        return intentions.beforeHeading(heading) ? TieKind.INTENT : heading.kind();
    }

    /**
     * A kind word that labels the items after it in the enumeration (与友好城市日本A市、澳大利亚B市及友好合作城市韩国C区): joined to
     * the item before it and followed at once by a foreign place, it is the kind of those items, not the predicate of
     * the pair before it.
     */
    private boolean labelsLaterItems(KindWords.Hit w) {
        Mention before = null;
        Mention next = null;
        for (Mention m : s.ms) {
            if (m.end() <= w.start()) {
                before = m;
            } else if (m.start() >= w.end()) {
                next = m;
                break;
            }
        }
        return before != null
                && next != null
                && next.foreign()
                && text.substring(w.end(), next.start()).isBlank()
                && ChineseText.joinsItems(text, s.skipBrackets(before.end()), w.start());
    }

    /**
     * The end of an enumeration that goes on after a pair (A与B、C与D、E与F等签署…): over places, brackets and the
     * words that join items (、 和 及 与 以及, commas), up to {@code limit}; the pair's end when nothing follows.
     */
    private int enumerationEnd(int pairEnd, int limit) {
        int at = pairEnd;
        for (Mention m : s.ms) {
            if (m.end() <= at) {
                continue;
            }
            if (m.start() < at || m.end() > limit || !(joiner(at, m.start()) || unplacedBetween(at, m.start()))) {
                break;
            }
            at = s.skipBrackets(m.end());
        }
        return at;
    }

    /** An item no scan found between two positions of an enumeration (泉州市与古晋南市、莆田市): joiners, a name, joiners. */
    private boolean unplacedBetween(int a, int b) {
        int k = a;
        while (k < b && (ChineseText.space(text.charAt(k)) || "、，,与和及".indexOf(text.charAt(k)) >= 0)) {
            k++;
        }
        if (k == a) {
            return false;
        }
        Mention u = s.partners.unplaced(k, s.ms.size());
        return u != null && u.end() <= b && joiner(u.end(), b);
    }

    /** Nothing but spaces and the words that join the items of an enumeration between two positions. */
    private boolean joiner(int a, int b) {
        return text.substring(a, b).isBlank() || ChineseText.joinsItems(text, a, b);
    }

    /** A negation (未, 没有, 并非) between the start of the pair's clause and its tie word. */
    boolean negated(int pairStart, int wordStart) {
        int cs = pairStart;
        while (cs > s.from && !ChineseText.clauseEnd(text.charAt(cs - 1))) {
            cs--;
        }
        for (int i = cs; i < wordStart; i++) {
            // 什未林 (Schwerin): the characters of a name deny nothing
            if (NEGATION_FIRST.indexOf(text.charAt(i)) >= 0
                    && ChineseText.startsWithAny(text, i, NEGATIONS)
                    && !text.startsWith("未来", i)
                    && !insideName(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean insideName(int i) {
        for (Mention m : s.ms) {
            if (m.start() <= i && i < m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * 新缔结的5对友好城市分别为A与B、C与D: a copula (分别为, 是, 包括) after the tie word's noun phrase makes an
     * enumeration of pairs its predicate, with no colon. True when only the rest of that phrase, the copula and the
     * earlier items of the enumeration (places and the words that join them) stand between the word and the pair.
     */
    private boolean enumeratedAfter(int wordEnd, int pairStart) {
        int limit = Math.min(pairStart, wordEnd + COPULA_REACH);
        int copulaEnd = -1;
        for (int i = wordEnd; i < limit && copulaEnd < 0; i++) {
            if (ChineseText.clauseEnd(text.charAt(i))) {
                // 新建友城关系6对，其他5对分别是A与B: a count of pairs begins the next clause and refers back to the word
                // …的9对中非友好城市，分别是A与B: or the next clause begins with a copula of a list
                Matcher again = PAIRS_AGAIN.matcher(text).region(i + 1, pairStart);
                boolean pairs = again.lookingAt();
                int next = pairs ? again.end() : ChineseText.afterSpaces(text, i + 1, pairStart);
                if (!pairs && !ChineseText.startsWithAny(text, next, LIST_COPULAS)) {
                    return false;
                }
                i = next - 1;
                limit = Math.min(pairStart, next + COPULA_REACH);
                continue;
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
        Matcher modifier = MODIFIER.matcher(text).region(copulaEnd, pairStart);
        int at = modifier.lookingAt() ? modifier.end() : copulaEnd; // 最新一对友城为2024年9月缔结的A与B
        for (Mention m : s.ms) {
            if (m.end() <= at) {
                continue;
            }
            if (m.start() >= pairStart) {
                break;
            }
            if (m.start() < at || !onlyJoiners(at, m.start())) {
                return false;
            }
            at = s.skipBrackets(m.end());
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
}
