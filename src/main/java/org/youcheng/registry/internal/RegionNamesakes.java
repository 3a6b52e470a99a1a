package org.youcheng.registry.internal;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;
import org.youcheng.registry.ResolverNote;

/**
 * The places of a region written in front of a name that bear the Latin name of a namesake found elsewhere: the
 * Chinese name is filed under one place of a name many places share (朗维尤 is Longview, Texas), and the place of the
 * region the table means (Longview, Washington) is known by its Latin name only. Of the same level as the namesake.
 * Also, with no region written, the far larger namesake of a small town that holds the label ({@link #larger}).
 */
public final class RegionNamesakes {

    private RegionNamesakes() {}

    static List<Gazetteer.Entry> latinNamesakesIn(
            Gazetteer g, List<Gazetteer.Entry> elsewhere, Gazetteer.Entry region) {
        LinkedHashSet<Gazetteer.Entry> found = new LinkedHashSet<>();
        for (Gazetteer.Entry e : elsewhere) {
            if (e.nameEn() == null || Names.hasHan(e.nameEn())) {
                continue;
            }
            for (Gazetteer.Entry p : g.byKey(Names.key(e.nameEn()))) {
                if (p.country().equals(region.country()) && p.level() == e.level() && g.within(p, region.id())) {
                    found.add(p);
                }
            }
        }
        return List.copyOf(found);
    }

    /** How many times larger a namesake must be to be the place a label filed under a small one means. */
    private static final int LARGER = 5;
    /** The smallest population of such a namesake. */
    private static final long LARGER_AT_LEAST = 50_000;

    /**
     * The one place found for a name, when a namesake of the same country and level, by its Latin name, is at least
     * {@link #LARGER} times as populous: the Chinese label filed under a small town of a name many places share
     * (圣达菲市 is Santa Fe, Texas, in the open data; a table means Santa Fe, New Mexico). The choice says so. With no
     * country written, the places found may be several, all of one Latin name: the namesake must then be of a country
     * and a level one of them has, and that many times larger than the largest (华盛顿 labels towns of Washington in England and
     * the United States; the capital is labelled 华盛顿哥伦比亚特区). A Latin name is compared without its designation
     * and what follows a comma (圣何塞 labels San José Province and towns of San José in Argentina; the capital of Costa
     * Rica is labelled 聖荷西).
     */
    public static ForeignLookup.Choice larger(Gazetteer g, ForeignLookup.Choice choice, String country) {
        if (choice.region() != 0
                || choice.found().isEmpty()
                || country != null && choice.found().size() != 1) {
            return choice;
        }
        Gazetteer.Entry e = choice.found().get(0);
        if (e.nameEn() == null || Names.hasHan(e.nameEn())) {
            return choice;
        }
        String latin = bare(e.nameEn());
        for (Gazetteer.Entry f : choice.found()) {
            if (f.nameEn() == null || !bare(f.nameEn()).equals(latin)) {
                return choice;
            }
        }
        // the largest place found of each level, a namesake being compared with those of its own: a place no source
        // gives a size for is taken as small (sizes come from Natural Earth's cities and GeoNames' towns, and a town
        // the open data labels in Chinese but those sources do not, Santa Fe, Texas, has none)
        Map<Level, Long> largestOf = new EnumMap<>(Level.class);
        choice.found().forEach(f -> largestOf.merge(f.level(), g.population(f.id()), Math::max));
        Gazetteer.Entry best = null;
        for (Gazetteer.Entry p : g.byKey(latin)) {
            long largest = largestOf.getOrDefault(p.level(), -1L);
            if (!choice.found().contains(p)
                    && (country != null
                            ? p.country().equals(country)
                            : choice.found().stream().anyMatch(f -> f.country().equals(p.country())))
                    && largest >= 0
                    && g.population(p.id()) >= Math.max(LARGER_AT_LEAST, LARGER * largest)
                    && (best == null || g.population(p.id()) > g.population(best.id()))) {
                best = p;
            }
        }
        return best == null
                ? choice
                : choice.with(List.of(best), ResolverNote.of("larger_namesake", e.name(), e.nameEn()));
    }

    /** A Latin name as compared: before a comma (San José, Buenos Aires), without its designation (San José Province). */
    static String bare(String latin) {
        int comma = latin.indexOf(',');
        return LatinReading.withoutDesignation(Names.key(comma > 0 ? latin.substring(0, comma) : latin));
    }
}
