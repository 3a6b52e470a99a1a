package org.youcheng.network.graph;

/** The fewest ties that lead from one place to another. */
public interface ShortestChain {

    /** The vertices from {@code source} to {@code target}, both included; empty when none leads there. */
    int[] between(Graph g, int source, int target);
}
