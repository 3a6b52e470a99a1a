package org.youcheng.registry;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one count of a place's partners behind every figure an office reports (summary, profile, report, ranking):
 * ties by kind, the partners' countries, continents, strategy regions and levels, and the basis the count stands on.
 * Intents are counted by kind and by country, and in nothing else: they are not partners yet. Which ties to give it
 * (ended ties, ties set aside, ties of a place with records of its own) is the caller's choice, through
 * {@link CountingBasis#counts}.
 */
public final class TieCounter {

    private final Map<String, Country> countryTable;
    private final int[] kinds = new int[TieKind.values().length];
    private int vetted;
    private int reference;
    private final Map<String, int[]> byCountry = new TreeMap<>();
    private final Set<String> countries = new HashSet<>();
    private final Map<String, Integer> byContinent = new TreeMap<>();
    private final Map<String, Integer> byRegion = new TreeMap<>();
    private final Map<String, Integer> byLevel = new TreeMap<>();

    public TieCounter(Map<String, Country> countryTable) {
        this.countryTable = countryTable;
    }

    /**
     * Counts one tie.
     *
     * @param vetted         whether a person stands behind it (records, an accepted article) rather than only the
     *                       reference network
     * @param partnerCountry the partner's country code
     * @param partnerLevel   the partner's level, or null when not known
     */
    public void add(TieKind kind, boolean vetted, String partnerCountry, Level partnerLevel) {
        kinds[kind.ordinal()]++;
        if (vetted) {
            this.vetted++;
        } else {
            reference++;
        }
        byCountry.computeIfAbsent(partnerCountry, k -> new int[TieKind.values().length])[kind.ordinal()]++;
        if (!kind.counted()) {
            return;
        }
        countries.add(partnerCountry);
        if (partnerLevel != null) {
            byLevel.merge(partnerLevel.code(), 1, Integer::sum);
        }
        Country country = countryTable.get(partnerCountry);
        if (country != null) {
            byContinent.merge(country.continent().code(), 1, Integer::sum);
            byRegion.merge(country.region().code(), 1, Integer::sum);
        }
    }

    public int of(TieKind kind) {
        return kinds[kind.ordinal()];
    }

    /** The partners: every counted kind (sister, partner, unverified); intents are not partners yet. */
    public int total() {
        int total = 0;
        for (TieKind kind : TieKind.values()) {
            total += kind.counted() ? kinds[kind.ordinal()] : 0;
        }
        return total;
    }

    /** The countries of the partners (intents lay no claim to a country). */
    public int countries() {
        return countries.size();
    }

    public int continents() {
        return byContinent.size();
    }

    public CountingBasis basis() {
        return CountingBasis.of(vetted, reference);
    }

    /** Ties by the partner's country and kind ({@code TieKind.ordinal()}), intents included. */
    public Map<String, int[]> byCountryAndKind() {
        return Collections.unmodifiableMap(byCountry);
    }

    /** Partners by country (counted kinds only); a country with intents alone is not in it. */
    public Map<String, Integer> byCountry() {
        Map<String, Integer> out = new TreeMap<>();
        byCountry.forEach((code, k) -> {
            if (countries.contains(code)) {
                int n = 0;
                for (TieKind kind : TieKind.values()) {
                    n += kind.counted() ? k[kind.ordinal()] : 0;
                }
                out.put(code, n);
            }
        });
        return out;
    }

    public Map<String, Integer> byContinent() {
        return Collections.unmodifiableMap(byContinent);
    }

    public Map<String, Integer> byRegion() {
        return Collections.unmodifiableMap(byRegion);
    }

    public Map<String, Integer> byLevel() {
        return Collections.unmodifiableMap(byLevel);
    }
}
