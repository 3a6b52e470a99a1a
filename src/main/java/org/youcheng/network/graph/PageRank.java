package org.youcheng.network.graph;

/** How much a vertex matters when importance flows along the edges: the stationary visit rate of a random surfer. */
public interface PageRank {

    /** One score per vertex; the scores sum to 1 (an empty graph has none). */
    double[] scores(Graph g);
}
