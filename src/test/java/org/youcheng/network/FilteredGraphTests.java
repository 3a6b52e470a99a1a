package org.youcheng.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youcheng.common.YouchengProperties;
import org.youcheng.network.graph.Graph;
import org.youcheng.network.graph.Stop;
import org.youcheng.network.internal.GraphMetrics;
import org.youcheng.network.internal.GraphRepository;
import org.youcheng.network.internal.GraphWork;
import org.youcheng.network.internal.KeptGraphs;
import org.youcheng.network.internal.TieGraph;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.support.TestData;

/**
 * A filter picks ties from the graph read once, instead of reading the database again: every filter value gives the
 * figures of a graph built from the ties the database itself selects for it (the oracle below, one SQL query per
 * filter), while the ties are read once for all of them, and once for many requests at the same time.
 * Run on H2 and PostgreSQL.
 */
abstract class FilteredGraphTests {

    @Autowired
    JdbcClient db;

    @Autowired
    PlaceRepository places;

    @Autowired
    GraphService graphs;

    @Autowired
    GraphWork work;

    @Autowired
    GraphRepository repository;

    @Autowired
    YouchengProperties properties;

    @BeforeEach
    void ties() {
        TestData.reset(db);
        tie("CN-370200", "Q35765", "sister", "1980-01-01", "active"); // Qingdao – Osaka
        tie("CN-370200", "Q203308", "sister", "1979-10-03", "active"); // Qingdao – Shimonoseki
        tie("CN-370600", "Q203308", "partner", "2000-05-01", "active"); // Yantai – Shimonoseki
        tie("CN-370600", "Q16739", "sister", "1990-01-01", "ended"); // Yantai – Long Beach
        tie("CN-370100", "Q12191", "intent", null, "active"); // Jinan – Nantes
        tie("CN-370100", "Q35765", "partner", "1995-06-01", "active"); // Jinan – Osaka
        tie("CN-310000", "Q35765", "sister", "1974-04-18", "active"); // Shanghai – Osaka
        tie("CN-310000", "Q656", "sister", "1988-11-30", "active"); // Shanghai – Saint Petersburg
        tie("CN-371500", "Q656", "partner", "2012-09-01", "dormant"); // Liaocheng – Saint Petersburg
        tie("CN-371500", "Q16739", "intent", "2019-03-01", "active"); // Liaocheng – Long Beach
        tie("CN-310000", "Q12191", "partner", "1990-01-01", "ended"); // Shanghai – Nantes
    }

    private void tie(String a, String b, String kind, String signed, String status) {
        db.sql("""
                insert into tie (domestic_id, partner_id, kind, signed_on, signed_precision, status, created_at,
                                 updated_at)
                values (:a, :b, :kind, :signed, :precision, :status, :now, :now)""")
                .param("a", id(a))
                .param("b", id(b))
                .param("kind", kind)
                .param("signed", signed == null ? null : Date.valueOf(signed))
                .param("precision", signed == null ? null : "day")
                .param("status", status)
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }

    private long id(String code) {
        return places.findByCode(code).orElseThrow().id();
    }

    /** Every combination of kinds, period ends and ended ties over the hand-made ties: 36 filters. */
    static List<GraphFilter> filters() {
        List<Set<TieKind>> kinds =
                List.of(Set.of(), Set.of(TieKind.SISTER), EnumSet.of(TieKind.PARTNER, TieKind.INTENT));
        List<LocalDate> froms = Arrays.asList(null, LocalDate.of(1980, 1, 1), LocalDate.of(1990, 1, 1));
        List<LocalDate> tos = Arrays.asList(null, LocalDate.of(1995, 12, 31));
        List<GraphFilter> out = new ArrayList<>();
        for (Set<TieKind> k : kinds) {
            for (LocalDate from : froms) {
                for (LocalDate to : tos) {
                    for (boolean ended : new boolean[] {false, true}) {
                        out.add(new GraphFilter(k, from, to, ended));
                    }
                }
            }
        }
        return out;
    }

