package org.youcheng.network;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.ValidationException;
import org.youcheng.common.YouchengProperties;
import org.youcheng.network.graph.BreadthFirstChain;
import org.youcheng.network.graph.SharedPartnerCousins;
import org.youcheng.registry.Place;

/**
 * The whole network's analytics: rankings, the shortest chain between two places and cousins. The ties are read
 * once per state of the tie table (its row count, last id and last change: any insert, update or delete changes one
 * of them, looked at most once per {@code youcheng.recheck}) into a {@link TieSnapshot}; a filter picks ties from it in memory. Graphs that pick the same ties are one
 * graph, kept with their metrics: the one of all live ties always, a few others by last use. Reading the ties and
 * computing metrics go through {@link GraphWork}: shared by concurrent requests, bounded, stopped when nobody waits.
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

    /** A graph's key: the ties it holds, of one state of the tie table. */
    private record Picked(String state, BitSet ties) {}

    private final GraphRepository repository;
    private final GraphWork work;
    private final Map<Picked, TieGraph> kept;
    private final AtomicInteger reads = new AtomicInteger();
    private volatile TieSnapshot ties;
    private volatile TieGraph allLive;
    private final long recheckNanos;
    private volatile long checkedAt;

    GraphService(GraphRepository repository, GraphWork work, YouchengProperties properties) {
        this.repository = repository;
        this.work = work;
        this.recheckNanos = properties.recheck().toNanos();
        int keep = properties.graph().keptFilters();
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Picked, TieGraph> eldest) {
                return size() > keep;
            }
        };
    }

    /** The graph of the ties the filter picks, as the tie table is now; its metrics may still be to compute. */
    public TieGraph graph(GraphFilter filter) {
        TieSnapshot now = snapshot();
        boolean live = filter.equals(GraphFilter.ALL_LIVE);
        TieGraph g = allLive;
        if (live && g != null && g.state().equals(now.state())) {
            return g;
        }
        BitSet picked = now.select(filter);
        Picked key = new Picked(now.state(), picked);
        synchronized (kept) {
            g = kept.get(key);
        }
        if (g == null) {
            g = new TieGraph(now, picked);
            synchronized (kept) {
                TieGraph earlier = kept.putIfAbsent(key, g);
                g = earlier == null ? g : earlier;
            }
        }
        if (live) {
            allLive = g;
        }
        return g;
    }

    /**
     * The metrics of a graph: kept, or computed once however many ask at the same time (bounded: 503 when full).
     * Those of all live ties (the pages' graph) are computed to the end even when the requests that asked have
     * given up, unless the ties change meanwhile; those of other filters stop when nobody waits for them.
     */
    public GraphMetrics metrics(TieGraph g) {
        Optional<GraphMetrics> known = g.known();
        if (known.isPresent()) {
            return known.get();
        }
        if (g == allLive) {
            return work.await(g, true, stop -> g.metrics(() -> stop.raised() || superseded(g)));
        }
        return work.await(g, g::metrics);
    }

    private boolean superseded(TieGraph g) {
        TieSnapshot now = ties;
        return now != null && !now.state().equals(g.state());
    }

    /** Times the ties were read from the database since start. */
    int reads() {
        return reads.get();
    }

    /** The ties as read last, or anew when the table changed; looked at most once per {@code youcheng.recheck}. */
    private TieSnapshot snapshot() {
        long now = System.nanoTime();
        TieSnapshot s = ties;
        if (s != null && now - checkedAt < recheckNanos) {
            return s;
        }
        String state = repository.state();
        checkedAt = now;
        if (s != null && s.state().equals(state)) {
            return s;
        }
        return work.await("ties " + state, stop -> {
            TieSnapshot t = ties;
            if (t != null && t.state().equals(state)) {
                return t; // read by the job just before this one
            }
            Map<Long, Place> places =
                    repository.placesOnTies().stream().collect(Collectors.toMap(Place::id, Function.identity()));
            stop.check();
            t = new TieSnapshot(state, repository.ties(), places);
            reads.incrementAndGet();
            synchronized (kept) {
                kept.clear();
            }
            ties = t;
            return t;
        });
    }

    public Summary summary(GraphFilter filter) {
        TieGraph g = graph(filter);
        GraphMetrics m = metrics(g);
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
        TieGraph g = graph(filter);
        GraphMetrics m = metrics(g);
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
        TieGraph g = graph(filter);
        int v = vertex(g, placeId, "place");
        GraphMetrics m = metrics(g);
        int rank = 1
                + (int) IntStream.range(0, g.size())
                        .filter(w -> m.degree()[w] > m.degree()[v])
                        .count();
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
