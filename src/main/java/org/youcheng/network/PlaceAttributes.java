package org.youcheng.network;

import java.time.Instant;
import java.util.Set;

/**
 * What is on record about a place for partner search; every value may be missing (never guessed).
 *
 * @param version   optimistic version (0 before the first write)
 * @param updatedAt null when nothing was ever recorded
 */
public record PlaceAttributes(
        long placeId,
        Long population,
        Integer populationYear,
        Double areaKm2,
        Set<Theme> themes,
        String source,
        int version,
        Instant updatedAt) {

    public PlaceAttributes {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
    }

    public static PlaceAttributes none(long placeId) {
        return new PlaceAttributes(placeId, null, null, null, Set.of(), null, 0, null);
    }
}
