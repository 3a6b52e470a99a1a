package org.youcheng.network;

import java.util.List;
import org.youcheng.registry.Place;

/**
 * 以点带面 for one place: foreign places near its partners, not tied to it yet, ranked.
 *
 * @param unplaced partners without coordinates, so nothing can be measured from them
 */
public record Expansion(Place place, double radiusKm, List<Suggestion> suggestions, List<Place> unplaced) {

    /**
     * @param reachedFrom the partner the candidate is nearest to, within the radius
     * @param alsoNear    other partners within the radius of the candidate
     */
    public record Suggestion(
            int rank,
            Place candidate,
            Place reachedFrom,
            double distanceKm,
            double score,
            List<ScorePart> parts,
            List<Place> alsoNear) {}
}
