package org.youcheng.network.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Communities by the Louvain method (Blondel, Guillaume, Lambiotte and Lefebvre, "Fast unfolding of communities in
 * large networks", 2008): move each vertex to the neighbouring community that gains the most modularity until no move
 * gains, merge each community into one vertex (its inner ties become a loop), and repeat on the smaller graph until
 * nothing merges. Vertices are visited in an order shuffled by the seed, so a seed always gives the same answer.
 * About O(m) per pass; a few passes per level and a few levels in practice.
 */
public final class LouvainCommunities implements Communities {

    private static final double GAIN_EPSILON = 1e-12;
    private static final int MAX_PASSES = 100;

    private final long seed;
    private final Stop stop;

    /** Looks at {@code stop} before each pass over the vertices. */
    public LouvainCommunities(long seed, Stop stop) {
        if (stop == null) {
            throw new IllegalArgumentException("stop is required (Stop.NEVER to run to the end)");
        }
        this.seed = seed;
        this.stop = stop;
    }

    public LouvainCommunities(long seed) {
        this(seed, Stop.NEVER);
    }

    /** A weighted graph of one level: rows as in {@link Graph}, with weights, and the weight of each vertex's loop. */
    private record Level(int n, int[] off, int[] adj, double[] weight, double[] loop) {}

    @Override
    public Partition find(Graph g) {
        int n = g.vertexCount();
        double[] ones = new double[g.targets.length];
        Arrays.fill(ones, 1);
        Level level = new Level(n, g.offsets, g.targets, ones, new double[n]);
        int[] membership = new int[n];
        for (int v = 0; v < n; v++) {
            membership[v] = v;
        }
        Random random = new Random(seed);
        while (true) {
            int[] community = moveLocally(level, random);
            int k = renumber(community);
            if (k == level.n()) {
                break;
            }
            for (int v = 0; v < n; v++) {
                membership[v] = community[membership[v]];
            }
            level = aggregate(level, community, k);
        }
        int k = 0;
        for (int l : membership) {
            k = Math.max(k, l + 1);
        }
        int[] size = new int[k];
        for (int l : membership) {
            size[l]++;
        }
        Integer[] order = new Integer[k];
        for (int c = 0; c < k; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(size[b], size[a]));
        int[] rank = new int[k];
        int[] sizes = new int[k];
        for (int r = 0; r < k; r++) {
            rank[order[r]] = r;
            sizes[r] = size[order[r]];
        }
        int[] label = new int[n];
        for (int v = 0; v < n; v++) {
            label[v] = rank[membership[v]];
        }
        return new Partition(label, sizes, Communities.modularity(g, label));
    }

    private int[] moveLocally(Level lv, Random random) {
        int n = lv.n();
        double[] strength = new double[n];
        double total = 0;
        for (int v = 0; v < n; v++) {
            double s = 2 * lv.loop()[v];
            for (int i = lv.off()[v]; i < lv.off()[v + 1]; i++) {
                s += lv.weight()[i];
            }
            strength[v] = s;
            total += s;
        }
        int[] community = new int[n];
        double[] tot = strength.clone();
        for (int v = 0; v < n; v++) {
            community[v] = v;
        }
        if (total == 0) {
            return community;
        }
        int[] order = new int[n];
        for (int v = 0; v < n; v++) {
            order[v] = v;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        double[] toCommunity = new double[n];
        Arrays.fill(toCommunity, -1);
        int[] seen = new int[n];
        boolean moved = true;
        for (int pass = 0; moved && pass < MAX_PASSES; pass++) {
            stop.check();
            moved = false;
            for (int v : order) {
                int home = community[v];
                int count = 0;
                for (int i = lv.off()[v]; i < lv.off()[v + 1]; i++) {
                    int c = community[lv.adj()[i]];
                    if (toCommunity[c] < 0) {
                        toCommunity[c] = 0;
                        seen[count++] = c;
                    }
                    toCommunity[c] += lv.weight()[i];
                }
                tot[home] -= strength[v];
                double ratio = strength[v] / total;
                int best = home;
                double bestGain = Math.max(toCommunity[home], 0) - tot[home] * ratio;
                for (int k = 0; k < count; k++) {
                    int c = seen[k];
                    double gain = toCommunity[c] - tot[c] * ratio;
                    if (gain > bestGain + GAIN_EPSILON) {
                        best = c;
                        bestGain = gain;
                    }
                }
                tot[best] += strength[v];
                community[v] = best;
                moved |= best != home;
                for (int k = 0; k < count; k++) {
                    toCommunity[seen[k]] = -1;
                }
            }
        }
        return community;
    }

    /** Numbers the communities 0..k-1 in order of first appearance and returns k. */
    private static int renumber(int[] community) {
        int[] map = new int[community.length];
        Arrays.fill(map, -1);
        int k = 0;
        for (int v = 0; v < community.length; v++) {
            int c = community[v];
            if (map[c] < 0) {
                map[c] = k++;
            }
            community[v] = map[c];
        }
        return k;
    }

    private static Level aggregate(Level lv, int[] community, int k) {
        List<List<Integer>> members = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            members.add(new ArrayList<>());
        }
        double[] loop = new double[k];
        for (int v = 0; v < lv.n(); v++) {
            members.get(community[v]).add(v);
            loop[community[v]] += lv.loop()[v];
        }
        int[] off = new int[k + 1];
        int[] adj = new int[lv.adj().length];
        double[] weight = new double[lv.adj().length];
        double[] toCommunity = new double[k];
        int[] seen = new int[k];
        int write = 0;
        for (int c = 0; c < k; c++) {
            int count = 0;
            for (int v : members.get(c)) {
                for (int i = lv.off()[v]; i < lv.off()[v + 1]; i++) {
                    int d = community[lv.adj()[i]];
                    double w = lv.weight()[i];
                    if (d == c) {
                        loop[c] += w / 2; // an inner tie is met from both of its ends
                    } else {
                        if (toCommunity[d] == 0) {
                            seen[count++] = d;
                        }
                        toCommunity[d] += w;
                    }
                }
            }
            Arrays.sort(seen, 0, count);
            for (int j = 0; j < count; j++) {
                adj[write] = seen[j];
                weight[write++] = toCommunity[seen[j]];
                toCommunity[seen[j]] = 0;
            }
            off[c + 1] = write;
        }
        return new Level(k, off, Arrays.copyOf(adj, write), Arrays.copyOf(weight, write), loop);
    }
}
