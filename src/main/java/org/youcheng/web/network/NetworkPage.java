package org.youcheng.web.network;

import java.util.List;

/**
 * The network around a place, two hops out, for a force layout.
 *
 * @param nodes   the centre first (hop 0), then its partners (hop 1), then theirs (hop 2)
 * @param leftOut second-ring places left out to keep the picture readable
 */
public record NetworkPage(
        long id,
        String name,
        String altName,
        int partners,
        int secondRing,
        int leftOut,
        List<Node> nodes,
        List<Edge> edges) {

    public record Node(String id, String name, String country, int hop, int links) {}

    /** Ids as text, as ECharts' graph series matches them to nodes. */
    public record Edge(String source, String target, String kind) {}
}
