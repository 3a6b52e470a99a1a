package org.youcheng.network;

import java.util.List;
import org.youcheng.registry.Place;
import org.youcheng.registry.TieKind;

/**
 * The network around a place, two hops out: the place, its partners, and their partners ("以点带面": a partner's
 * partners are natural next partners). Ended ties are left out.
 *
 * @param nodes   the centre first, then its partners, then the second ring
 * @param edges   every live tie between two of the nodes
 * @param leftOut second-ring places not shown because the ring was capped (fewest links to the first ring first)
 */
public record Neighbourhood(Place centre, List<Node> nodes, List<Edge> edges, int leftOut) {

    /**
     * @param hop   0 for the centre, 1 for its partners, 2 for theirs
     * @param links ties to other nodes shown
     */
    public record Node(Place place, int hop, int links) {}

    public record Edge(long tieId, long source, long target, TieKind kind) {}
}
