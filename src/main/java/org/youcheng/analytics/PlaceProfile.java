package org.youcheng.analytics;

import java.util.List;
import java.util.Map;
import org.youcheng.registry.Place;
import org.youcheng.registry.Summary;
import org.youcheng.registry.TieView;

/**
 * A place's ties seen from its side, for its page: every tie with our side and theirs (at the place's own level, or
 * including its counties and districts), where each place is drawn, and how the counted ties grew.
 *
 * @param withSubordinates whether the ties of its counties and districts are included
 * @param ties             ties to places outside the scope, oldest signing first, undated last
 * @param positions        where to draw each place of those ties, by id
 * @param growth           of the counted ties (not ended, not within China), as in {@link Summary}
 */
public record PlaceProfile(
        Place place,
        Summary summary,
        boolean withSubordinates,
        List<Seen> ties,
        Map<Long, Position> positions,
        Growth growth) {

    /** A tie, with the place of our scope that holds it and the place on the other side. */
    public record Seen(TieView view, Place ours, Place other) {}
}
