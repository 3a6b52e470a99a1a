package org.youcheng.network.graph;

import java.util.stream.IntStream;

/**
 * PageRank by power iteration (Brin and Page, 1998): {@code r(v) = (1-d)/n + d·(Σ_{u~v} r(u)/deg(u) + D/n)}, where
 * {@code D} is the score held by vertices without edges, spread evenly (as NetworkX and igraph do). Each round pulls
 * the scores of a vertex's neighbours, so rounds run in parallel over blocks of vertices without locks. Stops when
 * the scores move by less than {@code tolerance} in total (L1), or after {@code maxRounds}. O(rounds·(n+m)).
 */
public final class PowerIterationPageRank implements PageRank {

    private static final int PARALLEL_FROM = 50_000;

    private final double damping;
    private final double tolerance;
    private final int maxRounds;
    private final Stop stop;

    /** Looks at {@code stop} before each round. */
    public PowerIterationPageRank(double damping, double tolerance, int maxRounds, Stop stop) {
        if (!(damping > 0 && damping < 1) || !(tolerance > 0) || maxRounds < 1 || stop == null) {
            throw new IllegalArgumentException(
                    "damping in (0,1), tolerance > 0, maxRounds >= 1 and a stop are required");
        }
        this.damping = damping;
        this.tolerance = tolerance;
        this.maxRounds = maxRounds;
        this.stop = stop;
    }

    public PowerIterationPageRank(double damping, double tolerance, int maxRounds) {
        this(damping, tolerance, maxRounds, Stop.NEVER);
    }

    /** Damping 0.85, to a total change below 1e-10, stopping when {@code stop} is raised. */
    public PowerIterationPageRank(Stop stop) {
        this(0.85, 1e-10, 1000, stop);
    }

    /** Damping 0.85, to a total change below 1e-10. */
    public PowerIterationPageRank() {
        this(Stop.NEVER);
    }

    @Override
    public double[] scores(Graph g) {
        int n = g.vertexCount();
        int[] off = g.offsets;
        int[] adj = g.targets;
        double[] rank = new double[n];
        double[] next = new double[n];
        double[] share = new double[n];
        java.util.Arrays.fill(rank, 1.0 / n);
        boolean parallel = n >= PARALLEL_FROM;
        for (int round = 0; round < maxRounds; round++) {
            stop.check();
            double dangling = 0;
            for (int u = 0; u < n; u++) {
                int deg = off[u + 1] - off[u];
                if (deg == 0) {
                    dangling += rank[u];
                    share[u] = 0;
                } else {
                    share[u] = rank[u] / deg;
                }
            }
            double base = (1 - damping) / n + damping * dangling / n;
            double[] r = rank;
            double[] nx = next;
            double change;
            if (parallel) {
                int blocks = 64;
                change = IntStream.range(0, blocks)
                        .parallel()
                        .mapToDouble(b -> pull(off, adj, share, r, nx, base, (int) ((long) n * b / blocks), (int)
                                ((long) n * (b + 1) / blocks)))
                        .sum();
            } else {
                change = pull(off, adj, share, r, nx, base, 0, n);
            }
            rank = nx;
            next = r;
            if (change < tolerance) {
                break;
            }
        }
        return rank;
    }

    private double pull(
            int[] off, int[] adj, double[] share, double[] rank, double[] next, double base, int from, int to) {
        double change = 0;
        for (int v = from; v < to; v++) {
            double sum = 0;
            for (int i = off[v], end = off[v + 1]; i < end; i++) {
                sum += share[adj[i]];
            }
            double value = base + damping * sum;
            change += Math.abs(value - rank[v]);
            next[v] = value;
        }
        return change;
    }
}
