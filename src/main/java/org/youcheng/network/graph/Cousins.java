package org.youcheng.network.graph;

import java.util.List;

/** Places that share a partner with a place but have no tie with it ("cousins"). */
public interface Cousins {

    /**
     * @param vertex  the cousin
     * @param via     the partners the two share, sorted
     */
    record Cousin(int vertex, int[] via) {}

    /** The cousins of {@code v}, most shared partners first, then by vertex number. */
    List<Cousin> of(Graph g, int v);
}
