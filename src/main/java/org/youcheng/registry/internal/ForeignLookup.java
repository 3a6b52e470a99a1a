package org.youcheng.registry.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;
import org.youcheng.registry.ResolverNote;

/**
 * Candidate lookup for a foreign name: the places filed under its keys in a country, a first-level division written
 * in brackets or in front of the name (华盛顿州塔科马市), and the readings of the front of a name that give its country
 * (the one-character short form 俄, a known region of one country).
 */
public final class ForeignLookup {

    /**
     * Candidates for a name, the region they were found under (0 when none was written), and the clauses of the note
     * that say how they were found.
     */
    public record Choice(List<Gazetteer.Entry> found, long region, String regionName, List<ResolverNote> because) {
        public Choice {
            because = List.copyOf(because);
        }

        Choice(List<Gazetteer.Entry> found, long region, String regionName) {
            this(found, region, regionName, List.of());
        }

        /** The same candidates, found otherwise. */
        public Choice with(List<Gazetteer.Entry> places, ResolverNote clause) {
            return new Choice(places, region, regionName, List.of(clause));
        }

        /** The same choice with clauses said before its own. */
        public Choice after(ResolverNote clause) {
            List<ResolverNote> all = new ArrayList<>(because.size() + 1);
            all.add(clause);
            all.addAll(because);
            return new Choice(found, region, regionName, all);
        }
    }

    /** A reading of the front of a name that gives its country: the rest of the name, the country, the note's clause. */
    public record FrontReading(ForeignName rest, String country, ResolverNote note) {}

    private final Gazetteer g;
    private final StateShortForm shortForms;

    public ForeignLookup(Gazetteer g) {
        this.g = g;
        this.shortForms = new StateShortForm(g);
    }

    /** Foreign places filed under any key of the name, in the country when it is known. */
    public List<Gazetteer.Entry> named(String full, String country) {
        LinkedHashSet<Gazetteer.Entry> found = new LinkedHashSet<>();
        for (String key : ForeignName.keys(full)) {
            for (Gazetteer.Entry e : g.byKey(key)) {
                if (country == null || e.country().equals(country)) {
                    found.add(e);
                }
            }
        }
        return List.copyOf(found);
    }

    /** The places of the name, or those of the name after a known region written in front of it. */
    public Choice candidates(ForeignName fn, String country) {
        long hint = 0;
        String hintName = null;
        List<Gazetteer.Entry> found = named(fn.full(), country);
        if (fn.bracketed() != null) {
            Gazetteer.Entry r = region(Names.full(fn.bracketed()), country);
            if (r != null) {
                hint = r.id();
                hintName = r.name();
                found = notElsewhere(found, r);
            }
        }
        if (!found.isEmpty()) {
            return new Choice(found, hint, hintName);
        }
        // a region written in front: 华盛顿州塔科马市, 静冈县滨松市, 京畿道水原市, 列宁格勒州加特契纳市
        String full = fn.full();
        for (int i = full.length() - 2; i >= 2; i--) {
            Gazetteer.Entry region = region(full.substring(0, i), country);
            if (region == null && StateShortForm.is(full.substring(0, i))) {
                region = shortFormHolding(full.substring(0, i), full.substring(i), country);
            }
            if (region == null) {
                continue;
            }
            List<Gazetteer.Entry> inner = notElsewhere(below(full.substring(i), region.country()), region);
            if (!inner.isEmpty()) {
                return new Choice(inner, region.id(), region.name());
            }
        }
        return new Choice(List.of(), hint, hintName);
    }

    /**
     * A choice after a region was written (in front of the name or in brackets) without the places known to lie in
     * another first-level division: a namesake elsewhere is no reading of the name (福井县美滨町 is not the 美滨区 of
     * Chiba, whatever its spelling). When none is left, none is found, and the note says where the first one lies.
     */
    public Choice inItsRegion(Choice choice) {
        Gazetteer.Entry region = choice.region() == 0 ? null : g.get(choice.region());
        if (region == null || choice.found().isEmpty()) {
            return choice;
        }
        List<Gazetteer.Entry> kept = notElsewhere(choice.found(), region);
        if (kept.size() == choice.found().size()) {
            return choice;
        }
        if (!kept.isEmpty()) {
            return new Choice(kept, choice.region(), choice.regionName(), choice.because());
        }
        Gazetteer.Entry first = choice.found().get(0);
        List<Gazetteer.Entry> latin = RegionNamesakes.latinNamesakesIn(g, choice.found(), region);
        if (!latin.isEmpty()) {
            return choice.with(
                    latin, ResolverNote.of("namesake_in_region", first.name(), region.name(), first.nameEn()));
        }
        return new Choice(
                List.of(),
                choice.region(),
                choice.regionName(),
                List.of(ResolverNote.of("elsewhere", first.name(), region.name())));
    }

