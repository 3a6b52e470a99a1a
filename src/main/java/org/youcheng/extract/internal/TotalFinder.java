package org.youcheng.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.youcheng.registry.Gazetteer;

/**
 * Finds totals of partner places: a count whose noun is a partner place — "已与27个国家41个城市结为友好城市",
 * "现有国际友好城市9个", "建立友城86对", "第18个友好交流城市", "友好城市和友好交流城市共48个". A count of anything
 * else (企业, 项目, 人次, 个月, 家) is no total, nor a count in a clause without a tie word; what a clause counts, and of
 * which kind, is read by {@link PartnerCounts}. A part of a total (after 其中, by continent or level), a count over a
 * period and a count that the country or a foreign place states are not totals. The place is the Chinese place of the
 * clause, else of the sentence before it, else the one the article names most (a province's report that names its
 * capital too counts the province's); the totals hold as of the year after 截至, else the
 * article's year.
 */
final class TotalFinder {

    private static final Pattern AS_OF = Pattern.compile("(?:截[至止](?:到)?|(?<!\\p{IsHan})至)((?:19|20)\\d{2})年");

    private final PartnerCounts counts;
    private final KindWords kinds;
    private final RespectiveCounts respective;
    private final NationalBreakdown breakdown;

    TotalFinder(KindWords kinds) {
        this.counts = new PartnerCounts(kinds);
        this.respective = new RespectiveCounts(kinds);
        this.breakdown = new NationalBreakdown(kinds);
        this.kinds = kinds;
    }

    record Found(
            Gazetteer.Entry place,
            Integer sister,
            Integer partner,
            Integer allPartners,
            Integer countries,
            String asOf,
            int start,
            int end) {}

    List<Found> find(Reading r) {
        String s = r.text;
        List<Found> out = new ArrayList<>();
        int sentenceStart = 0;
        int sentenceOut = 0;
        boolean parts = false;
        java.util.Map<Long, Integer> paragraph = new java.util.HashMap<>();
        int paraFirst = 0;
        Gazetteer.Entry sentencePlace = null;
        int clauseStart = 0;
        int mi = 0;
        int wordsTo = -1; // the end of the sentence that words was worked out for
        boolean words = false;
        for (int i = 0; i <= s.length(); i++) {
            if (i < s.length() && (!ChineseText.clauseEnd(s.charAt(i)) || ChineseNumerals.groupSeparator(s, i))) {
                continue;
            }
            Gazetteer.Entry clausePlace = null;
            boolean unsure = false; // 我省 in an article that names no province: whose total it is is unknown
            while (mi < r.mentions.size() && r.mentions.get(mi).end() <= i) {
                Mention m = r.mentions.get(mi++);
                unsure |= m.start() >= clauseStart && OwnPlace.unknown(r, m);
                if (m.start() >= clauseStart
                        && OwnPlace.of(r, m) != null
                        && clausePlace == null
                        && !Dateline.names(s, m)) {
                    clausePlace = r.domestic(m);
                }
            }
            Gazetteer.Entry place = clausePlace != null ? clausePlace : sentencePlace;
            parts |= ChineseText.leadsWith(s, clauseStart, i, "其中");
            Found f = null;
            if (wordsTo < i) { // the counts, kinds and wholes below each need a tie word in the sentence
                wordsTo = ChineseText.sentenceEndFrom(s, sentenceStart);
                words = TieWordList.mayStand(s, sentenceStart, wordsTo);
            }
            // a count is written in digits or numerals: a clause with neither states no total (most clauses)
            if (!unsure && words && ChineseNumerals.anyIn(s, clauseStart, i)) {
                RespectiveCounts.Counted national = parts ? breakdown.read(r, sentenceStart, clauseStart, i) : null;
                if (RespectiveCounts.writes(s, clauseStart, i)) {
                    out.addAll(respective(r, sentenceStart, clauseStart, i, place));
                } else if (national != null) {
                    out.add(found(r, national, sentenceStart, clauseStart, i));
                } else {
                    // the nation as the clause's subject, or as the sentence's when no place is named before
                    // (中国有30个省级行政区和444个城市，这些城市…与133个国家的…建立了友好城市关系)
                    f = clausePlace == null
                                    && (NationalSubject.speaks(s, clauseStart, i)
                                            || sentencePlace == null && NationalSubject.speaks(s, sentenceStart, i))
                            ? null
                            : clause(r, clauseStart, i, place, sentenceStart);
                }
            }
            // the clause without spaces around it, made only where a count may be read
            String lead = f != null || !unsure && out.size() > sentenceOut
                    ? s.substring(clauseStart, i).strip()
                    : null;
            if (f == null && !unsure && out.size() > sentenceOut) {
                f = WholeCount.after(lead, out.get(out.size() - 1), clauseStart, i);
            }
            boolean aPart = parts
                    && (f == null || !KindBreakdown.ofKind(r, clauseStart, i, f, out.subList(paraFirst, out.size())));
            if (f != null && !part(lead, f, aPart, paragraph) && !NotATotal.domesticListAfter(r, i)) {
                if (WholeCount.replaces(lead)) {
                    // …共缔结国际友好城市10座，总数达44座: the count before the whole, in its sentence, is what was added
                    long whole = f.place().id();
                    out.subList(sentenceOut, out.size()).removeIf(e -> e.place().id() == whole);
                }
                out.add(f);
                paragraph.merge(f.place().id(), largest(f), Math::max);
            }
            if (clausePlace != null) {
                sentencePlace = clausePlace;
            }
            if (i == s.length() || ChineseText.sentenceEnd(s.charAt(i))) {
                sentenceOut = out.size();
                sentenceStart = i + 1;
                sentencePlace = null;
                // 其中:亚非地区的友城35对;欧美地区的友城24对: the parts of a whole go on over semicolons
                parts &= i < s.length() && (s.charAt(i) == '；' || s.charAt(i) == ';');
                if (i == s.length() || s.charAt(i) == '\n') {
                    paragraph.clear();
                    paraFirst = out.size();
                }
            }
            clauseStart = i + 1;
        }
        return OrdinalHistory.without(s, out);
    }

