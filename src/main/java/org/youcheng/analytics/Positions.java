package org.youcheng.analytics;

import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.youcheng.analytics.internal.PositionRepository;

/**
 * Where places are drawn on the maps (see {@link Position}: their own coordinates, or those of the nearest thing that
 * has some), for the pages that draw them.
 */
@Component
public class Positions {

    private final PositionRepository positions;

    Positions(PositionRepository positions) {
        this.positions = positions;
    }

    /** One line of the map of all ties, from a tie's domestic side to its partner. */
    public record Line(String kind, double fromLng, double fromLat, double toLng, double toLat) {}

    /** Positions of these places; a place with no position at all (a country without a centre) is absent. */
    public Map<Long, Position> of(Collection<Long> placeIds) {
        return positions.of(placeIds);
    }
}
