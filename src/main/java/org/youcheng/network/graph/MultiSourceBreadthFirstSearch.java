package org.youcheng.network.graph;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Hop distances from many sources at once, 64 searches to a word (MS-BFS: Then, Kaufmann, Chirigati, Hoang-Vu,
 * Pham, Kemper, Neumann and Vo, "The more the merrier: efficient multi-source graph traversal", VLDB 2014). Each
 * vertex holds one bit per search for "seen" and "in the frontier"; one scan of a vertex's ties advances every
 * search whose frontier holds it, so a tie is read about once per level instead of once per source. Batches of 64
 * run in parallel. O(levels·(n+m)) per batch.
 */
public final class MultiSourceBreadthFirstSearch {

    private MultiSourceBreadthFirstSearch() {}

    /** {@code result[k][v]}: hops from {@code sources[k]} to {@code v}, or -1 where it cannot be reached. */
    public static int[][] distances(Graph g, int[] sources) {
        int n = g.vertexCount();
        for (int s : sources) {
            if (s < 0 || s >= n) {
                throw new IllegalArgumentException("source " + s + " is not a vertex");
            }
        }
        int[][] result = new int[sources.length][];
        int batches = (sources.length + 63) / 64;
        AtomicInteger next = new AtomicInteger();
        int workers = Math.min(batches, Runtime.getRuntime().availableProcessors());
        IntStream.range(0, workers).parallel().forEach(w -> {
            for (int b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
                int from = b * 64;
                int[][] rows = batch(g, Arrays.copyOfRange(sources, from, Math.min(sources.length, from + 64)));
                System.arraycopy(rows, 0, result, from, rows.length);
            }
        });
        return result;
    }

    private static int[][] batch(Graph g, int[] sources) {
        int n = g.vertexCount();
        int[] off = g.offsets;
        int[] adj = g.targets;
        int[][] dist = new int[sources.length][n];
        long[] seen = new long[n];
        long[] frontier = new long[n];
        long[] next = new long[n];
        for (int k = 0; k < sources.length; k++) {
            Arrays.fill(dist[k], -1);
            int s = sources[k];
            seen[s] |= 1L << k;
            frontier[s] |= 1L << k;
            dist[k][s] = 0;
        }
        boolean moved = true;
        for (int level = 1; moved; level++) {
            moved = false;
            for (int v = 0; v < n; v++) {
                long f = frontier[v];
                if (f == 0) {
                    continue;
                }
                for (int i = off[v], end = off[v + 1]; i < end; i++) {
                    int w = adj[i];
                    long fresh = f & ~seen[w];
                    if (fresh != 0) {
                        seen[w] |= fresh;
                        next[w] |= fresh;
                        moved = true;
                        do {
                            dist[Long.numberOfTrailingZeros(fresh)][w] = level;
                            fresh &= fresh - 1;
                        } while (fresh != 0);
                    }
                }
            }
            long[] t = frontier;
            frontier = next;
            next = t;
            Arrays.fill(next, 0);
        }
        return dist;
    }
}
