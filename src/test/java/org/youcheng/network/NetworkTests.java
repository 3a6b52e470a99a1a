package org.youcheng.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.youcheng.common.ConflictException;
import org.youcheng.common.ValidationException;
import org.youcheng.network.internal.Geo;
import org.youcheng.network.internal.Scoring;
import org.youcheng.network.internal.TieGraph;
import org.youcheng.registry.Place;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.security.LocalOperator;
import org.youcheng.support.TestData;

/**
 * The network's services on a small hand-made set of ties between real places; run on H2 and PostgreSQL.
 * <pre>
 *   Osaka — Qingdao — Shimonoseki — Yantai — Long Beach        Jinan — Nantes
 * </pre>
 */
abstract class NetworkTests {

    static final String QINGDAO = "CN-370200";
    static final String YANTAI = "CN-370600";
    static final String JINAN = "CN-370100";
    static final String OSAKA = "Q35765";
    static final String SHIMONOSEKI = "Q203308";
    static final String LONG_BEACH = "Q16739";
    static final String NANTES = "Q12191";

    @Autowired
    JdbcClient db;

    @Autowired
    PlaceRepository places;

    @Autowired
    GraphService graphs;

    @Autowired
    ExpansionService expansion;

    @Autowired
    PartnerMatching matching;

    @Autowired
    PartnerRequestService requests;

    @Autowired
    PlaceAttributeService attributes;

    @Autowired
    org.youcheng.registry.reference.ReferenceData referenceData;