    /** The oracle: the ties the database selects for the filter, built into a graph and measured on their own. */
    private record Expected(long[] ids, GraphMetrics metrics, int ties) {}

    private Expected oracle(GraphFilter f) {
        StringBuilder sql = new StringBuilder("select domestic_id, partner_id from tie where set_aside_on is null");
        Map<String, Object> params = new HashMap<>();
        if (!f.withEnded()) {
            sql.append(" and status <> 'ended'");
        }
        if (!f.kinds().isEmpty()) {
            sql.append(" and kind in (:kinds)");
            params.put("kinds", f.kinds().stream().map(TieKind::code).toList());
        }
        if (f.signedFrom() != null) {
            sql.append(" and signed_on >= :from");
            params.put("from", Date.valueOf(f.signedFrom()));
        }
        if (f.signedTo() != null) {
            sql.append(" and signed_on <= :to");
            params.put("to", Date.valueOf(f.signedTo()));
        }
        List<long[]> rows = db.sql(sql.toString())
                .params(params)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        long[] ids =
                rows.stream().flatMapToLong(LongStream::of).distinct().sorted().toArray();
        int[] from = rows.stream().mapToInt(r -> Arrays.binarySearch(ids, r[0])).toArray();
        int[] to = rows.stream().mapToInt(r -> Arrays.binarySearch(ids, r[1])).toArray();
        return new Expected(ids, GraphMetrics.of(Graph.of(ids.length, from, to), Stop.NEVER), rows.size());
    }

    @Test
    void everyFilterGivesTheFiguresOfTheGraphOfItsTiesAloneFromOneReadOfTheTies() {
        int readsBefore = graphs.reads();
        int distinctTieSets = 0;
        for (GraphFilter f : filters()) {
            Expected want = oracle(f);
            GraphService.Summary got = graphs.summary(f);
            assertThat(got.ties()).as("%s", f).isEqualTo(want.ties());
            assertThat(got.places()).as("%s", f).isEqualTo(want.ids().length);
            assertThat(got.components())
                    .as("%s", f)
                    .isEqualTo(want.metrics().components().count());
            assertThat(got.communities())
                    .as("%s", f)
                    .isEqualTo(want.metrics().communities().count());
            assertThat(got.modularity())
                    .as("%s", f)
                    .isCloseTo(want.metrics().communities().modularity(), within(1e-12));
            List<GraphService.Ranked> ranking = graphs.ranking(f, GraphService.Measure.DEGREE, null, 1000);
            assertThat(ranking).as("%s", f).hasSize(want.ids().length);
            for (GraphService.Ranked r : ranking) {
                int v = Arrays.binarySearch(want.ids(), r.place().id());
                assertThat(v)
                        .as("%s: %s is on a tie of the filter", f, r.place().code())
                        .isNotNegative();
                GraphMetrics m = want.metrics();
                // the scores are sums whose order follows the order the ties were read in, so they agree to
                // rounding, not to the last bit
                assertThat(List.of(r.ties(), r.component(), r.community()))
                        .as("%s: %s", f, r.place().code())
                        .containsExactly(
                                m.degree()[v],
                                m.components().label()[v],
                                m.communities().label()[v]);
                assertThat(r.pageRank())
                        .as("%s: %s page rank", f, r.place().code())
                        .isCloseTo(m.pageRank()[v], within(1e-12));
                assertThat(r.betweenness())
                        .as("%s: %s betweenness", f, r.place().code())
                        .isCloseTo(m.betweenness()[v], within(1e-9));
            }
            distinctTieSets += want.ties() > 0 ? 1 : 0;
        }
        assertThat(distinctTieSets).as("the filters do pick different ties").isGreaterThan(10);
        assertThat(graphs.reads() - readsBefore)
                .as("the ties are read once for all 36 filters")
                .isEqualTo(1);
    }

