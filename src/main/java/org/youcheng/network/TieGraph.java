package org.youcheng.network;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.youcheng.network.graph.Graph;
import org.youcheng.registry.Place;

/**
 * A snapshot of the ties as a compact {@link Graph}: every place on a tie of the filter is a vertex, numbered
 * densely in order of its id. Immutable; its metrics are computed on first use and kept with it.
 */
public final class TieGraph {

    private final String state;
    private final GraphFilter filter;
    private final Graph graph;
    private final Place[] places;
    private final Map<Long, Integer> index;
    private volatile GraphMetrics metrics;

    TieGraph(String state, GraphFilter filter, GraphRepository.Edges edges, Map<Long, Place> placesById) {
        this.state = state;
        this.filter = filter;
        long[] ids = java.util.stream.LongStream.concat(Arrays.stream(edges.from()), Arrays.stream(edges.to()))
                .distinct().sorted().toArray();
        this.index = new HashMap<>(ids.length * 2);
        this.places = new Place[ids.length];
        for (int v = 0; v < ids.length; v++) {
            index.put(ids[v], v);
            places[v] = placesById.get(ids[v]);
        }
        int[] from = new int[edges.from().length];
        int[] to = new int[from.length];
        for (int i = 0; i < from.length; i++) {
            from[i] = index.get(edges.from()[i]);
            to[i] = index.get(edges.to()[i]);
        }
        this.graph = Graph.of(ids.length, from, to);
    }

    public String state() {
        return state;
    }

    public GraphFilter filter() {
        return filter;
    }

    public Graph graph() {
        return graph;
    }

    public int size() {
        return places.length;
    }

    public Place place(int v) {
        return places[v];
    }

    /** The vertex of a place, if it is on a tie of this graph. */
    public Optional<Integer> vertex(long placeId) {
        return Optional.ofNullable(index.get(placeId));
    }

    public List<Place> partners(int v) {
        return Arrays.stream(graph.neighbours(v)).mapToObj(w -> places[w]).toList();
    }

    /** The metrics of every place, computed once per snapshot. */
    public GraphMetrics metrics() {
        GraphMetrics m = metrics;
        if (m == null) {
            synchronized (this) {
                m = metrics;
                if (m == null) {
                    m = GraphMetrics.of(graph);
                    metrics = m;
                }
            }
        }
        return m;
    }
}
