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
        List<Long> marks =
                new ArrayList<>(); // StatedTwice.mark of each kept statement: most pairs are told apart by it
        for (TieFinder.Found f : ties.find(r)) {
            String key = ScoreRules.norm(f.partner().name(), "");
            long mark = StatedTwice.mark(key, f.partner().name());
            int same = -1;
            for (int i = 0; i < kept.size() && same < 0; i++) {
                if (StatedTwice.may(marks.get(i), mark) && StatedTwice.same(kept.get(i), keys.get(i), f, key)) {
                    same = i;
                }
            }
            if (same < 0) {
                kept.add(f);
                keys.add(key);
                marks.add(mark);
                continue;
            }
            kept.set(same, StatedTwice.merged(f, kept.get(same), r.titleEnd));
            keys.set(same, ScoreRules.norm(kept.get(same).partner().name(), ""));
            marks.set(
                    same,
                    StatedTwice.mark(keys.get(same), kept.get(same).partner().name()));
        }
        // 全罗北道 read before 全罗北道扶安郡 was known in full: the region alone is the same tie
        for (int i = kept.size() - 1; i >= 0; i--) {
            for (int j = 0; j < kept.size(); j++) {
                TieFinder.Found a = kept.get(i);
                TieFinder.Found b = kept.get(j);
                if (i != j
                        && a.domestic().id() == b.domestic().id()
                        && a.partner().name().length() < b.partner().name().length()
                        && StatedTwice.regionOnly(a.partner(), b.partner())) {
                    kept.set(j, StatedTwice.merged(a, b, r.titleEnd));
                    kept.remove(i);
                    break;
                }
            }
        }
        return kept.stream().map(f -> tie(r, f)).toList();
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