    @Test
    void aHandWorkedFilterKeepsItsKnownAnswers() {
        // sisters signed from 1980 on, ended ones too: Qingdao – Osaka, Yantai – Long Beach, Shanghai – St Petersburg
        var f = new GraphFilter(Set.of(TieKind.SISTER), LocalDate.of(1980, 1, 1), null, true);
        GraphService.Summary s = graphs.summary(f);
        assertThat(s.ties()).isEqualTo(3);
        assertThat(s.places()).isEqualTo(6);
        assertThat(s.components()).isEqualTo(3);
        assertThat(graphs.ranking(f, GraphService.Measure.BETWEENNESS, null, 10))
                .allSatisfy(r -> assertThat(r.betweenness()).isZero());
        // all live ties: Osaka between Qingdao, Jinan and Shanghai, so it separates 3 pairs among them and each
        // of them from the places behind the other two
        var live = graphs.ranking(GraphFilter.ALL_LIVE, GraphService.Measure.BETWEENNESS, null, 1);
        assertThat(live.get(0).place().code()).isEqualTo("Q35765");
    }

    @Test
    void concurrentRequestsAfterATieChangeShareOneReadAndOneComputation() throws Exception {
        graphs.summary(GraphFilter.ALL_LIVE);
        tie("CN-370200", "Q12191", "partner", "2005-01-01", "active"); // Qingdao – Nantes: a new state
        int readsBefore = graphs.reads();
        GraphFilter f = new GraphFilter(Set.of(), LocalDate.of(1975, 1, 1), null, false);
        record Answer(GraphService.Summary summary, TieGraph graph, GraphMetrics metrics) {}
        ExecutorService requests = Executors.newFixedThreadPool(8);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(requests.submit(() -> {
                    GraphService.Summary s = graphs.summary(f);
                    TieGraph g = graphs.graph(f);
                    return new Answer(s, g, g.known().orElseThrow());
                }));
            }
            List<Answer> got = new ArrayList<>();
            for (Future<Answer> a : answers) {
                got.add(a.get(30, TimeUnit.SECONDS));
            }
            Answer first = got.get(0);
            assertThat(first.summary().ties()).isEqualTo(oracle(f).ties());
            assertThat(graphs.reads() - readsBefore).as("one read of the ties").isEqualTo(1);
            // a graph computes its metrics once and keeps them: one graph for all is one computation (a request
            // that arrives just after a computation ended may start a job that finds the result made)
            assertThat(got).allSatisfy(a -> {
                assertThat(a.summary()).isEqualTo(first.summary());
                assertThat(a.graph()).isSameAs(first.graph());
                assertThat(a.metrics()).isSameAs(first.metrics());
            });
        } finally {
            requests.shutdownNow();
        }
    }

    @Test
    void theTieTableIsLookedAtMostOncePerRecheckTime() {
        YouchengProperties p = properties;
        var hourly = new YouchengProperties(
                p.db(),
                p.dbUser(),
                p.dbPassword(),
                p.loadNetwork(),
                p.seed(),
                p.imports(),
                p.api(),
                p.ranking(),
                p.report(),
                p.security(),
                p.ledger(),
                p.approval(),
                p.graph(),
                Duration.ofHours(1));
        GraphService slow = new GraphService(new KeptGraphs(repository, work, hourly), null); // no country graph asked
        int before = slow.summary(GraphFilter.ALL_LIVE).ties();
        tie("CN-370200", "Q12191", "partner", "2005-01-01", "active"); // Qingdao – Nantes
        assertThat(slow.summary(GraphFilter.ALL_LIVE).ties())
                .as("within the recheck time")
                .isEqualTo(before);
        assertThat(graphs.summary(GraphFilter.ALL_LIVE).ties())
                .as("looked at every request")
                .isEqualTo(before + 1);
    }
}
