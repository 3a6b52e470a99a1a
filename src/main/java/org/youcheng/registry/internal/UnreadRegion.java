package org.youcheng.registry.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.ResolverNote;

/**
 * A region written in front that the gazetteer does not hold (马里兰州巴尔的摩市 where Maryland is missing; 莱法州特里尔市,
 * 莱法州 a short form of Rheinland-Pfalz; 汉普郡哈文特市, a county of a known country): the rest is read alone, in the
 * country written, or with none written when every place it names lies in one country (not China: the partner is
 * foreign). The note names the region passed over; a rest that names places of several countries stays unknown.
 */
public final class UnreadRegion {

    private UnreadRegion() {}

    static ForeignLookup.Choice read(ForeignLookup lookup, ForeignName fn, String country, ForeignLookup.Choice none) {
        String full = fn.full();
        for (int i = full.length() - 2; i >= 2; i--) {
            String region = full.substring(0, i);
            if (!region(region, country)) {
                continue;
            }
            List<Gazetteer.Entry> inner = lookup.below(full.substring(i), country);
            if (!inner.isEmpty() && (country != null || foreignCountry(inner))) {
                return new ForeignLookup.Choice(inner, 0, null, List.of(ResolverNote.of("region_unknown", region)));
            }
        }
        return none;
    }

    /** Whether the front of a name may be a region written before it. */
    private static boolean region(String region, String country) {
        // a region of two characters is its short form (加州 for 加利福尼亚州, 德州 for 得克萨斯州)
        boolean shortForm = region.length() == 2 && region.endsWith("州");
        // with the country known, a county in front too (汉普郡哈文特市: Havant, in Hampshire)
        boolean county = country != null && region.length() >= 3 && (region.endsWith("郡") || region.endsWith("县"));
        // with no country, two characters (温州, 加州) say too little to pass over
        return (country != null || region.length() >= 3)
                && (ForeignName.divisionSuffix(region, country) || shortForm || county);
    }

    /**
     * The longest front of the name that may be a region written before it, with a rest of two characters or more,
     * for reading the rest alone: written as a division, a short form of two characters (布省基尔梅斯市: 布省, the
     * province of Buenos Aires), or a division of the country the gazetteer knows by that name (苏格兰 Scotland);
     * else null.
     */
    static String front(ForeignLookup lookup, String full, String country) {
        for (int i = full.length() - 2; i >= 2; i--) {
            String region = full.substring(0, i);
            if (region(region, country)
                    || region.length() == 2 && "省州".indexOf(region.charAt(1)) >= 0
                    || !lookup.foreignDivisions(region, country).isEmpty()) {
                return region;
            }
        }
        return null;
    }

    private static boolean foreignCountry(List<Gazetteer.Entry> places) {
        String one = oneCountry(places);
        return one != null && !one.equals("CN");
    }

    /** The country every place lies in, or null when they lie in several or there are none. */
    public static String oneCountry(List<Gazetteer.Entry> places) {
        Set<String> countries = new HashSet<>();
        places.forEach(e -> countries.add(e.country()));
        return countries.size() == 1 ? countries.iterator().next() : null;
    }
}
