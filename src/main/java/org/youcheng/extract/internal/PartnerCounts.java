package org.youcheng.extract.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.youcheng.registry.TieKind;

/**
 * The counts of partner places one clause writes, by kind: a count whose noun is a partner place (已与27个国家41个城市结为
 * 友好城市, 现有国际友好城市9个, 建立友城86对, 友好城市和友好交流城市共48个), its kind the tie word it names or that names
 * it (a formal and a looser word together: all partners); 个国家 counts countries. Firsts, parts (与法国的第5对友城) and
 * counts of documents are passed over; an ordinal of a foreign place (X成为Y的第11座友好城市) makes the clause no total.
 */
final class PartnerCounts {

    /** A count: digits (not a group of a number written with separators, 1,499) or numerals, with a measure word. */
    private static final Pattern COUNT =
            Pattern.compile("(第)?((?<!\\d[,，])\\d{1,5}(?![,，]\\d{3})|[一二两三四五六七八九十百]{1,4})\\s*(?:余|多)?(个|座|对)?");

    /** Nouns of partner places a count may name (城市, 国外城市, 省州). */
    private static final Pattern PLACE_NOUN =
            Pattern.compile("(?:国际|国外|外国|境外|海外)?(?:城市|城区|省州|地方政府|省|州|地区|市|县|区|城)(?!级)");
    /** What joins two counts listed one after the other (89对友好省州、677对友好城市). */
    private static final Pattern LISTED = Pattern.compile("(?:关系)?\\s*(?:、|和|及|以及)\\s*");
    /** What may follow a tie word that a count names: the clause ends, or 关系/之一/中 (在厦门18个国际友城中,…). */
    private static final Pattern AFTER_WORD = Pattern.compile("(?:关系|之一|中)?[”\"」』]?(?:[,，。；;、:：)）\\s]|$)");
    /** Levels a breakdown of a total names (地级友好城市有29对). */
    static final Pattern LEVEL = Pattern.compile("[省市地县区州]级");
    /** What may stand between a tie word and the count that follows it (友好城市共9个, 友城总数达32个). */
    private static final Pattern COUNT_VERB =
            Pattern.compile("(?:关系)?的?(?:国外|外国|国际)?(?:城市|省州|地区)?(?:\\s|[(（]|现|共|共计|总数|数量|总量|数|已|已达|达|达到|有|计|为|"
                    + String.join("|", ChineseNumerals.APPROXIMATELY)
                    + "|" + WholeChange.FROM_COUNT + "|" + WholeChange.VERB + ")*");
    /** A tie word that names places (友城, 友好交流城市, 友好省州), not a document or a relation (友好合作协议). */
    private static final Pattern PLACE_WORD = Pattern.compile("(?:城市|友城|城区|省州|[省州县市区])$");

    /** What one clause counts: partners by kind, all partners, countries, and where the first count begins. */
    record Counts(Integer sister, Integer partner, Integer all, Integer countries, int start) {}

    private final KindWords kinds;

    PartnerCounts(KindWords kinds) {
        this.kinds = kinds;
    }

