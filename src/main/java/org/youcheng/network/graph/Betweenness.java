package org.youcheng.network.graph;

/**
 * How often a vertex lies on the shortest chains between two others: {@code b(v) = Σ_{s<t, s,t≠v} σ_st(v)/σ_st},
 * with {@code σ_st} the number of shortest chains from s to t and {@code σ_st(v)} those through v. Unnormalised,
 * each unordered pair counted once (the figures NetworkX gives with {@code normalized=False} and igraph gives).
 */
public interface Betweenness {

    double[] scores(Graph g);
}
