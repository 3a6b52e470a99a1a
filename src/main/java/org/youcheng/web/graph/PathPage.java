package org.youcheng.web.graph;

import java.util.List;
import org.youcheng.web.PlaceLink;

/**
 * The shortest chain between two places, drawn on the map.
 *
 * @param asked   whether both places were given
 * @param problem what went wrong reading them, in the page's language, or null
 * @param stops   the chain's places in order, with where to draw them
 */
public record PathPage(String from, String to, boolean asked, String problem, List<Stop> stops) {

    public record Stop(PlaceLink place, String country, double lng, double lat, boolean approximate) {}
}