    /** Continents a breakdown of a total names (亚洲有11个国家、41对友好城市). */
    private static final Pattern CONTINENT = Pattern.compile("亚洲|欧洲|非洲|美洲|大洋洲|拉美|澳洲");

    /**
     * A part of a total, not a total: a clause after 其中 in its sentence, a count by continent, a count of another
     * level than the place's (a province's 市级友城: its cities' ties), or a count by level after a larger total of the
     * same place in the same paragraph (…共建立64对友好城市关系。地级友好城市有29对).
     */
    private static boolean part(String clause, Found f, boolean afterQizhong, java.util.Map<Long, Integer> paragraph) {
        if (afterQizhong || CONTINENT.matcher(clause).find() || NotATotal.otherLevel(clause, f.place())) {
            return true;
        }
        Integer whole = paragraph.get(f.place().id());
        return whole != null
                && whole > largest(f)
                && NotATotal.TIE_LEVEL.matcher(clause).find();
    }

    private static int largest(Found f) {
        int n = 0;
        for (Integer v : new Integer[] {f.sister(), f.partner(), f.allPartners()}) {
            n = v != null ? Math.max(n, v) : n;
        }
        return n;
    }

    private Found clause(Reading r, int from, int to, Gazetteer.Entry place, int sentenceStart) {
        String s = r.text;
        if (to - from < 4) {
            return null;
        }
        PartnerCounts.Counts c = counts.read(r, from, to);
        if (c == null) {
            return null;
        }
        Integer sister = c.sister();
        Integer partner = c.partner();
        Integer all = c.all();
        int start = c.start();
        // a period earlier in the sentence (五年间，新增5对国际友城，) counts new ties; a clause that states the whole
        // (友城数量达到25对) is a total all the same, unless the period is its own
        int periodFrom = WholeCount.states(s.substring(from, to)) ? from : sentenceStart;
        if ((sister == null && partner == null && all == null) || NewTiesPeriod.in(s, periodFrom, to)) {
            return null;
        }
        if ((place == null && abroadOrNational(r, from, start)) || NotATotal.counts(r, from, start, to)) {
            return null;
        }
        if (future(s, from, to) || NationalSubject.twoCountries(r, sentenceStart, start)) {
            return null;
        }
        Gazetteer.Entry p = place != null ? place : r.mostNamed();
        if (p == null) {
            return null;
        }
        int evidence = ChineseText.afterSpaces(s, from, to);
        return new Found(p, sister, partner, all, c.countries(), asOf(r, sentenceStart, to), evidence, to);
    }

    /**
     * The totals of a clause with 分别: of each place named before it, or by kind of the clause's place. Counts by
     * kind after 其中 are the place's too (其中友好城市和友好交流城市分别为18个和30个).
     */
    private List<Found> respective(Reading r, int sentenceStart, int from, int to, Gazetteer.Entry place) {
        List<Found> out = new ArrayList<>();
        for (RespectiveCounts.Counted c : respective.read(r, sentenceStart, from, to)) {
            Gazetteer.Entry p = c.place() != null ? c.place() : place != null ? place : r.mostNamed();
            if (p != null && !future(r.text, from, to) && !NewTiesPeriod.in(r.text, sentenceStart, to)) {
                out.add(found(r, new RespectiveCounts.Counted(p, c.sister(), c.partner()), sentenceStart, from, to));
            }
        }
        return out;
    }

    /** A total of one place by kind; its evidence is the clause, or the sentence when the clause names no place. */
    private static Found found(Reading r, RespectiveCounts.Counted c, int sentenceStart, int from, int to) {
        boolean named = r.mentions.stream().anyMatch(m -> m.start() >= from && m.end() <= to && m.domestic());
        int start = ChineseText.afterSpaces(r.text, named ? from : sentenceStart, to);
        return new Found(c.place(), c.sister(), c.partner(), null, null, asOf(r, sentenceStart, to), start, to);
    }

    /** The year after 截至 in the sentence, else the article's year. */
    private static String asOf(Reading r, int sentenceStart, int to) {
        if (ChineseText.anyIn(r.text, "截至", sentenceStart, to)) { // every match has one
            Matcher a = AS_OF.matcher(r.text).region(sentenceStart, to);
            if (a.find()) {
                return a.group(1);
            }
        }
        return r.date != null ? String.valueOf(r.date.getYear()) : null;
    }

    /** 全国共有友好城市…, 日本X市已与中国12个城市…: before the count, the whole country or a foreign place speaks. */
    private static boolean abroadOrNational(Reading r, int from, int at) {
        if (NationalSubject.named(r.text, from, at)) {
            return true;
        }
        for (Mention m : r.mentions) {
            if (m.start() >= from && m.end() <= at && (m.foreign() || m.type() == Mention.Type.COUNTRY)) {
                return true;
            }
        }
        return false;
    }

    /** A plan in the clause (将达到57个, X、Y三座城市将和A成为…, 拟新增): what will be is no total yet. */
    private boolean future(String s, int from, int at) {
        return s.substring(from, at).contains("将") || kinds.intentBetween(s, from, at);
    }
}
