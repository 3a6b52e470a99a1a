package org.youcheng.network.graph;

import java.util.Arrays;

/**
 * An undirected simple graph on the vertices {@code 0..n-1}, stored as compressed sparse rows: the neighbours of
 * {@code v} are {@code targets[offsets[v]] .. targets[offsets[v+1]-1]}, sorted, each edge held once from each side.
 * Primitive arrays only, so that the algorithms' inner loops touch no boxed values; immutable once built.
 */
public final class Graph {

    final int[] offsets;
    final int[] targets;

    private Graph(int[] offsets, int[] targets) {
        this.offsets = offsets;
        this.targets = targets;
    }

    /**
     * Builds the graph of {@code n} vertices from the edges {@code from[i] – to[i]}; repeated edges (in either
     * direction) count once and loops are dropped.
     *
     * @throws IllegalArgumentException if the arrays differ in length or name a vertex outside {@code 0..n-1}
     */
    public static Graph of(int n, int[] from, int[] to) {
        if (n < 0 || from.length != to.length) {
            throw new IllegalArgumentException("n must be >= 0 and both edge arrays of one length");
        }
        int[] degree = new int[n + 1];
        for (int i = 0; i < from.length; i++) {
            int a = from[i];
            int b = to[i];
            if (a < 0 || a >= n || b < 0 || b >= n) {
                throw new IllegalArgumentException("edge " + i + " names a vertex outside 0.." + (n - 1));
            }
            if (a != b) {
                degree[a]++;
                degree[b]++;
            }
        }
        int[] offsets = new int[n + 1];
        for (int v = 0; v < n; v++) {
            offsets[v + 1] = offsets[v] + degree[v];
        }
        int[] fill = Arrays.copyOf(offsets, n);
        int[] targets = new int[offsets[n]];
        for (int i = 0; i < from.length; i++) {
            int a = from[i];
            int b = to[i];
            if (a != b) {
                targets[fill[a]++] = b;
                targets[fill[b]++] = a;
            }
        }
        // sort each row and squeeze out repeated neighbours, moving the rows left in place
        int write = 0;
        int start = 0;
        for (int v = 0; v < n; v++) {
            int end = offsets[v + 1];
            Arrays.sort(targets, start, end);
            int rowStart = write;
            for (int i = start; i < end; i++) {
                if (i == start || targets[i] != targets[i - 1]) {
                    targets[write++] = targets[i];
                }
            }
            offsets[v] = rowStart;
            start = end;
        }
        offsets[n] = write;
        return new Graph(offsets, write == targets.length ? targets : Arrays.copyOf(targets, write));
    }

    public int vertexCount() {
        return offsets.length - 1;
    }

    /** Undirected edges. */
    public int edgeCount() {
        return targets.length / 2;
    }

    public int degree(int v) {
        return offsets[v + 1] - offsets[v];
    }

    /** The neighbours of {@code v}, sorted (a copy). */
    public int[] neighbours(int v) {
        return Arrays.copyOfRange(targets, offsets[v], offsets[v + 1]);
    }

    public boolean adjacent(int a, int b) {
        return Arrays.binarySearch(targets, offsets[a], offsets[a + 1], b) >= 0;
    }

    /** Every vertex's degree. */
    public int[] degrees() {
        int n = vertexCount();
        int[] d = new int[n];
        for (int v = 0; v < n; v++) {
            d[v] = offsets[v + 1] - offsets[v];
        }
        return d;
    }
}
