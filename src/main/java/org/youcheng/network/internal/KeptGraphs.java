package org.youcheng.network.internal;

import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.youcheng.common.YouchengProperties;
import org.youcheng.network.GraphFilter;
import org.youcheng.registry.Place;

/**
 * The graphs of the ties and their metrics, read and computed once. The ties are read once per state of the tie table
 * (its row count, last id and last change: any insert, update or delete changes one of them, looked at most once per
 * {@code youcheng.recheck}) into a {@link TieSnapshot}; a filter picks ties from it in memory. Graphs that pick the
 * same ties are one graph, kept with their metrics: the one of all live ties always, a few others by last use.
 * Reading the ties and computing metrics go through {@link GraphWork}: shared by concurrent requests, bounded,
 * stopped when nobody waits.
 */
@Component
public class KeptGraphs {

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

    public KeptGraphs(GraphRepository repository, GraphWork work, YouchengProperties properties) {
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

    /** The place and everything it has a tie with, ended ties included. */
    public Set<Long> tiedTo(long placeId) {
        TieGraph any = graph(new GraphFilter(Set.of(), null, null, true));
        Set<Long> tied = new HashSet<>();
        tied.add(placeId);
        any.vertex(placeId).ifPresent(v -> any.partners(v).forEach(p -> tied.add(p.id())));
        return tied;
    }

    private boolean superseded(TieGraph g) {
        TieSnapshot now = ties;
        return now != null && !now.state().equals(g.state());
    }

    /** Times the ties were read from the database since start. */
    public int reads() {
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
}