    @BeforeEach
    void ties() {
        TestData.reset(db);
        LocalOperator.signIn(); // requests and attributes are changed by someone: here the local operator
        tie(QINGDAO, OSAKA, "sister", "1980-01-01", "active");
        tie(QINGDAO, SHIMONOSEKI, "sister", "1979-10-03", "active");
        tie(YANTAI, SHIMONOSEKI, "partner", "2000-05-01", "active");
        tie(YANTAI, LONG_BEACH, "sister", "1990-01-01", "active");
        tie(JINAN, NANTES, "intent", null, "active");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    long tie(String a, String b, String kind, String signed, String status) {
        db.sql("""
                insert into tie (domestic_id, partner_id, kind, signed_on, signed_precision, status, created_at,
                                 updated_at)
                values (:a, :b, :kind, :signed, :precision, :status, :now, :now)""")
                .param("a", place(a).id())
                .param("b", place(b).id())
                .param("kind", kind)
                .param("signed", signed == null ? null : java.sql.Date.valueOf(signed))
                .param("precision", signed == null ? null : "day")
                .param("status", status)
                .param("now", Timestamp.from(Instant.now()))
                .update();
        return db.sql("select max(id) from tie").query(Long.class).single();
    }

    Place place(String code) {
        return places.findByCode(code).orElseThrow(() -> new AssertionError(code + " is not in the reference data"));
    }

    @Test
    void rankingsCarryTheFiguresWorkedOutByHand() {
        GraphService.Summary s = graphs.summary(GraphFilter.ALL_LIVE);
        assertThat(s.places()).isEqualTo(7);
        assertThat(s.ties()).isEqualTo(5);
        assertThat(s.components()).isEqualTo(2);
        assertThat(s.largestComponent()).isEqualTo(5);
        // on the path of five, the middle place separates 2·2 pairs, its neighbours 3 each
        List<GraphService.Ranked> byBetweenness =
                graphs.ranking(GraphFilter.ALL_LIVE, GraphService.Measure.BETWEENNESS, null, 3);
        assertThat(byBetweenness).extracting(r -> r.place().code()).containsExactly(SHIMONOSEKI, QINGDAO, YANTAI);
        assertThat(byBetweenness).extracting(GraphService.Ranked::betweenness).containsExactly(4.0, 3.0, 3.0);
        assertThat(byBetweenness.get(0).rank()).isEqualTo(1);
        List<GraphService.Ranked> japan = graphs.ranking(GraphFilter.ALL_LIVE, GraphService.Measure.DEGREE, "JP", 10);
        assertThat(japan).extracting(r -> r.place().code()).containsExactly(SHIMONOSEKI, OSAKA);
        double total = graphs.ranking(GraphFilter.ALL_LIVE, GraphService.Measure.PAGERANK, null, 10).stream()
                .mapToDouble(GraphService.Ranked::pageRank)
                .sum();
        assertThat(total).isCloseTo(1, within(1e-9));
    }

    @Test
    void pathAndCousinsFollowTheTies() {
        GraphService.Chain chain = graphs.path(GraphFilter.ALL_LIVE, place(OSAKA), place(LONG_BEACH));
        assertThat(chain.places())
                .extracting(Place::code)
                .containsExactly(OSAKA, QINGDAO, SHIMONOSEKI, YANTAI, LONG_BEACH);
        assertThat(chain.hops()).isEqualTo(4);
        assertThat(graphs.path(GraphFilter.ALL_LIVE, place(OSAKA), place(NANTES))
                        .places())
                .isEmpty();
        List<GraphService.Cousin> cousins = graphs.cousins(GraphFilter.ALL_LIVE, place(QINGDAO), 10);
        assertThat(cousins).extracting(c -> c.place().code()).containsExactly(YANTAI);
        assertThat(cousins.get(0).sharedPartners()).extracting(Place::code).containsExactly(SHIMONOSEKI);
        assertThatThrownBy(() -> graphs.cousins(GraphFilter.ALL_LIVE, place("CN-371500"), 10))
                .hasMessageContaining("has no tie");
    }

    @Test
    void filtersPickTiesByKindDateAndStatus() {
        assertThat(graphs.summary(new GraphFilter(Set.of(TieKind.SISTER), null, null, false))
                        .ties())
                .isEqualTo(3);
        var since1985 = graphs.summary(new GraphFilter(Set.of(), LocalDate.of(1985, 1, 1), null, false));
        assertThat(since1985.ties()).isEqualTo(2); // 1990 and 2000; the undated intent is left out
        assertThat(since1985.places()).isEqualTo(3);
        db.sql("update tie set status = 'ended', updated_at = :now where partner_id = :osaka")
                .param("now", Timestamp.from(Instant.now().plusSeconds(5)))
                .param("osaka", place(OSAKA).id())
                .update();
        assertThat(graphs.summary(GraphFilter.ALL_LIVE).ties()).isEqualTo(4);
        assertThat(graphs.summary(new GraphFilter(Set.of(), null, null, true)).ties())
                .isEqualTo(5);
    }

    @Test
    void theGraphIsKeptUntilATieIsAddedChangedOrDeleted() {
        TieGraph first = graphs.graph(GraphFilter.ALL_LIVE);
        assertThat(graphs.graph(GraphFilter.ALL_LIVE)).isSameAs(first);
        long added = tie(JINAN, OSAKA, "partner", null, "active");
        TieGraph second = graphs.graph(GraphFilter.ALL_LIVE);
        assertThat(second).isNotSameAs(first);
        assertThat(second.graph().edgeCount()).isEqualTo(6);
        // deleting a tie that is neither the last one added nor the last one changed still shows
        db.sql("delete from tie where partner_id = :nantes")
                .param("nantes", place(NANTES).id())
                .update();
        TieGraph third = graphs.graph(GraphFilter.ALL_LIVE);
        assertThat(third.graph().edgeCount()).isEqualTo(5);
        assertThat(third.vertex(place(NANTES).id())).isEmpty();
        db.sql("update tie set status = 'ended', updated_at = :now where id = :id")
                .param("now", Timestamp.from(Instant.now().plusSeconds(5)))
                .param("id", added)
                .update();
        assertThat(graphs.graph(GraphFilter.ALL_LIVE).graph().edgeCount()).isEqualTo(4);
    }

    @Test
    void theCountryGraphCountsTiesBetweenCountries() {
        CountryGraph g = graphs.countries(GraphFilter.ALL_LIVE);
        assertThat(g.links())
                .extracting(l -> l.source() + "-" + l.target() + ":" + l.ties())
                .containsExactly("CN-JP:3", "CN-FR:1", "CN-US:1");
        CountryGraph.Node china = g.nodes().get(0);
        assertThat(china.country().code()).isEqualTo("CN");
        assertThat(china.places()).isEqualTo(3);
        assertThat(china.ties()).isEqualTo(5);
        assertThat(china.inside()).isZero();
    }

    @Test
    void expansionSuggestsPlacesNearPartnersWithReasonsThatHold() {
        Expansion e = expansion.around(place(QINGDAO).id(), 150, 50);
        assertThat(e.suggestions()).isNotEmpty();
        double previous = Double.MAX_VALUE;
        for (Expansion.Suggestion s : e.suggestions()) {
            Place c = s.candidate();
            assertThat(c.countryCode()).isEqualTo(s.reachedFrom().countryCode()).isEqualTo("JP");
            assertThat(c.code()).isNotIn(OSAKA, SHIMONOSEKI);
            double km = Geo.km(c, s.reachedFrom());
            assertThat(km).isLessThanOrEqualTo(150).isCloseTo(s.distanceKm(), within(0.06));
            assertThat(s.score())
                    .isLessThanOrEqualTo(previous)
                    .isCloseTo(s.parts().stream().mapToDouble(ScorePart::points).sum(), within(0.11));
            previous = s.score();
            ScorePart proximity = s.parts().get(0);
            assertThat(proximity.zh()).contains(s.reachedFrom().nameZh()).contains(Scoring.km(km) + " 公里");
            assertThat(proximity.points()).isCloseTo(40 * (1 - km / 150), within(0.06));
        }
        // Kobe is 27 km from Osaka
        assertThat(e.suggestions())
                .anySatisfy(s -> assertThat(s.candidate().nameEn()).isEqualTo("Kobe"));
        assertThatThrownBy(() -> expansion.around(place(QINGDAO).id(), 0, 10))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        v -> assertThat(v.errors().get(0).field()).isEqualTo("radius_km"));
    }

