package org.youcheng.network.graph;

/** Groups of vertices more tied among themselves than to the rest. */
public interface Communities {

    /**
     * @param label      for each vertex its community, numbered from 0 by size (largest first)
     * @param sizes      the size of each community
     * @param modularity Newman's modularity Q of the partition
     */
    record Partition(int[] label, int[] sizes, double modularity) {
        public int count() {
            return sizes.length;
        }
    }

    Partition find(Graph g);

    /**
     * Newman–Girvan modularity of a partition: {@code Q = Σ_c (e_c/m − (d_c/2m)²)}, with {@code e_c} the edges
     * inside community c, {@code d_c} the sum of its degrees and {@code m} the number of edges. 0 for no edges.
     */
    static double modularity(Graph g, int[] label) {
        int n = g.vertexCount();
        double m = g.edgeCount();
        if (m == 0) {
            return 0;
        }
        int k = 0;
        for (int l : label) {
            k = Math.max(k, l + 1);
        }
        double[] inside = new double[k];
        double[] degree = new double[k];
        for (int v = 0; v < n; v++) {
            degree[label[v]] += g.degree(v);
            for (int i = g.offsets[v]; i < g.offsets[v + 1]; i++) {
                if (label[g.targets[i]] == label[v]) {
                    inside[label[v]] += 0.5;
                }
            }
        }
        double q = 0;
        for (int c = 0; c < k; c++) {
            q += inside[c] / m - Math.pow(degree[c] / (2 * m), 2);
        }
        return q;
    }
}
