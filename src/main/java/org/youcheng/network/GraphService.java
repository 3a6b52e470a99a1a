package org.youcheng.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.ValidationException;
import org.youcheng.network.graph.BreadthFirstChain;
import org.youcheng.network.graph.SharedPartnerCousins;
import org.youcheng.registry.Place;

/**
 * The whole network's analytics: rankings, the shortest chain between two places and cousins. Each filter's
 * {@link TieGraph} and its metrics are computed once and kept while the tie table stays as it was (its row count,
 * last id and last change: any insert, update or delete changes one of them); a few filters are kept at a time.
 */
@Service
public class GraphService {

    static final int KEPT_FILTERS = 8;

    /** What a ranking can be ordered by. */
    public enum Measure {
        DEGREE, PAGERANK, BETWEENNESS;

        public static Measure parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw ValidationException.of("by", text, "use degree, pagerank or betweenness");
            }
        }
    }

    /** One place's figures; {@code rank} counts from 1 in the order asked for. */
    public record Ranked(int rank, Place place, int ties, double pageRank, double betweenness, int component,
                         int community) {
    }

    public record Summary(int places, int ties, int components, int largestComponent, int communities,
                          double modularity, List<Integer> largestCommunities) {
    }

    /** The places of a shortest chain, from the first to the last; empty when none leads there. */
    public record Chain(Place from, Place to, List<Place> places) {
        public int hops() {
            return Math.max(0, places.size() - 1);
        }
    }

    public record Cousin(Place place, List<Place> sharedPartners) {
    }

    private final GraphRepository repository;
    private final Map<GraphFilter, TieGraph> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<GraphFilter, TieGraph> eldest) {
            return size() > KEPT_FILTERS;
        }
    };

    GraphService(GraphRepository repository) {
        this.repository = repository;
    }

    /** The graph of the ties the filter picks, as the tie table is now. */
    public TieGraph graph(GraphFilter filter) {
        String state = repository.state();
        synchronized (kept) {
            TieGraph g = kept.get(filter);
            if (g != null && g.state().equals(state)) {
                return g;
            }
        }
        Map<Long, Place> places = repository.placesOnTies().stream()
                .collect(Collectors.toMap(Place::id, Function.identity()));
        TieGraph g = new TieGraph(state, filter, repository.edges(filter), places);
        synchronized (kept) {
            kept.put(filter, g);
        }
        return g;
    }

    public Summary summary(GraphFilter filter) {
        TieGraph g = graph(filter);
        GraphMetrics m = g.metrics();
        int[] communitySizes = m.communities().sizes();
        return new Summary(g.size(), g.graph().edgeCount(), m.components().count(),
                m.components().count() == 0 ? 0 : m.components().sizes()[0], m.communities().count(),
                m.communities().modularity(),
                IntStream.of(communitySizes).limit(10).boxed().toList());
    }

    /**
     * The places ordered by a measure, highest first (then by more ties, then by id), optionally of one country.
     */
    public List<Ranked> ranking(GraphFilter filter, Measure by, String country, int limit) {
        TieGraph g = graph(filter);
        GraphMetrics m = g.metrics();
        Comparator<Integer> order = switch (by) {
            case DEGREE -> Comparator.comparingInt(v -> -m.degree()[v]);
            case PAGERANK -> Comparator.comparingDouble(v -> -m.pageRank()[v]);
            case BETWEENNESS -> Comparator.comparingDouble(v -> -m.betweenness()[v]);
        };
        order = order.thenComparingInt(v -> -m.degree()[v]).thenComparingLong(v -> g.place(v).id());
        List<Integer> vertices = IntStream.range(0, g.size()).boxed()
                .filter(v -> country == null || country.equalsIgnoreCase(g.place(v).countryCode()))
                .sorted(order).limit(limit).toList();
        List<Ranked> out = new ArrayList<>(vertices.size());
        for (int v : vertices) {
            out.add(ranked(g, m, v, out.size() + 1));
        }
        return out;
    }

    /** One place's figures in the graph, its rank by degree included. */
    public Ranked figures(GraphFilter filter, long placeId) {
        TieGraph g = graph(filter);
        int v = vertex(g, placeId, "place");
        GraphMetrics m = g.metrics();
        int rank = 1 + (int) IntStream.range(0, g.size()).filter(w -> m.degree()[w] > m.degree()[v]).count();
        return ranked(g, m, v, rank);
    }

    public Chain path(GraphFilter filter, Place from, Place to) {
        TieGraph g = graph(filter);
        int a = vertex(g, from.id(), "from");
        int b = vertex(g, to.id(), "to");
        int[] chain = new BreadthFirstChain().between(g.graph(), a, b);
        return new Chain(from, to, IntStream.of(chain).mapToObj(g::place).toList());
    }

    public List<Cousin> cousins(GraphFilter filter, Place place, int limit) {
        TieGraph g = graph(filter);
        int v = vertex(g, place.id(), "place");
        return new SharedPartnerCousins().of(g.graph(), v).stream().limit(limit)
                .map(c -> new Cousin(g.place(c.vertex()), IntStream.of(c.via()).mapToObj(g::place).toList()))
                .toList();
    }

    private static Ranked ranked(TieGraph g, GraphMetrics m, int v, int rank) {
        return new Ranked(rank, g.place(v), m.degree()[v], m.pageRank()[v], m.betweenness()[v],
                m.components().label()[v], m.communities().label()[v]);
    }

    private static int vertex(TieGraph g, long placeId, String field) {
        return g.vertex(placeId).orElseThrow(() -> new NotFoundException(
                "place " + placeId + " (" + field + ") has no tie in this graph"));
    }
}
