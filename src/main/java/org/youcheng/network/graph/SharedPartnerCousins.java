package org.youcheng.network.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cousins as the vertices two steps away: each neighbour's neighbours, less the vertex and its own neighbours,
 * counting the neighbours they are reached through. O(Σ deg(u) over the neighbours u of v).
 */
public final class SharedPartnerCousins implements Cousins {

    @Override
    public List<Cousin> of(Graph g, int v) {
        int[] off = g.offsets;
        int[] adj = g.targets;
        java.util.Map<Integer, List<Integer>> via = new java.util.TreeMap<>();
        for (int i = off[v]; i < off[v + 1]; i++) {
            int partner = adj[i];
            for (int j = off[partner]; j < off[partner + 1]; j++) {
                int w = adj[j];
                if (w != v && !g.adjacent(v, w)) {
                    via.computeIfAbsent(w, k -> new ArrayList<>()).add(partner);
                }
            }
        }
        List<Cousin> out = new ArrayList<>(via.size());
        via.forEach((w, list) ->
                out.add(new Cousin(w, list.stream().mapToInt(Integer::intValue).toArray())));
        out.sort(Comparator.comparingInt((Cousin c) -> -c.via().length).thenComparingInt(Cousin::vertex));
        return out;
    }
}
