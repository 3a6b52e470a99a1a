package org.youcheng.network;

import java.util.List;
import org.youcheng.registry.Country;

/**
 * The ties between countries: one node per country with a place on a tie, one weighted link per pair of countries
 * (the number of ties between their places), heaviest first. Ties inside one country count on the node.
 */
public record CountryGraph(List<Node> nodes, List<Link> links) {

    /**
     * @param places places of the country on a tie
     * @param ties   ties with a place of the country on either side (a tie inside it counted once)
     * @param inside ties with both sides in the country
     */
    public record Node(Country country, int places, int ties, int inside) {}

    public record Link(String source, String target, int ties) {}
}
