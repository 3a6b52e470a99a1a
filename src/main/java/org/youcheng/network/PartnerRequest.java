package org.youcheng.network;

import java.time.Instant;
import java.util.Set;
import org.youcheng.registry.Level;
import org.youcheng.registry.Region;

/**
 * 寻找友城: what a place seeks in a partner. Empty sets and nulls mean "any".
 *
 * @param id        null for a request not stored (the open request `suggest` uses when a place has none)
 * @param countries ISO 3166-1 codes the partner should be in
 * @param regions   strategy regions the partner should be in (either a country or a region of the lists will do)
 * @param level     the partner's level; null: one comparable to the requester's
 */
public record PartnerRequest(
        Long id,
        long placeId,
        Set<String> countries,
        Set<Region> regions,
        Level level,
        Long populationMin,
        Long populationMax,
        Set<Theme> themes,
        String text,
        Instant createdAt) {

    public PartnerRequest {
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        themes = themes == null ? Set.of() : Set.copyOf(themes);
    }

    /** A request with no criteria: any comparable partner, ranked on the network alone. */
    public static PartnerRequest open(long placeId) {
        return new PartnerRequest(null, placeId, Set.of(), Set.of(), null, null, null, Set.of(), null, null);
    }

    public boolean populationBand() {
        return populationMin != null || populationMax != null;
    }
}
