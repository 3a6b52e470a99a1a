package org.youcheng.registry.internal;

import java.util.List;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;
import org.youcheng.registry.ResolverNote;

/**
 * A name written with the larger city whose area it belongs to: a town after the city (洛杉矶西柯汶纳市 is West Covina,
 * in the area of Los Angeles) and the city's metropolitan area as 大 + the city (大马尼拉市, Greater Manila, is the
 * metropolitan area filed as 马尼拉大都会). Read only in a known country and for a name that nothing else found.
 */
public final class LargerCity {

    /** How Chinese files a metropolitan area after its city's name: 马尼拉大都会, 伊斯坦布尔大都会市, 赖布尔都会区. */
    private static final List<String> METROPOLITAN = List.of("大都会", "大都会区", "大都会市", "都会区");

    private final Gazetteer g;
    private final ForeignLookup lookup;

    public LargerCity(Gazetteer g, ForeignLookup lookup) {
        this.g = g;
        this.lookup = lookup;
    }

    /** The places the larger city gives the name, or the choice unchanged when it gives none. */
    public ForeignLookup.Choice read(ForeignName fn, String country, ForeignLookup.Choice none) {
        ForeignLookup.Choice area = metropolitanArea(fn, country);
        if (area != null) {
            return area;
        }
        ForeignLookup.Choice district = districtOfCity(fn, country);
        if (district != null) {
            return district;
        }
        ForeignLookup.Choice town = townAfterCity(fn, country);
        if (town != null) {
            return town;
        }
        ForeignLookup.Choice part = compassPart(fn, country);
        return part != null ? part : none;
    }

    /**
     * No country written (洛杉矶西柯汶纳市): the city in front, the most populous place of its name anywhere, gives the
     * country, and the rest is read as a town or district of that city's area there. The choice unchanged otherwise.
     */
    public ForeignLookup.Choice readWithoutCountry(ForeignName fn, ForeignLookup.Choice none) {
        String full = fn.full();
        for (int i = full.length() - 2; i >= 2; i--) {
            Gazetteer.Entry city = largest(cities(full.substring(0, i), null));
            if (city == null
                    || city.country().equals("CN")
                    || Names.stripSuffix(full.substring(i)).length() < 2) {
                continue;
            }
            ForeignLookup.Choice found = districtOfCity(fn, city.country());
            found = found != null ? found : townAfterCity(fn, city.country());
            if (found != null) {
                return found;
            }
        }
        return none;
    }

    /** The words a place's Latin name gives a compass point with (Santo Domingo Este, East London, Nord-Pas). */
    private static final java.util.Map<Character, List<String>> COMPASS = java.util.Map.of(
            '东', List.of("East", "Este", "Est", "Ost", "Oriental"),
            '西', List.of("West", "Oeste", "Ouest", "Occidental"),
            '南', List.of("South", "Sur", "Sud", "Süd"),
            '北', List.of("North", "Norte", "Nord"));

    /**
     * 东圣多明各市 is Santo Domingo Este: a compass point before a city of the country (its Chinese name as filed or spelt
     * alike) names the place whose Latin name is the city's with that point's word before or after it.
     */
    ForeignLookup.Choice compassPart(ForeignName fn, String country) {
        String full = fn.full();
        List<String> words = full.length() >= 4 ? COMPASS.get(full.charAt(0)) : null;
        if (words == null) {
            return null;
        }
        List<Gazetteer.Entry> bases = cities(full.substring(1), country);
        if (bases.isEmpty()) {
            bases = new SpellingMatch(g)
                    .closest(full.substring(1), country, Level.CITY)
                    .places();
        }
        for (Gazetteer.Entry base : bases) {
            if (base.nameEn() == null) {
                continue;
            }
            for (String w : words) {
                for (String latin :
                        List.of(base.nameEn() + " " + w, w + " " + base.nameEn(), base.nameEn() + "-" + w)) {
                    List<Gazetteer.Entry> found = g.byKey(Names.key(latin)).stream()
                            .filter(e -> e.country().equals(country) && e.id() != base.id())
                            .toList();
                    if (found.size() == 1) {
                        return new ForeignLookup.Choice(
                                found, 0, null, List.of(ResolverNote.of("compass_part", full, base.name(), latin)));
                    }
                }
            }
        }
        return null;
    }

