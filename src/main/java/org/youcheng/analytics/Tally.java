package org.youcheng.analytics;

import java.util.Collection;
import java.util.Map;
import org.youcheng.analytics.internal.HeldTie;
import org.youcheng.registry.CountingBasis;
import org.youcheng.registry.Country;
import org.youcheng.registry.TieCounter;
import org.youcheng.registry.TieKind;

/**
 * The counts an office reports, over the ties that stand: partners by kind and in total, the countries and
 * continents they lie in, and the ties by the partner's level, country, continent and strategy region. Intents are
 * counted apart ({@code intent}) and in nothing else: they are not partners yet.
 * {@code basis} ({@link CountingBasis}) says whether they stand on the office's records or, for a place without
 * any, on the reference network ({@code unverified}: ties of unknown kind).
 */
public record Tally(
        int sister,
        int partner,
        int intent,
        int unverified,
        int total,
        int countries,
        int continents,
        String basis,
        String basisZh,
        String basisEn,
        Map<String, Integer> byLevel,
        Map<String, Integer> byCountry,
        Map<String, Integer> byContinent,
        Map<String, Integer> byRegion) {

    public static Tally of(Collection<HeldTie> live, Map<String, Country> countryTable) {
        TieCounter c = new TieCounter(countryTable);
        for (HeldTie t : live) {
            c.add(t.kind(), !t.reference(), t.country(), t.partnerLevel());
        }
        CountingBasis basis = c.basis();
        return new Tally(
                c.of(TieKind.SISTER),
                c.of(TieKind.PARTNER),
                c.of(TieKind.INTENT),
                c.of(TieKind.UNVERIFIED),
                c.total(),
                c.countries(),
                c.continents(),
                basis.code(),
                basis.zh(),
                basis.en(),
                Map.copyOf(c.byLevel()),
                Map.copyOf(c.byCountry()),
                Map.copyOf(c.byContinent()),
                Map.copyOf(c.byRegion()));
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