    /**
     * The places that may lie in a region written in front of their name: all of them when one lies in it (the choice
     * then prefers it and says so), else those whose first-level division is not known; a place known to lie in
     * another one is a namesake (福井县美滨町 is not the 美滨区 of Chiba).
     */
    private List<Gazetteer.Entry> notElsewhere(List<Gazetteer.Entry> found, Gazetteer.Entry region) {
        if (found.stream().anyMatch(e -> g.within(e, region.id()))) {
            // the choice weighs the region and says so (密苏里州堪萨斯城: it lies in 密苏里州, as written)
            return found;
        }
        return found.stream().filter(e -> !elsewhere(e, region)).toList();
    }

    private boolean elsewhere(Gazetteer.Entry place, Gazetteer.Entry region) {
        for (Gazetteer.Entry up = g.get(place.parentId()); up != null; up = g.get(up.parentId())) {
            if (up.id() == region.id()) {
                return false;
            }
            if (up.level() == Level.PROVINCE) {
                return true;
            }
        }
        return false;
    }

    /** The places of the rest of a name after a region; a first-level division only if the rest is written as one. */
    public List<Gazetteer.Entry> below(String innerFull, String country) {
        return named(innerFull, country).stream()
                .filter(e -> e.level() != Level.PROVINCE || ForeignName.divisionSuffix(innerFull, country))
                .toList();
    }

    /** The country by its one-character short form in front (俄哈巴罗夫斯克市), when the rest names a place there. */
    public FrontReading shortForm(ForeignName fn, String country) {
        String[] split = CountryShortForm.split(fn.full());
        if (split == null || (country != null && !country.equals(split[0]))) {
            return null;
        }
        ForeignName rest = fn.rest(split[1], CountryInFront.stripWrittenPrefix(fn.written(), split[1]));
        if (candidates(rest, split[0]).found().isEmpty()) {
            return null;
        }
        return new FrontReading(
                rest,
                split[0],
                ResolverNote.of("country_short_form", fn.written().substring(0, 1), split[0]));
    }

    /**
     * A known region in front of a name the gazetteer does not hold as written (伯南布哥州彼得罗利纳市): the rest is read in
     * the region's country, by spelling and sounds too, the region kept as a clue as if written in brackets.
     */
    public FrontReading regionInFront(ForeignName fn, String country) {
        int cut = frontRegionEnd(fn.full(), country);
        if (cut == 0) {
            return null;
        }
        String region = fn.full().substring(0, cut);
        String regionCountry = regionCountry(region, country);
        return new FrontReading(
                new ForeignName(fn.written(), fn.full().substring(cut), region, fn.latin()),
                regionCountry,
                ResolverNote.of("region_in_front", region, regionCountry));
    }

    /**
     * Where the rest of the name begins after the longest front part that names first-level divisions of one country
     * (the country given, or any when none is known), the rest two characters or more before its suffix; 0 if none.
     */
    private int frontRegionEnd(String full, String country) {
        for (int i = full.length() - 2; i >= 2; i--) {
            if (regionCountry(full.substring(0, i), country) != null
                    && CountryShortForm.core(full.substring(i)).length() >= 2) {
                return i;
            }
        }
        return 0;
    }

    /**
     * The country of the first-level divisions a written region names, when they all lie in one (伯南布哥州 is both the
     * state and the imperial province of Pernambuco: the country is clear, the division is not); else null.
     */
    private String regionCountry(String full, String country) {
        List<String> countries = foreignDivisions(full, country).stream()
                .map(Gazetteer.Entry::country)
                .distinct()
                .toList();
        return countries.size() == 1 ? countries.get(0) : null;
    }

    /** The first-level division a written region names in the country (or anywhere when none is known). */
    private Gazetteer.Entry region(String full, String country) {
        List<Gazetteer.Entry> found = foreignDivisions(full, country);
        return found.size() == 1 ? found.get(0) : null;
    }

    /** The first-level divisions a written region (as kept in front of a name) names in the country. */
    public List<Gazetteer.Entry> foreignDivisions(String full, String country) {
        List<Gazetteer.Entry> named = named(full, country).stream()
                .filter(e -> e.level() == Level.PROVINCE && !"CN".equals(e.country()))
                .toList();
        return named.isEmpty() ? shortForms.divisions(full, country) : named;
    }

    /** The one first-level division a short form written alone (印州, 维州) stands for, in the country when known. */
    public List<Gazetteer.Entry> stateShortForm(String full, String country) {
        List<Gazetteer.Entry> d = StateShortForm.is(full) ? shortForms.divisions(full, country) : List.of();
        return d.size() == 1 ? d : List.of();
    }

    /** The one division a short form (加州) may stand for in which a place of the rest lies; null if none or several. */
    private Gazetteer.Entry shortFormHolding(String front, String rest, String country) {
        List<Gazetteer.Entry> holding = shortForms.holding(shortForms.divisions(front, country), below(rest, country));
        return holding.size() == 1 ? holding.get(0) : null;
    }
}
