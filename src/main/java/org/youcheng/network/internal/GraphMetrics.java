package org.youcheng.network.internal;

import org.youcheng.network.graph.BrandesBetweenness;
import org.youcheng.network.graph.Communities;
import org.youcheng.network.graph.ConnectedComponents;
import org.youcheng.network.graph.Graph;
import org.youcheng.network.graph.LouvainCommunities;
import org.youcheng.network.graph.PowerIterationPageRank;
import org.youcheng.network.graph.Stop;
import org.youcheng.network.graph.UnionFindComponents;

/**
 * Every vertex's figures: ties (degree), PageRank (damping 0.85), betweenness (exact, unnormalised), its connected
 * component and its Louvain community (seed 1), both numbered largest first.
 */
public record GraphMetrics(
        int[] degree,
        double[] pageRank,
        double[] betweenness,
        ConnectedComponents.Components components,
        Communities.Partition communities) {

    /** The seed of the Louvain method's vertex order, fixed so that a graph always gets the same communities. */
    static final long COMMUNITY_SEED = 1;

    /** Computes them all; gives up (CancellationException) soon after {@code stop} is raised. */
    public static GraphMetrics of(Graph g, Stop stop) {
        return new GraphMetrics(
                g.degrees(),
                new PowerIterationPageRank(stop).scores(g),
                new BrandesBetweenness(stop).scores(g),
                new UnionFindComponents().find(g),
                new LouvainCommunities(COMMUNITY_SEED, stop).find(g));
    }
}
