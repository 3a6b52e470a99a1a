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
    }

    Components find(Graph g);
}
