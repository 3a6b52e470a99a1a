package org.youcheng.extract.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.youcheng.common.PartialDate;
import org.youcheng.extract.ArticleFacts;
import org.youcheng.extract.ExtractedTie;
import org.youcheng.extract.ExtractedTotal;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Names;
import org.youcheng.registry.PlaceResolver;

/**
 * Reads articles into ties and totals with their evidence, for {@link org.youcheng.extract.Extractor}: mentions, then
 * the tie patterns and the totals, then one tie per pair of places. Safe to use from many threads.
 */
public final class ArticleReader {

    private final MentionScanner scanner;
    private final TieFinder ties;
    private final TotalFinder totals;
    private final PlaceResolver resolver;
    private final Map<String, String> countryNames;

    /**
     * @param gazetteer    every place and country name of the registry
     * @param countryNames Chinese name of each country by code, for a partner written without its country (旧金山市)
     */
    public ArticleReader(Gazetteer gazetteer, Map<String, String> countryNames) {
        PlaceLexicon lexicon = new PlaceLexicon(gazetteer);
        KindWords kinds = new KindWords();
        this.scanner = new MentionScanner(lexicon);
        this.ties = new TieFinder(kinds, scanner);
        this.totals = new TotalFinder(kinds);
        this.resolver = new PlaceResolver(gazetteer);
        this.countryNames = Map.copyOf(countryNames);
    }

    /** The resolver over the same gazetteer, for names a reviewer types. */
    public PlaceResolver resolver() {
        return resolver;
    }

    public ArticleFacts extract(String source, String text) {
        Reading r = new Reading(text, source, scanner);
        return new ArticleFacts(source, relations(r), totals(r));
    }

    /**
     * One tie per pair of places (a partner written with and without its region is one): when an article states a
     * pair several times, a specific word (友好合作城市) wins over a generic one (结好), then a formal tie over a looser
     * one over an intention, then a statement with a date; the body's specific word over the title's; the fuller of
     * the names is kept.
     */
    private List<ExtractedTie> relations(Reading r) {
        List<TieFinder.Found> kept = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (TieFinder.Found f : ties.find(r)) {
            String key = ScoreRules.norm(f.partner().name(), "");
            int same = -1;
            for (int i = 0; i < kept.size() && same < 0; i++) {
                if (kept.get(i).domestic().id() == f.domestic().id()
                        && (ScoreRules.same(keys.get(i), key)
                                        && !twoLevels(kept.get(i).partner(), f.partner())
                                || abbreviated(kept.get(i).partner(), f.partner())
                                || StateShort.of(
                                        kept.get(i).partner().name(),
                                        f.partner().name())
                                || regionOnly(kept.get(i).partner(), f.partner()))) {
                    same = i;
                }
            }
            if (same < 0) {
                kept.add(f);
                keys.add(key);
                continue;
            }
            kept.set(same, merged(f, kept.get(same), r.titleEnd));
            keys.set(same, ScoreRules.norm(kept.get(same).partner().name(), ""));
        }
        // 全罗北道 read before 全罗北道扶安郡 was known in full: the region alone is the same tie
        for (int i = kept.size() - 1; i >= 0; i--) {
            for (int j = 0; j < kept.size(); j++) {
                TieFinder.Found a = kept.get(i);
                TieFinder.Found b = kept.get(j);
                if (i != j
                        && a.domestic().id() == b.domestic().id()
                        && a.partner().name().length() < b.partner().name().length()
                        && regionOnly(a.partner(), b.partner())) {
                    kept.set(j, merged(a, b, r.titleEnd));
                    kept.remove(i);
                    break;
                }
            }
        }
        return kept.stream().map(f -> tie(r, f)).toList();
    }

    /** One statement of a pair from two: the better one's kind and evidence, the fuller name, a date if either has one. */
    private static TieFinder.Found merged(TieFinder.Found f, TieFinder.Found before, int titleEnd) {
        TieFinder.Found winner = better(f, before) ? f : before;
        boolean fTitle = f.start() < titleEnd;
        if (fTitle != before.start() < titleEnd) {
            // a headline compresses (…结为友好城市 over a letter of intent): the body's specific word names the kind
            TieFinder.Found body = fTitle ? before : f;
            winner = body.generic() ? winner : body;
        }
        // the fuller name of the two (莫吉廖夫州博布鲁伊斯克市 over 博布鲁伊斯克市) names the partner
        TieFinder.Found fuller =
                f.partner().name().length() > before.partner().name().length() ? f : before;
        return new TieFinder.Found(
                winner.domestic(),
                fuller.partner(),
                winner.kind(),
                winner.generic(),
                winner.signed() != null ? winner.signed() : fuller.signed(),
                winner.start(),
                winner.end(),
                winner.pattern());
    }