    /**
     * A district written after its city (釜山广域市东区, 釜山西区, 光州广域市南区): the front part names a city, the rest
     * a place the reference data files under that city. A district's own name is often one of several (a 东区 in six
     * Korean cities) and may be one character before its suffix; the city in front tells them apart.
     */
    ForeignLookup.Choice districtOfCity(ForeignName fn, String country) {
        String full = fn.full();
        for (int i = full.length() - 2; i >= 2; i--) {
            String rest = full.substring(i);
            if (!Names.hasHan(rest)) {
                continue;
            }
            List<Gazetteer.Entry> fronts = cities(full.substring(0, i), country);
            if (fronts.isEmpty()) {
                continue;
            }
            List<Gazetteer.Entry> districts = lookup.named(rest, country).stream()
                    .filter(d -> d.level() != Level.PROVINCE
                            && fronts.stream().anyMatch(c -> c.id() != d.id() && g.within(d, c.id())))
                    .toList();
            if (districts.size() == 1) {
                Gazetteer.Entry city = g.get(districts.get(0).parentId());
                return new ForeignLookup.Choice(
                        districts,
                        0,
                        null,
                        List.of(ResolverNote.of(
                                "district_of_city", full.substring(0, i), city == null ? "?" : city.name())));
            }
        }
        return null;
    }

    /** 大X(市): the metropolitan area of X when the country has a city X and an area filed after it. */
    ForeignLookup.Choice metropolitanArea(ForeignName fn, String country) {
        String core = Names.stripSuffix(fn.full());
        if (!core.startsWith("大") || core.length() < 3) {
            return null;
        }
        String city = core.substring(1);
        if (cities(city, country).isEmpty()) {
            return null;
        }
        for (String filed : METROPOLITAN) {
            List<Gazetteer.Entry> found = lookup.named(city + filed, country);
            if (!found.isEmpty()) {
                return new ForeignLookup.Choice(found, 0, null, List.of(ResolverNote.of("greater_city", core, city)));
            }
        }
        return null;
    }

    /**
     * A city in front and a smaller town of the same country after it, in the city's first-level division when both
     * divisions are known; the front part names a city of the country (the most populous of its name), the rest one
     * such town.
     */
    ForeignLookup.Choice townAfterCity(ForeignName fn, String country) {
        String full = fn.full();
        for (int i = full.length() - 2; i >= 2; i--) {
            String rest = full.substring(i);
            if (CountryShortForm.core(rest).length() < 2) {
                continue;
            }
            Gazetteer.Entry city = largest(cities(full.substring(0, i), country));
            if (city == null) {
                continue;
            }
            List<Gazetteer.Entry> towns = cities(rest, country).stream()
                    .filter(t -> t.id() != city.id() && inAreaOf(t, city, rest))
                    .toList();
            if (towns.size() == 1) {
                return new ForeignLookup.Choice(
                        towns, 0, null, List.of(ResolverNote.of("city_in_front", full.substring(0, i), city.name())));
            }
        }
        return null;
    }

    /** The places, the most populous first (a place of unknown size last). */
    static List<Gazetteer.Entry> largestFirst(Gazetteer g, List<Gazetteer.Entry> places) {
        return places.stream()
                .sorted(java.util.Comparator.comparingLong((Gazetteer.Entry e) -> -g.population(e.id())))
                .toList();
    }

    /** The most populous of the places, when its population is known and no other has as many; else null. */
    private Gazetteer.Entry largest(List<Gazetteer.Entry> places) {
        List<Gazetteer.Entry> ranked = largestFirst(g, places);
        if (ranked.isEmpty() || g.population(ranked.get(0).id()) == 0) {
            return null;
        }
        return ranked.size() == 1
                        || g.population(ranked.get(1).id())
                                < g.population(ranked.get(0).id())
                ? ranked.get(0)
                : null;
    }

    private List<Gazetteer.Entry> cities(String full, String country) {
        return lookup.named(full, country).stream()
                .filter(e -> e.level() != Level.PROVINCE)
                .toList();
    }

    /**
     * The city is the larger (its population known), and the two lie in one first-level division. Where the reference
     * data gives either division no parent, the rest must be the town's own Chinese name, not an alias: GeoNames files
     * 港町, a quarter's name, under Yoichi in Hokkaido, far from 下关 (下关港町 is no town of Shimonoseki's area).
     */
    private boolean inAreaOf(Gazetteer.Entry town, Gazetteer.Entry city, String rest) {
        long people = g.population(city.id());
        if (people == 0 || g.population(town.id()) >= people) {
            return false;
        }
        long cityRegion = FirstLevelDivision.idOf(g, city);
        long townRegion = FirstLevelDivision.idOf(g, town);
        if (cityRegion != 0 && townRegion != 0) {
            return cityRegion == townRegion;
        }
        return town.nameZh() != null
                && Names.stripSuffix(Names.full(town.nameZh())).equals(Names.stripSuffix(Names.full(rest)));
    }
}
