package org.youcheng.network.internal;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.youcheng.network.graph.Graph;
import org.youcheng.network.graph.Stop;
import org.youcheng.registry.Place;

/**
 * The graph of some ties of a {@link TieSnapshot} as a compact {@link Graph}: every place on a picked tie is a
 * vertex, numbered densely in order of its id. Immutable; its metrics are computed once and kept with it.
 */
public final class TieGraph {

    private final String state;
    private final Graph graph;
    private final Place[] places;
    private final Map<Long, Integer> index;
    private volatile GraphMetrics metrics;
    private final java.util.concurrent.ConcurrentMap<Object, int[]> orders =
            new java.util.concurrent.ConcurrentHashMap<>();

    TieGraph(TieSnapshot ties, BitSet picked) {
        this.state = ties.state();
        long[] ids = picked.stream()
                .mapToObj(i -> new long[] {ties.domestic(i), ties.partner(i)})
                .flatMapToLong(Arrays::stream)
                .distinct()
                .sorted()
                .toArray();
        this.index = new HashMap<>(ids.length * 2);
        this.places = new Place[ids.length];
        for (int v = 0; v < ids.length; v++) {
            index.put(ids[v], v);
            places[v] = ties.place(ids[v]);
        }
        int[] from = new int[picked.cardinality()];
        int[] to = new int[from.length];
        int e = 0;
        for (int i = picked.nextSetBit(0); i >= 0; i = picked.nextSetBit(i + 1)) {
            from[e] = index.get(ties.domestic(i));
            to[e++] = index.get(ties.partner(i));
        }
        this.graph = Graph.of(ids.length, from, to);
    }

    /** The state of the tie table the graph was read from. */
    public String state() {
        return state;
    }

    public Graph graph() {
        return graph;
    }

    public int size() {
        return places.length;
    }

    /** How many ties join the places (one edge per pair). */
    public int ties() {
        return graph.edgeCount();
    }

    public Place place(int v) {
        return places[v];
    }

    /** The vertex of a place, if it is on a tie of this graph. */
    public Optional<Integer> vertex(long placeId) {
        return Optional.ofNullable(index.get(placeId));
    }

    /** The most ties any place of the graph has. */
    public int mostTies() {
        int most = 0;
        for (int v = 0; v < size(); v++) {
            most = Math.max(most, graph.degree(v));
        }
        return most;
    }

    public List<Place> partners(int v) {
        return Arrays.stream(graph.neighbours(v)).mapToObj(w -> places[w]).toList();
    }

    /**
     * The metrics of every place, computed here and now if no one has yet, however long it takes (the command
     * line's way; requests go through {@link KeptGraphs#metrics}, which bounds and shares the work).
     */
    public GraphMetrics metrics() {
        return metrics(Stop.NEVER);
    }

    /** The vertices in an order (a ranking's), worked out on first use and kept with the graph. */
    public int[] order(Object by, java.util.function.Supplier<int[]> work) {
        return orders.computeIfAbsent(by, k -> work.get());
    }

    /** The metrics, if computed already. */
    public Optional<GraphMetrics> known() {
        return Optional.ofNullable(metrics);
    }

    GraphMetrics metrics(Stop stop) {
        GraphMetrics m = metrics;
        if (m == null) {
            synchronized (this) {
                m = metrics;
                if (m == null) {
                    m = GraphMetrics.of(graph, stop);
                    metrics = m;
                }
            }
        }
        return m;
    }
}
