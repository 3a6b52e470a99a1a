package org.youcheng.network.graph;

import java.util.Arrays;

/** Connected components by one breadth-first search per unlabelled vertex, then renumbered by size. O(n+m). */
public final class BreadthFirstComponents implements ConnectedComponents {

    @Override
    public Components find(Graph g) {
        int n = g.vertexCount();
        int[] off = g.offsets;
        int[] adj = g.targets;
        int[] label = new int[n];
        Arrays.fill(label, -1);
        int[] queue = new int[n];
        int[] size = new int[n];
        int count = 0;
        for (int s = 0; s < n; s++) {
            if (label[s] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            label[s] = count;
            while (head < tail) {
                int v = queue[head++];
                for (int i = off[v], end = off[v + 1]; i < end; i++) {
                    int w = adj[i];
                    if (label[w] < 0) {
                        label[w] = count;
                        queue[tail++] = w;
                    }
                }
            }
            size[count++] = tail;
        }
        // renumber: largest first; a stable sort keeps the order of first vertices among equal sizes
        Integer[] byOrder = new Integer[count];
        for (int c = 0; c < count; c++) {
            byOrder[c] = c;
        }
        int[] sz = size;
        Arrays.sort(byOrder, (a, b) -> Integer.compare(sz[b], sz[a]));
        int[] rank = new int[count];
        int[] sizes = new int[count];
        for (int r = 0; r < count; r++) {
            rank[byOrder[r]] = r;
            sizes[r] = size[byOrder[r]];
        }
        for (int v = 0; v < n; v++) {
            label[v] = rank[label[v]];
        }
        return new Components(label, sizes);
    }
}
