package org.youcheng.network.graph;

import java.util.Arrays;

/**
 * Hop distances from one source by breadth-first search, reusing its arrays from call to call (one instance per
 * thread). O(n+m) per source.
 */
public final class BreadthFirstSearch {

    private final Graph g;
    private final int[] dist;
    private final int[] parent;
    private final int[] queue;
    private int reached;

    public BreadthFirstSearch(Graph g) {
        this.g = g;
        int n = g.vertexCount();
        this.dist = new int[n];
        this.parent = new int[n];
        this.queue = new int[n];
        Arrays.fill(dist, -1);
    }

    /**
     * Searches from {@code source}, stopping early once {@code stopAt} is reached (-1 to search everything).
     *
     * @return how many vertices were reached, the source included
     */
    public int run(int source, int stopAt) {
        for (int k = 0; k < reached; k++) {
            dist[queue[k]] = -1;
        }
        int[] off = g.offsets;
        int[] adj = g.targets;
        int head = 0;
        int tail = 0;
        queue[tail++] = source;
        dist[source] = 0;
        parent[source] = -1;
        if (stopAt < 0) {
            reached = everything(off, adj);
            return reached;
        }
        search:
        while (head < tail) {
            int v = queue[head++];
            int dv = dist[v] + 1;
            for (int i = off[v], end = off[v + 1]; i < end; i++) {
                int w = adj[i];
                if (dist[w] < 0) {
                    dist[w] = dv;
                    parent[w] = v;
                    queue[tail++] = w;
                    if (w == stopAt) {
                        break search;
                    }
                }
            }
        }
        reached = tail;
        return tail;
    }

    /** The search without a target or parents: the tight loop behind distances from many sources. */
    private int everything(int[] off, int[] adj) {
        int[] d = dist;
        int[] q = queue;
        int head = 0;
        int tail = 1;
        while (head < tail) {
            int v = q[head++];
            int dv = d[v] + 1;
            for (int i = off[v], end = off[v + 1]; i < end; i++) {
                int w = adj[i];
                if (d[w] < 0) {
                    d[w] = dv;
                    q[tail++] = w;
                }
            }
        }
        return tail;
    }

    /** Hops from the last source to {@code v}, or -1 if not reached. */
    public int distance(int v) {
        return dist[v];
    }

    /** The vertex before {@code v} on a shortest chain from the last source, when it was searched with a target. */
    public int parent(int v) {
        return parent[v];
    }

    /** The sum of the distances to every vertex reached (a checksum for comparing implementations). */
    public long distanceSum() {
        long s = 0;
        for (int k = 0; k < reached; k++) {
            s += dist[queue[k]];
        }
        return s;
    }
}
