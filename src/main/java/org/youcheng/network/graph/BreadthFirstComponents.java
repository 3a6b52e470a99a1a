package org.youcheng.network.graph;

import java.util.Arrays;

/**
 * Connected components by one breadth-first search per unlabelled vertex, then renumbered by size. O(n+m). The
 * plain reference for {@link UnionFindComponents}, which the application uses.
 */
public final class BreadthFirstComponents implements ConnectedComponents {

    @Override
    public Components find(Graph g) {
        int n = g.vertexCount();
        int[] off = g.offsets;
        int[] adj = g.targets;
        int[] label = new int[n];
        Arrays.fill(label, -1);
        int[] queue = new int[n];
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
            count++;
        }
        return Components.numberedBySize(label, count);
    }
}
