package org.youcheng.network.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

/** The compact algorithms agree with JGraphT's on a random graph and on the bundled Wikidata twin network. */
class JGraphTCrossCheckTests {

    record Edges(int n, int[] from, int[] to) {
        Graph graph() {
            return Graph.of(n, from, to);
        }

        SimpleGraph<Integer, DefaultEdge> jgrapht() {
            SimpleGraph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
            IntStream.range(0, n).forEach(g::addVertex);
            for (int i = 0; i < from.length; i++) {
                if (from[i] != to[i]) {
                    g.addEdge(from[i], to[i]);
                }
            }
            return g;
        }
    }

    static Edges random(int n, int m, long seed) {
        Random r = new Random(seed);
        int[] from = new int[m];
        int[] to = new int[m];
        for (int i = 0; i < m; i++) {
            from[i] = r.nextInt(n);
            to[i] = r.nextInt(n);
        }
        return new Edges(n, from, to);
    }

    /** The bundled network as the seed data ships it: one vertex per Wikidata item. */
    static Edges bundled() throws IOException {
        Map<String, Integer> ids = new HashMap<>();
        List<int[]> pairs = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                JGraphTCrossCheckTests.class.getResourceAsStream("/refdata/wikidata/twin-links.tsv"),
                StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t");
                pairs.add(new int[] {
                    ids.computeIfAbsent(f[0], k -> ids.size()), ids.computeIfAbsent(f[1], k -> ids.size())
                });
            }
        }
        return new Edges(
                ids.size(),
                pairs.stream().mapToInt(p -> p[0]).toArray(),
                pairs.stream().mapToInt(p -> p[1]).toArray());
    }

    @Test
    void betweennessMatchesJGraphTOnARandomGraph() {
        Edges e = random(300, 700, 1);
        double[] ours = new BrandesBetweenness().scores(e.graph());
        Map<Integer, Double> theirs = new BetweennessCentrality<>(e.jgrapht(), false).getScores();
        for (int v = 0; v < e.n(); v++) {
            assertThat(ours[v]).as("vertex %d", v).isCloseTo(theirs.get(v), within(1e-6));
        }
    }

    @Test
    void pageRankMatchesJGraphTOnARandomGraph() {
        Edges e = random(400, 900, 2);
        double[] ours = new PowerIterationPageRank().scores(e.graph());
        var theirs = new org.jgrapht.alg.scoring.PageRank<>(e.jgrapht(), 0.85, 10_000, 1e-12).getScores();
        for (int v = 0; v < e.n(); v++) {
            assertThat(ours[v]).as("vertex %d", v).isCloseTo(theirs.get(v), within(1e-9));
        }
    }

    @Test
    void componentsAndChainsMatchJGraphT() {
        Edges e = random(500, 420, 3);
        Graph g = e.graph();
        var jg = e.jgrapht();
        var ours = new UnionFindComponents().find(g);
        assertThat(ours.label())
                .containsExactly(new BreadthFirstComponents().find(g).label());
        List<Set<Integer>> theirs = new ConnectivityInspector<>(jg).connectedSets();
        assertThat(ours.count()).isEqualTo(theirs.size());
        assertThat(IntStream.of(ours.sizes()).boxed().toList())
                .isEqualTo(theirs.stream()
                        .map(Set::size)
                        .sorted(Comparator.reverseOrder())
                        .toList());
        for (Set<Integer> set : theirs) {
            assertThat(set.stream().map(v -> ours.label()[v]).distinct()).hasSize(1);
        }
        var bfs = new BFSShortestPath<>(jg);
        Random r = new Random(4);
        for (int k = 0; k < 50; k++) {
            int s = r.nextInt(e.n());
            int t = r.nextInt(e.n());
            int[] chain = new BreadthFirstChain().between(g, s, t);
            var path = bfs.getPath(s, t);
            assertThat(chain.length).isEqualTo(path == null ? 0 : path.getLength() + 1);
            for (int i = 1; i < chain.length; i++) {
                assertThat(g.adjacent(chain[i - 1], chain[i])).isTrue();
            }
        }
    }

    @Test
    void louvainModularityIsJGraphTsModularityOfTheSamePartition() {
        Edges e = random(300, 900, 5);
        var p = new LouvainCommunities(1).find(e.graph());
        List<Set<Integer>> parts = new ArrayList<>();
        IntStream.range(0, p.count()).forEach(c -> parts.add(new HashSet<>()));
        IntStream.range(0, e.n()).forEach(v -> parts.get(p.label()[v]).add(v));
        double theirs = new UndirectedModularityMeasurer<>(e.jgrapht()).modularity(parts);
        assertThat(p.modularity()).isCloseTo(theirs, within(1e-9));
        // far better than chance: a random graph of mean degree 6 has communities of Q around 0.3
        assertThat(p.modularity()).isGreaterThan(0.25);
    }

    @Test
    void theBundledNetworksTopPlacesByBetweennessAgreeWithJGraphT() throws IOException {
        Edges e = bundled();
        Graph g = e.graph();
        assertThat(g.vertexCount()).isEqualTo(5470);
        assertThat(g.edgeCount()).isEqualTo(10_596);
        double[] ours = new BrandesBetweenness().scores(g);
        Map<Integer, Double> theirs = new BetweennessCentrality<>(e.jgrapht(), false).getScores();
        List<Integer> ourTop = top(v -> ours[v], e.n());
        List<Integer> theirTop = top(theirs::get, e.n());
        assertThat(ourTop).isEqualTo(theirTop);
        for (int v : ourTop) {
            assertThat(ours[v]).isCloseTo(theirs.get(v), within(1e-6 * theirs.get(v)));
        }
    }

    private static List<Integer> top(java.util.function.IntToDoubleFunction score, int n) {
        return IntStream.range(0, n)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer v) -> -score.applyAsDouble(v))
                        .thenComparing(v -> v))
                .limit(20)
                .toList();
    }
}
