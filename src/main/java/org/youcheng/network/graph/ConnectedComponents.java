package org.youcheng.network.graph;

/** Which vertices can reach each other. */
public interface ConnectedComponents {

    /**
     * @param label for each vertex its component, numbered from 0 by size (largest first, ties by lowest vertex)
     * @param sizes the size of each component, largest first
     */
    record Components(int[] label, int[] sizes) {
        public int count() {
            return sizes.length;
        }

        /**
         * Renumbers components {@code 0..count-1}, numbered in order of their lowest vertex, by size: largest first,
         * equal sizes in their first order.
         */
        static Components numberedBySize(int[] label, int count) {
            int[] size = new int[count];
            for (int l : label) {
                size[l]++;
            }
            Integer[] order = new Integer[count];
            for (int c = 0; c < count; c++) {
                order[c] = c;
            }
            java.util.Arrays.sort(order, (a, b) -> Integer.compare(size[b], size[a]));
            int[] rank = new int[count];
            int[] sizes = new int[count];
            for (int r = 0; r < count; r++) {
                rank[order[r]] = r;
                sizes[r] = size[order[r]];
            }
            for (int v = 0; v < label.length; v++) {
                label[v] = rank[label[v]];
            }
            return new Components(label, sizes);
        }
    }

    Components find(Graph g);
}
