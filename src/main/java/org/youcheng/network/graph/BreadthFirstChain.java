package org.youcheng.network.graph;

/**
 * A shortest chain by breadth-first search from the source, stopped when the target is reached. Among chains of
 * equal length it takes the one through the lowest-numbered vertices, as the rows are sorted. O(n+m).
 */
public final class BreadthFirstChain implements ShortestChain {

    @Override
    public int[] between(Graph g, int source, int target) {
        if (source == target) {
            return new int[] {source};
        }
        BreadthFirstSearch bfs = new BreadthFirstSearch(g);
        bfs.run(source, target);
        int hops = bfs.distance(target);
        if (hops < 0) {
            return new int[0];
        }
        int[] chain = new int[hops + 1];
        for (int v = target, k = hops; v >= 0; v = bfs.parent(v), k--) {
            chain[k] = v;
        }
        return chain;
    }
}