    /**
     * 大阪市 and 大阪府 in one list: one name written with two levels' suffixes, two known places, two ties.
     */
    private static boolean twoLevels(Mention a, Mention b) {
        String x = a.name();
        String y = b.name();
        return a.place() != null
                && b.place() != null
                && a.place().id() != b.place().id()
                && a.place().level() != b.place().level()
                && x.length() == y.length()
                && x.regionMatches(0, y, 0, x.length() - 1)
                && x.charAt(x.length() - 1) != y.charAt(y.length() - 1)
                && PlaceLexicon.endsWithSuffix(x, 0, x.length())
                && PlaceLexicon.endsWithSuffix(y, 0, y.length());
    }

    /**
     * 光州广域市南区 and later 南区: a foreign place written once with its region and then by its last part alone, in
     * the same country or with none written.
     */
    private static boolean abbreviated(Mention a, Mention b) {
        Mention longer = a.name().length() >= b.name().length() ? a : b;
        Mention shorter = longer == a ? b : a;
        return shorter.name().length() >= 2
                && longer.name().endsWith(shorter.name())
                && (shorter.countryCode() == null
                        || longer.countryCode() == null
                        || shorter.countryCode().equals(longer.countryCode()));
    }

    /**
     * 首尔 in a headline and 首尔市衿川区 in the body, 全罗北道 cut short and 全罗北道扶安郡: one name begins the other and
     * the longer goes on by a place of its own (two characters or more), in the same country or with none written.
     */
    private static boolean regionOnly(Mention a, Mention b) {
        Mention longer = a.name().length() >= b.name().length() ? a : b;
        Mention shorter = longer == a ? b : a;
        return shorter.name().length() >= 2
                && longer.name().length() - shorter.name().length() >= 2
                && longer.name().startsWith(shorter.name())
                && (shorter.countryCode() == null
                        || longer.countryCode() == null
                        || shorter.countryCode().equals(longer.countryCode()));
    }

    private static boolean better(TieFinder.Found f, TieFinder.Found than) {
        if (f.generic() != than.generic()) {
            return !f.generic();
        }
        if (f.kind() != than.kind()) {
            return f.kind().ordinal() < than.kind().ordinal();
        }
        return than.signed() == null && f.signed() != null;
    }

    private ExtractedTie tie(Reading r, TieFinder.Found f) {
        Mention p = f.partner();
        String country = p.countryText() != null
                ? p.countryText()
                : p.countryCode() == null ? null : countryNames.get(p.countryCode());
        // the scan has already looked every name up in the gazetteer: the place it found, in the partner's country
        Long partnerId = p.place() != null
                        && !"CN".equals(p.place().country())
                        && (p.countryCode() == null
                                || p.countryCode().equals(p.place().country()))
                ? p.place().id()
                : null;
        PartialDate signed = f.signed();
        return new ExtractedTie(
                r.written(f.domestic()),
                f.domestic().level().code(),
                WrittenName.of(r, p),
                country,
                f.kind().code(),
                signed == null ? null : signed.toString(),
                r.quote(f.start(), f.end()),
                r.inputStart(f.start()),
                r.inputEnd(f.end()),
                f.domestic().id(),
                partnerId,
                f.pattern());
    }

    private List<ExtractedTotal> totals(Reading r) {
        Map<String, ExtractedTotal> seen = new LinkedHashMap<>();
        for (TotalFinder.Found f : totals.find(r)) {
            ExtractedTotal t = new ExtractedTotal(
                    writtenIn(r, f.place(), f.start(), f.end()),
                    f.sister(),
                    f.partner(),
                    f.allPartners(),
                    f.countries(),
                    f.asOf(),
                    r.quote(f.start(), f.end()),
                    r.inputStart(f.start()),
                    r.inputEnd(f.end()),
                    f.place().id());
            String key = t.place() + "|" + t.sister() + "|" + t.partner() + "|" + t.allPartners();
            ExtractedTotal before = seen.get(key);
            if (before == null || (before.countries() == null && t.countries() != null)) {
                seen.put(key, t); // a total stated twice: the statement that also counts the countries
            }
        }
        return new ArrayList<>(seen.values());
    }

    /**
     * The place of a total as its own statement writes it with a suffix (红河州 in 红河州在国际上缔结的7对友城关系, where
     * the article also writes 红河哈尼族彝族自治州), else as the article writes it.
     */
    private static String writtenIn(Reading r, Gazetteer.Entry place, int from, int to) {
        for (Mention m : r.mentions) {
            if (m.start() >= from
                    && m.end() <= to
                    && m.type() == Mention.Type.CHINESE
                    && m.place().id() == place.id()
                    && m.name().indexOf('的') < 0
                    && !Names.zhSuffix(m.name()).isEmpty()) {
                return m.name();
            }
        }
        return r.written(place);
    }
}
