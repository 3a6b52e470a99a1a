package org.youcheng.network.graph;

/**
 * Connected components by union-find over the edges (each once, from its lower end), the lower root always
 * becoming the parent and paths halved on the way up (Tarjan and van Leeuwen, 1984). A root is thus the lowest
 * vertex of its set, so components come out in the order of their lowest vertex, as a breadth-first labelling
 * gives, before they are renumbered by size. Nearly O(n+m), and one pass over the rows with no queue: several
 * times faster than {@link BreadthFirstComponents} on large graphs.
 */
public final class UnionFindComponents implements ConnectedComponents {

    @Override
    public Components find(Graph g) {
        int n = g.vertexCount();
        int[] off = g.offsets;
        int[] adj = g.targets;
        int[] parent = new int[n];
        for (int v = 0; v < n; v++) {
            parent[v] = v;
        }
        for (int v = 0; v < n; v++) {
            for (int i = off[v], end = off[v + 1]; i < end; i++) {
                int w = adj[i];
                if (w < v) {
                    continue;
                }
                int a = root(parent, v);
                int b = root(parent, w);
                if (a < b) {
                    parent[b] = a;
                } else if (b < a) {
                    parent[a] = b;
                }
            }
        }
        int[] label = new int[n];
        int count = 0;
        for (int v = 0; v < n; v++) {
            int r = root(parent, v);
            label[v] = r == v ? count++ : label[r]; // a root precedes the rest of its set
        }
        return Components.numberedBySize(label, count);
    }

    private static int root(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }
}