    /** The counts of the clause {@code [from, to)}, or null when it writes no tie word or counts for another place. */
    Counts read(Reading r, int from, int to) {
        String s = r.text;
        List<KindWords.Hit> words = kinds.find(s, from, to);
        boolean friendship = words.isEmpty() && TieWordList.friendship(s, from, to);
        if ((words.isEmpty() && !friendship)
                || (!words.isEmpty() && words.get(0).kind() == TieKind.INTENT)) {
            return null;
        }
        Integer[] byKind = new Integer[3];
        Integer all = null;
        Integer countries = null;
        int start = -1;
        int lastEnd = from, wordEnd = -1; // wordEnd: where the last count's tie word ends (89对友好省州|、677对…)
        Matcher m = COUNT.matcher(s).useTransparentBounds(true); // the separator before a group is seen
        for (int at = from; at < to; at++) {
            char c = s.charAt(at);
            // a hand-made first step: the expression is tried only where a count can begin
            if (!(ChineseText.digit(c) || c == '第' || ChineseNumerals.NUMERALS.indexOf(c) >= 0)
                    || (at > from && ChineseText.digit(s.charAt(at - 1)))
                    || !m.region(at, to).lookingAt()) {
                continue;
            }
            at = m.end() - 1;
            int n = ChineseNumerals.value(m.group(2));
            if (n < 0 || (m.group(3) == null && !ChineseText.digit(s.charAt(m.start(2))))) {
                continue; // 十分, 一些: a Chinese numeral without a measure word is no count
            }
            if (m.group(1) == null
                    && WholeChange.formerCount(
                            s, m.start(), m.start(2) + m.group(2).length(), to)) {
                continue; // 从35对增加到41对: the whole before it changed; the count after the verb is the total
            }
            if ((m.group(1) != null && n == 1)
                    || CountScope.part(r, from, m.start())
                    || (m.start() > from && "这那该此".indexOf(s.charAt(m.start() - 1)) >= 0)) {
                lastEnd = m.end();
                continue; // 第一个友城: a first, not a total; 与法国的第5对友城, 与东盟友城61对: a part of the whole
            }
            if (m.group(1) == null
                    && m.group(2).equals("两")
                    && (m.start() == from
                            || "与同和跟".indexOf(s.charAt(m.start() - 1)) < 0
                            || ChineseText.lastIndexIn(s, "两", Math.max(from, m.start() - 6), m.start() - 2) >= 0)) {
                lastEnd = m.end();
                // 两座城市2016年缔结为友好城市, 两个国家和两个城市建立…: the two sides of a tie, unless counted after 与
                continue; // (与两个城市结好)
            }
            if (m.group(1) == null && CountScope.placeJustNamed(r, from, m.start())) {
                lastEnd = m.end();
                continue; // 惠灵顿两座城市, X市、Y市三座城市: the places just named, counted again
            }
            if (m.group(1) != null && CountScope.foreignOwner(r, from, m.start())) {
                return null; // 哈尔滨成为摩尔曼斯克的第11座友好城市: the count is the foreign place's
            }
            int noun = m.end() < to && "“\"「『".indexOf(s.charAt(m.end())) >= 0 ? m.end() + 1 : m.end(); // 第七个“国际友城”
            if (LEVEL.matcher(s).region(noun, to).lookingAt()) {
                lastEnd = noun;
                continue; // 14对省级友城: the ties of one level, a part of the place's whole
            }
            if (s.startsWith("国家", noun) || countriesShort(m, s, noun)) {
                countries = countries == null ? n : countries;
                start = start < 0 ? m.start() : start;
                lastEnd = noun;
                continue;
            }
            TieKind kind = null;
            boolean both = false;
            KindWords.Hit named = wordAt(words, noun, s);
            Matcher p = PLACE_NOUN.matcher(s).region(noun, to);
            if (named != null) {
                kind = named.kind();
                // 702对友城和友好合作关系, 38个友好和友好交流城市: partners of every kind
                both = TieWordList.otherKindJoined(words, named, s)
                        || TieWordList.formalWithoutItsNoun(named, s)
                        || named.generic(); // 第40个缔盟城市: a word for any tie
            } else if (p.lookingAt()
                    && (m.group(3) != null || m.group(1) != null || countWithoutMeasure(s, m, lastEnd))) {
                KindWords.Hit after = TieWordList.firstAfter(words, p.end());
                if (after != null
                        && (after.start() == p.end() + 1 && s.charAt(p.end()) == '的'
                                || DOCUMENT.matcher(s.substring(after.start(), after.end()))
                                        .find())) {
                    // 两个城市的友好交流关系: the relation of the cities named; 与27个城市签署了友好交流备忘录: documents
                    lastEnd = noun;
                    continue;
                }
                KindWords.Hit before = after == null ? TieWordList.genericRightBefore(words, s, m.start()) : null;
                kind = after != null
                        ? after.kind()
                        : before != null ? before.kind() : friendship ? TieKind.SISTER : null;
                // 与66个国家的100个城市建立了友好关系, 累积缔盟52座国际城市: partners of every kind
                both = after == null && (friendship || before != null);
                // 缔结了友好城市和友好交流关系城市 (a formal and a looser word joined), 与116个城市结好 (a word for any tie)
                both |= after != null && (TieWordList.otherKindJoined(words, after, s) || after.generic());
            } else if ("对".equals(m.group(3)) && s.startsWith("友好关系", noun) && n > 1) {
                kind = TieKind.SISTER; // 缔结了112对友好关系: pairs of friendly relations, partners of every kind (最新的一对: one)
                both = true;
            } else if (m.group(3) != null
                    && AFTER_WORD.matcher(s).region(noun, to).lookingAt()) {
                // 友好城市9个, 友城86对, 友好城市和友好交流城市共48个: the words before the count name it
                List<KindWords.Hit> before = TieWordList.between(words, lastEnd, m.start());
                int friends = friendship ? s.lastIndexOf("友好关系", m.start()) : -1;
                if (before.isEmpty()
                        && friends >= lastEnd
                        && COUNT_VERB.matcher(s).region(friends + 2, m.start()).matches()) {
                    kind = TieKind.SISTER; // 建立友好关系的地区已有85个: partners of every kind
                    both = true;
                } else if (!before.isEmpty()
                        && COUNT_VERB
                                .matcher(s)
                                .region(before.get(before.size() - 1).end(), m.start())
                                .matches()) {
                    kind = before.get(before.size() - 1).kind();
                    // 建立各类友好城市关系47对: ties of every kind
                    both = s.startsWith("各类", before.get(before.size() - 1).start() - 2);
                    for (KindWords.Hit w : before) {
                        both |= w.kind() != kind && w.kind() != TieKind.INTENT
                                || TieWordList.formalWithoutItsNoun(w, s);
                    }
                }
            }
            lastEnd = noun;
            if (kind == null || kind == TieKind.INTENT) {
                continue;
            }
            if (both) {
                all = all == null ? n : all;
            } else if (byKind[kind.ordinal()] == null) {
                byKind[kind.ordinal()] = n;
            } else if (wordEnd >= 0
                    && LISTED.matcher(s.substring(wordEnd, m.start())).matches()) {
                // 89对友好省州、677对友好城市: the ties of one kind at two levels, listed, add up to the place's whole
                byKind[kind.ordinal()] += n;
            }
            wordEnd = named != null ? named.end() : -1;
            start = start < 0 ? m.start() : start;
        }
        return new Counts(byKind[TieKind.SISTER.ordinal()], byKind[TieKind.PARTNER.ordinal()], all, countries, start);
    }

