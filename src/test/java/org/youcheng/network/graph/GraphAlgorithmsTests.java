package org.youcheng.network.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Each algorithm on small graphs whose answers are worked out by hand in the test. */
class GraphAlgorithmsTests {

    /** Vertices 0..n-1 and edges given as pairs. */
    static Graph graph(int n, int... pairs) {
        int[] from = new int[pairs.length / 2];
        int[] to = new int[pairs.length / 2];
        for (int i = 0; i < from.length; i++) {
            from[i] = pairs[2 * i];
            to[i] = pairs[2 * i + 1];
        }
        return Graph.of(n, from, to);
    }

    static final Graph PATH5 = graph(5, 0, 1, 1, 2, 2, 3, 3, 4);
    static final Graph STAR4 = graph(4, 0, 1, 0, 2, 0, 3);

    @Test
    void graphDropsRepeatedEdgesAndLoopsAndSortsRows() {
        Graph g = graph(3, 0, 2, 2, 0, 0, 1, 1, 1, 0, 2);
        assertThat(g.edgeCount()).isEqualTo(2);
        assertThat(g.neighbours(0)).containsExactly(1, 2);
        assertThat(g.neighbours(1)).containsExactly(0);
        assertThat(g.adjacent(2, 0)).isTrue();
        assertThat(g.adjacent(1, 2)).isFalse();
        assertThat(g.degrees()).containsExactly(2, 1, 1);
        assertThatThrownBy(() -> graph(2, 0, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void betweennessOfAPathCountsThePairsEachInnerVertexSeparates() {
        // vertex 1 separates 0 from 2, 3, 4 (3 pairs); vertex 2 separates {0,1} from {3,4} (4 pairs)
        assertThat(new BrandesBetweenness(1).scores(PATH5)).containsExactly(0, 3, 4, 3, 0);
        assertThat(new BrandesBetweenness(2).scores(PATH5)).containsExactly(0, 3, 4, 3, 0);
    }

    @Test
    void betweennessSplitsBetweenEqualChains() {
        // a square 0-1-2-3-0: the pair (0,2) has two shortest chains, through 1 and through 3, so each gets 1/2
        Graph square = graph(4, 0, 1, 1, 2, 2, 3, 3, 0);
        assertThat(new BrandesBetweenness().scores(square)).containsExactly(0.5, 0.5, 0.5, 0.5);
        // the centre of a star with three leaves lies on the chain of each of the 3 pairs of leaves
        assertThat(new BrandesBetweenness().scores(STAR4)).containsExactly(3, 0, 0, 0);
    }

    @Test
    void theLongComputationsGiveUpOnceTheirStopIsRaised() {
        Stop raised = () -> true;
        Graph g = graph(6, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 0);
        assertThatThrownBy(() -> new BrandesBetweenness(2, raised).scores(g))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThatThrownBy(() -> new PowerIterationPageRank(raised).scores(g))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThatThrownBy(() -> new LouvainCommunities(1, raised).find(g))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        // raised half way: the searches already made are not wasted on a result nobody reads
        AtomicInteger looks = new AtomicInteger();
        assertThatThrownBy(() -> new BrandesBetweenness(1, () -> looks.incrementAndGet() > 3).scores(g))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(looks.get()).isEqualTo(4);
        assertThat(new BrandesBetweenness(1, Stop.NEVER).scores(g)).containsExactly(2, 2, 2, 2, 2, 2);
    }

    @Test
    void pageRankOfAStarSolvesItsTwoEquations() {
        // centre c, leaves l: c = 0.15/4 + 0.85·3·l and l = 0.15/4 + 0.85·c/3, so c = 0.133125 / 0.2775
        double[] r = new PowerIterationPageRank().scores(STAR4);
        double centre = 0.133125 / 0.2775;
        assertThat(r[0]).isCloseTo(centre, within(1e-9));
        for (int leaf = 1; leaf < 4; leaf++) {
            assertThat(r[leaf]).isCloseTo((1 - centre) / 3, within(1e-9));
        }
    }

    @Test
    void pageRankSpreadsTheScoreOfAVertexWithoutTiesEvenly() {
        // an edge 0-1 and a lone vertex 2: by symmetry 0 and 1 score alike; 2 gets (1-d)/3 + d·r2/3
        double[] r = new PowerIterationPageRank().scores(graph(3, 0, 1));
        double lone = 0.05 / (1 - 0.85 / 3);
        assertThat(r[2]).isCloseTo(lone, within(1e-9));
        assertThat(r[0]).isCloseTo((1 - lone) / 2, within(1e-9));
        assertThat(Arrays.stream(r).sum()).isCloseTo(1, within(1e-9));
    }

    @Test
    void componentsAreNumberedLargestFirst() {
        // a lone vertex 0, a triangle 1-2-3 and a path 4-5
        for (ConnectedComponents method : List.of(new BreadthFirstComponents(), new UnionFindComponents())) {
            var c = method.find(graph(6, 1, 2, 2, 3, 3, 1, 4, 5));
            assertThat(c.sizes()).containsExactly(3, 2, 1);
            assertThat(c.label()).containsExactly(2, 0, 0, 0, 1, 1);
        }
        // equal sizes keep the order of their lowest vertex: {0,5} before {1,4}, then 2 and 3 alone
        var tied = new UnionFindComponents().find(graph(6, 5, 0, 4, 1));
        assertThat(tied.label()).containsExactly(0, 1, 2, 3, 1, 0);
    }

    @Test
    void shortestChainTakesTheFewestTiesAndTheLowestVerticesAmongEqualChains() {
        Graph hexagon = graph(6, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 0);
        assertThat(new BreadthFirstChain().between(hexagon, 0, 3)).containsExactly(0, 1, 2, 3);
        assertThat(new BreadthFirstChain().between(hexagon, 0, 4)).containsExactly(0, 5, 4);
        assertThat(new BreadthFirstChain().between(hexagon, 2, 2)).containsExactly(2);
        assertThat(new BreadthFirstChain().between(graph(3, 0, 1), 0, 2)).isEmpty();
    }

    @Test
    void breadthFirstSearchGivesHopDistances() {
        BreadthFirstSearch bfs = new BreadthFirstSearch(PATH5);
        assertThat(bfs.run(2, -1)).isEqualTo(5);
        assertThat(bfs.distanceSum()).isEqualTo(1 + 1 + 2 + 2);
        assertThat(bfs.run(0, -1)).isEqualTo(5);
        assertThat(bfs.distance(4)).isEqualTo(4);
        assertThat(bfs.distanceSum()).isEqualTo(1 + 2 + 3 + 4);
    }

    @Test
    void multiSourceSearchGivesEachSourceItsOwnDistances() {
        // a lone vertex 5 besides the path: unreachable (-1) from every source on the path
        Graph g = graph(6, 0, 1, 1, 2, 2, 3, 3, 4);
        int[][] d = MultiSourceBreadthFirstSearch.distances(g, new int[] {0, 2, 2, 5});
        assertThat(d[0]).containsExactly(0, 1, 2, 3, 4, -1);
        assertThat(d[1]).containsExactly(2, 1, 0, 1, 2, -1);
        assertThat(d[2]).containsExactly(d[1]);
        assertThat(d[3]).containsExactly(-1, -1, -1, -1, -1, 0);
    }

    @Test
    void multiSourceSearchAgreesWithOneSearchPerSourceBeyondOneWord() {
        // 150 sources fill three batches of 64
        Graph g = JGraphTCrossCheckTests.random(400, 700, 9).graph();
        int[] sources =
                java.util.stream.IntStream.range(0, 150).map(k -> (k * 7) % 400).toArray();
        int[][] d = MultiSourceBreadthFirstSearch.distances(g, sources);
        BreadthFirstSearch one = new BreadthFirstSearch(g);
        for (int k = 0; k < sources.length; k++) {
            one.run(sources[k], -1);
            for (int v = 0; v < 400; v++) {
                assertThat(d[k][v]).isEqualTo(one.distance(v));
            }
        }
    }

    @Test
    void cousinsShareAPartnerAndHaveNoTie() {
        // 0 is tied to 1 and 2; 3 is tied to 1 and 2 (two shared partners); 4 to 2 only; 1-2 tied to each other
        Graph g = graph(5, 0, 1, 0, 2, 3, 1, 3, 2, 4, 2, 1, 2);
        List<Cousins.Cousin> cousins = new SharedPartnerCousins().of(g, 0);
        assertThat(cousins).extracting(Cousins.Cousin::vertex).containsExactly(3, 4);
        assertThat(cousins.get(0).via()).containsExactly(1, 2);
        assertThat(cousins.get(1).via()).containsExactly(2);
    }

    @Test
    void louvainSplitsTwoCliquesJoinedByOneTie() {
        // two K4 (0-3 and 4-7) and the tie 3-4: m = 13; each half holds 6 ties and degrees summing to 13,
        // so Q = 2·(6/13 − (13/26)²) = 12/13 − 1/2
        Graph g = graph(8, 0, 1, 0, 2, 0, 3, 1, 2, 1, 3, 2, 3, 4, 5, 4, 6, 4, 7, 5, 6, 5, 7, 6, 7, 3, 4);
        var p = new LouvainCommunities(7).find(g);
        assertThat(p.count()).isEqualTo(2);
        assertThat(p.sizes()).containsExactly(4, 4);
        assertThat(p.label()[0]).isEqualTo(p.label()[3]).isNotEqualTo(p.label()[4]);
        assertThat(p.label()[4]).isEqualTo(p.label()[7]);
        assertThat(p.modularity()).isCloseTo(12.0 / 13 - 0.5, within(1e-12));
    }

    @Test
    void modularityOfOneCommunityIsZero() {
        assertThat(Communities.modularity(PATH5, new int[5])).isCloseTo(0, within(1e-12));
    }
}
