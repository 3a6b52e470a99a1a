package org.youcheng.web.graph;

import java.util.List;
import org.youcheng.web.PlaceLink;

/**
 * The whole network: its figures, the places ranked by a measure, and the country graph.
 *
 * @param by        the measure the table is ordered by: degree, pagerank or betweenness
 * @param kind      the kind of tie shown, or empty for all
 */
public record GraphPage(
        String by,
        String kind,
        int places,
        int ties,
        int components,
        int largestComponent,
        int communities,
        double modularity,
        List<Row> rows,
        List<CountryNode> countries,
        List<CountryLink> links) {

    public record Row(
            int rank, PlaceLink place, String country, int ties, double pageRank, double betweenness, int community) {}

    public record CountryNode(String code, String name, int ties, int places) {}

    public record CountryLink(String source, String target, int ties) {}
}
