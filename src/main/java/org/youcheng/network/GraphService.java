package org.youcheng.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.ValidationException;
import org.youcheng.network.graph.BreadthFirstChain;
import org.youcheng.network.graph.SharedPartnerCousins;
import org.youcheng.network.internal.CountryFolding;
import org.youcheng.network.internal.GraphMetrics;
import org.youcheng.network.internal.KeptGraphs;
import org.youcheng.network.internal.TieGraph;
import org.youcheng.registry.Place;

/**
 * The whole network's analytics: rankings, the shortest chain between two places and cousins, and the graph to
 * export, of the ties a filter picks. The graphs and their metrics are read and computed once ({@link KeptGraphs}).
 */
@Service
public class GraphService {

    /** What a ranking can be ordered by. */
    public enum Measure {
        DEGREE,
        PAGERANK,
        BETWEENNESS;

        public static Measure parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw ValidationException.of("by", text, "use degree, pagerank or betweenness");
            }
        }
    }

    /** One place's figures; {@code rank} counts from 1 in the order asked for. */
    public record Ranked(
            int rank, Place place, int ties, double pageRank, double betweenness, int component, int community) {}

    public record Summary(
            int places,
            int ties,
            int components,
            int largestComponent,
            int communities,
            double modularity,
            List<Integer> largestCommunities) {}

    /** The places of a shortest chain, from the first to the last; empty when none leads there. */
    public record Chain(Place from, Place to, List<Place> places) {
        public int hops() {
            return Math.max(0, places.size() - 1);
        }
    }

    public record Cousin(Place place, List<Place> sharedPartners) {}

    private final KeptGraphs graphs;
    private final CountryFolding countries;

    GraphService(KeptGraphs graphs, CountryFolding countries) {
        this.graphs = graphs;
        this.countries = countries;
    }

    /** The graph folded into countries: countries and the number of ties between each pair. */
    public CountryGraph countries(GraphFilter filter) {
        return countries.of(filter);
    }

    /** The graph of the ties the filter picks (see {@link KeptGraphs#graph}). */
    TieGraph graph(GraphFilter filter) {
        return graphs.graph(filter);
    }

    /** Times the ties were read from the database since start. */
    int reads() {
        return graphs.reads();
    }

    /** The graph the filter picks, to write out; its metrics are computed while writing (the command line's way). */
    public GraphExport export(GraphFilter filter) {
        return new GraphExport(graphs.graph(filter));
    }

    /**
     * The graph the filter picks with its metrics computed first as a request's are (shared, bounded: 503 when
     * full), so that a refusal comes before an answer starts.
     */
    public GraphExport exportComputed(GraphFilter filter) {
        TieGraph g = graphs.graph(filter);
        graphs.metrics(g);
        return new GraphExport(g);
    }

    public Summary summary(GraphFilter filter) {
        TieGraph g = graphs.graph(filter);
        GraphMetrics m = graphs.metrics(g);
        int[] communitySizes = m.communities().sizes();
        return new Summary(
                g.size(),
                g.graph().edgeCount(),
                m.components().count(),
                m.components().count() == 0 ? 0 : m.components().sizes()[0],
                m.communities().count(),
                m.communities().modularity(),
                IntStream.of(communitySizes).limit(10).boxed().toList());
    }

    /**
     * The places ordered by a measure, highest first (then by more ties, then by id), optionally of one country.
     */
    public List<Ranked> ranking(GraphFilter filter, Measure by, String country, int limit) {
        TieGraph g = graphs.graph(filter);
        GraphMetrics m = graphs.metrics(g);
        int[] order = g.order(by, () -> order(g, m, by));
        List<Ranked> out = new ArrayList<>(Math.min(limit, order.length));
        for (int i = 0; i < order.length && out.size() < limit; i++) {
            int v = order[i];
            if (country == null || country.equalsIgnoreCase(g.place(v).countryCode())) {
                out.add(ranked(g, m, v, out.size() + 1));
            }
        }
        return out;
    }

    /** Every vertex by a measure, highest first, then by more ties, then by place id: sorted once per graph. */
    private static int[] order(TieGraph g, GraphMetrics m, Measure by) {
        Comparator<Integer> order = switch (by) {
            case DEGREE -> Comparator.comparingInt(v -> -m.degree()[v]);
            case PAGERANK -> Comparator.comparingDouble(v -> -m.pageRank()[v]);
            case BETWEENNESS -> Comparator.comparingDouble(v -> -m.betweenness()[v]);
        };
        order = order.thenComparingInt(v -> -m.degree()[v])
                .thenComparingLong(v -> g.place(v).id());
        return IntStream.range(0, g.size())
                .boxed()
                .sorted(order)
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /** One place's figures in the graph, its rank by degree included. */
    public Ranked figures(GraphFilter filter, long placeId) {
        TieGraph g = graphs.graph(filter);
        int v = vertex(g, placeId, "place");
        GraphMetrics m = graphs.metrics(g);
        int rank = 1
                + (int) IntStream.range(0, g.size())
                        .filter(w -> m.degree()[w] > m.degree()[v])
                        .count();
        return ranked(g, m, v, rank);
    }

    public Chain path(GraphFilter filter, Place from, Place to) {
        TieGraph g = graphs.graph(filter);
        int a = vertex(g, from.id(), "from");
        int b = vertex(g, to.id(), "to");
        int[] chain = new BreadthFirstChain().between(g.graph(), a, b);
        return new Chain(from, to, IntStream.of(chain).mapToObj(g::place).toList());
    }

    public List<Cousin> cousins(GraphFilter filter, Place place, int limit) {
        TieGraph g = graphs.graph(filter);
        int v = vertex(g, place.id(), "place");
        return new SharedPartnerCousins()
                .of(g.graph(), v).stream()
                        .limit(limit)
                        .map(c -> new Cousin(
                                g.place(c.vertex()),
                                IntStream.of(c.via()).mapToObj(g::place).toList()))
                        .toList();
    }

    private static Ranked ranked(TieGraph g, GraphMetrics m, int v, int rank) {
        return new Ranked(
                rank,
                g.place(v),
                m.degree()[v],
                m.pageRank()[v],
                m.betweenness()[v],
                m.components().label()[v],
                m.communities().label()[v]);
    }

    private static int vertex(TieGraph g, long placeId, String field) {
        return g.vertex(placeId)
                .orElseThrow(
                        () -> new NotFoundException("place " + placeId + " (" + field + ") has no tie in this graph"));
    }
}