    @Test
    void partnerSearchMatchesBothWaysAndLeavesOutTiedPlaces() {
        PartnerMatching.Result forJinan =
                matching.candidates(PartnerRequest.open(place(JINAN).id()), 20);
        assertThat(forJinan.matches())
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.candidate().chinese()).isFalse());
        assertThat(forJinan.matches()).extracting(m -> m.candidate().code()).doesNotContain(NANTES);
        // Shimonoseki is tied with Qingdao and Yantai, two places of Jinan's standing in Jinan's own province
        PartnerMatching.Match shimonoseki = forJinan.matches().stream()
                .filter(m -> m.candidate().code().equals(SHIMONOSEKI))
                .findFirst()
                .orElseThrow();
        ScorePart peers = shimonoseki.parts().get(0);
        assertThat(peers.name()).isEqualTo("peers");
        assertThat(peers.points()).isEqualTo(30); // 2 peers, each in the same province: weight 4 of 4
        assertThat(peers.zh()).contains("青岛市").contains("烟台市").contains("同省 2 个");
        assertThat(forJinan.matches().get(0).candidate().code()).isEqualTo(SHIMONOSEKI);

        PartnerMatching.Result forOsaka =
                matching.candidates(PartnerRequest.open(place(OSAKA).id()), 20);
        assertThat(forOsaka.matches())
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.candidate().chinese()).isTrue());
        assertThat(forOsaka.matches())
                .extracting(m -> m.candidate().code())
                .doesNotContain(QINGDAO)
                .contains(YANTAI);
    }

    @Test
    void storedRequestsAreCheckedAndTheirCriteriaApplied() {
        assertThatThrownBy(() -> requests.create(new PartnerRequestService.Draft(
                        null, List.of("XX"), List.of("mars"), "village", 10L, 5L, List.of("spaceports"), null)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        v -> assertThat(v.errors())
                                .extracting(org.youcheng.common.FieldError::field)
                                .containsExactly(
                                        "place_id", "countries", "regions", "level", "population_max", "themes"));
        PartnerRequest r = requests.create(new PartnerRequestService.Draft(
                place(JINAN).id(),
                List.of("us"),
                List.of("western_europe"),
                null,
                null,
                null,
                List.of("港口"),
                "寻找有大学和港口的城市"));
        assertThat(r.id()).isNotNull();
        assertThat(r.countries()).containsExactly("US");
        assertThat(requests.latestOrOpen(place(JINAN).id()).id()).isEqualTo(r.id());
        PartnerMatching.Result result = matching.candidates(r, 50);
        assertThat(result.matches())
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.candidate().countryCode().equals("US")
                                || List.of(
                                                "FR", "DE", "GB", "IT", "ES", "NL", "BE", "AT", "CH", "PT", "IE", "LU",
                                                "SE", "NO", "DK", "FI", "IS", "GR", "MT", "MC", "SM", "AD", "LI", "VA")
                                        .contains(m.candidate().countryCode()))
                        .isTrue());
        // the text names universities; with ports asked, a place on record with ports earns 5 of 10 theme points
        Place longBeach = place(LONG_BEACH);
        attributes.change(
                longBeach.id(),
                new PlaceAttributeService.Change(
                        451_307L, 2020, 131.8, List.of("ports"), "U.S. Census Bureau, 2020 census", 0));
        PartnerMatching.Match lb = matching.candidates(r, 50).matches().stream()
                .filter(m -> m.candidate().code().equals(LONG_BEACH))
                .findFirst()
                .orElseThrow();
        ScorePart themes = lb.parts().stream()
                .filter(p -> p.name().equals("themes"))
                .findFirst()
                .orElseThrow();
        assertThat(themes.points()).isEqualTo(5);
        assertThat(themes.zh()).contains("港口");
        requests.delete(r.id());
        assertThat(requests.list(place(JINAN).id())).isEmpty();
    }

    @Test
    void liaochengsCandidatesOnTheBundledNetworkHaveReasonsThatHoldAgainstTheData() {
        TestData.reset(db);
        assertThat(referenceData.loadTwinNetworkIfMissing()).isEqualTo(10_596);
        Place liaocheng = place("CN-371500");
        PartnerMatching.Result result = matching.candidates(PartnerRequest.open(liaocheng.id()), 15);
        assertThat(result.matches()).hasSize(15);
        for (PartnerMatching.Match m : result.matches()) {
            long c = m.candidate().id();
            assertThat(m.candidate().chinese()).isFalse();
            assertThat(db.sql("select count(*) from tie where (domestic_id = :a and partner_id = :b)"
                                    + " or (domestic_id = :b and partner_id = :a)")
                            .param("a", c)
                            .param("b", liaocheng.id())
                            .query(Integer.class)
                            .single())
                    .isZero();
            List<Place> partners = db.sql("select " + PlaceRepository.COLUMNS + " from tie t join place p on p.id ="
                            + " case when t.domestic_id = :c then t.partner_id else t.domestic_id end"
                            + " where (t.domestic_id = :c or t.partner_id = :c) and t.status <> 'ended'")
                    .param("c", c)
                    .query(PlaceRepository::map)
                    .list();
            ScorePart activity = part(m, "activity");
            assertThat(activity.zh()).startsWith("自身有 " + partners.size() + " 个结好关系");
            ScorePart peers = part(m, "peers");
            List<Place> peerPartners = partners.stream()
                    .filter(p ->
                            p.chinese() && p.id() != liaocheng.id() && p.level().comparableTo(liaocheng.level()))
                    .toList();
            if (peers.points() == 0) {
                assertThat(peerPartners).isEmpty();
                continue;
            }
            String named = peers.zh()
                    .substring(peers.zh().indexOf('：') + 1)
                    .split("；")[0]
                    .replaceAll(" 等（另 \\d+ 个）", "");
            int count = Integer.parseInt(peers.zh().replaceAll("^已与 (\\d+) 个.*$", "$1"));
            assertThat(count).as("peers of %s", m.candidate().nameEn()).isEqualTo(peerPartners.size());
            for (String name : named.split("、")) {
                assertThat(peerPartners)
                        .as("%s is a peer partner of %s", name, m.candidate().nameEn())
                        .anySatisfy(p -> assertThat(p.nameZh()).isEqualTo(name));
            }
            assertThat(m.score())
                    .isCloseTo(m.parts().stream().mapToDouble(ScorePart::points).sum(), within(0.11));
        }
        for (int i = 1; i < result.matches().size(); i++) {
            assertThat(result.matches().get(i).score())
                    .isLessThanOrEqualTo(result.matches().get(i - 1).score());
        }
    }

    static ScorePart part(PartnerMatching.Match m, String name) {
        return m.parts().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void attributesNeedASourceAndAFreshVersion() {
        long id = place(OSAKA).id();
        assertThat(attributes.of(id).population()).isNull();
        assertThatThrownBy(() -> attributes.change(
                        id, new PlaceAttributeService.Change(-5L, null, null, List.of("rockets"), null, 0)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        v -> assertThat(v.errors())
                                .extracting(org.youcheng.common.FieldError::field)
                                .containsExactly("population", "themes", "source"));
        PlaceAttributes a = attributes.change(
                id,
                new PlaceAttributeService.Change(
                        2_752_412L, 2020, null, List.of("port", "旅游"), "2020 census of Japan", 0));
        assertThat(a.version()).isEqualTo(1);
        assertThat(a.themes()).containsExactlyInAnyOrder(Theme.PORTS, Theme.TOURISM);
        assertThatThrownBy(() ->
                        attributes.change(id, new PlaceAttributeService.Change(1L, null, null, List.of(), "x", 0)))
                .isInstanceOf(ConflictException.class);
        assertThat(attributes.of(id).population()).isEqualTo(2_752_412L);
    }
}