    /** What may stand between a count and its tie word: 国际, 国外, 正式 (第五个正式国际友城). */
    private static final Pattern WORD_PREFIX = Pattern.compile("(?:正式)?(?:国际|国外)?");

    /** A tie word written at a count's noun (国际友城, 友好交流城市) and ending the clause or its part. */
    private static KindWords.Hit wordAt(List<KindWords.Hit> words, int noun, String s) {
        for (KindWords.Hit w : words) {
            int gap = w.start() - noun;
            if (gap >= 0
                    && gap <= 4
                    && (WORD_PREFIX.matcher(s).region(noun, w.start()).matches()
                            || LEVEL.matcher(s).region(noun, w.start()).matches())) {
                // 友好合作关系城市: a relation's word names places when 城市 follows it
                int end = s.startsWith("城市", w.end()) ? w.end() + 2 : w.end();
                if (end == w.end()
                        && !PLACE_WORD.matcher(s.substring(w.start(), w.end())).find()) {
                    return null;
                }
                KindWords.Hit joined =
                        TieWordList.otherKindJoined(words, w, s) ? TieWordList.nextAfter(words, w) : null;
                if (joined != null) {
                    end = joined.end(); // 友城和友好合作关系: the count names both words
                }
                Matcher nouns = JOINED_NOUN.matcher(s).region(end, s.length());
                if (joined == null && nouns.lookingAt()) {
                    end = nouns.end(); // 322对友好省州和城市: the places of two levels, one kind
                }
                return AFTER_WORD.matcher(s).region(end, s.length()).lookingAt() || s.startsWith("关系", end) ? w : null;
            }
        }
        return null;
    }

    /** 12国的16个城市: a count of countries written with 国 alone, before 的 or the next count. */
    private static boolean countriesShort(Matcher count, String s, int noun) {
        return count.group(3) == null
                && count.group(1) == null
                && noun + 1 < s.length()
                && s.charAt(noun) == '国'
                && (s.charAt(noun + 1) == '的' || Character.isDigit(s.charAt(noun + 1)));
    }

    /**
     * 与25国40城建立友好关系, 已与8市缔结: a count of places without a measure word, right after a count of countries or
     * after 与.
     */
    private static boolean countWithoutMeasure(String s, Matcher count, int lastEnd) {
        int at = count.start();
        return ChineseText.digit(s.charAt(at))
                && (at == lastEnd + 1 && s.charAt(lastEnd) == '国'
                        || at > 0 && "与同和".indexOf(s.charAt(at - 1)) >= 0 && "市城".indexOf(s.charAt(count.end())) >= 0);
    }

    /** Places of another level joined to a tie word, of its kind (友好省州和城市, 友好城市及地区). */
    private static final Pattern JOINED_NOUN = Pattern.compile("[和及与、](?:城市|省州|省市|地区|县市|市县)");

    /** A document, not places: what a count of cities that signed it counts is signings (备忘录, 协议, 意向书). */
    private static final Pattern DOCUMENT = Pattern.compile("(?:备忘录|协议|协议书|意向书)$");
}
