package org.youcheng.analytics;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.youcheng.registry.CountingBasis;
import org.youcheng.registry.Country;
import org.youcheng.registry.TieKind;

/**
 * The counts an office reports, over the ties that stand: partners by kind and in total, the countries and
 * continents they lie in, and the ties by the partner's level, country, continent and strategy region. Intents are
 * counted apart ({@code intent}) and in nothing else: they are not partners yet.
 * {@code basis} ({@link CountingBasis}) says whether they stand on the office's records or, for a place without
 * any, on the reference network ({@code unverified}: ties of unknown kind).
 */
public record Tally(int sister, int partner, int intent, int unverified, int total, int countries, int continents,
                   String basis, String basisZh, String basisEn, Map<String, Integer> byLevel,
                   Map<String, Integer> byCountry, Map<String, Integer> byContinent, Map<String, Integer> byRegion) {

    static Tally of(Collection<HeldTie> live, Map<String, Country> countryTable) {
        int[] kinds = new int[TieKind.values().length];
        int reference = 0;
        Map<String, Integer> level = new TreeMap<>();
        Map<String, Integer> country = new TreeMap<>();
        Map<String, Integer> continent = new TreeMap<>();
        Map<String, Integer> region = new TreeMap<>();
        int total = 0;
        for (HeldTie t : live) {
            kinds[t.kind().ordinal()]++;
            reference += t.reference() ? 1 : 0;
            if (!t.kind().counted()) {
                continue;   // an intent: counted apart, in no total, level, country or region
            }
            total++;
            level.merge(t.partnerLevel().code(), 1, Integer::sum);
            country.merge(t.country(), 1, Integer::sum);
            Country c = countryTable.get(t.country());
            if (c != null) {
                continent.merge(c.continent().code(), 1, Integer::sum);
                region.merge(c.region().code(), 1, Integer::sum);
            }
        }
        CountingBasis basis = CountingBasis.of(live.size() - reference, reference);
        return new Tally(kinds[0], kinds[1], kinds[2], kinds[3], total, country.size(), continent.size(),
                basis.code(), basis.zh(), basis.en(),
                Map.copyOf(level), Map.copyOf(country), Map.copyOf(continent), Map.copyOf(region));
    }

    /** One of the counts compared among peers, by its name. */
    int figure(String name) {
        return switch (name) {
            case "sister" -> sister;
            case "partner" -> partner;
            case "intent" -> intent;
            case "unverified" -> unverified;
            case "total" -> total;
            case "countries" -> countries;
            case "continents" -> continents;
            default -> throw new IllegalArgumentException("no figure " + name);
        };
    }
}
