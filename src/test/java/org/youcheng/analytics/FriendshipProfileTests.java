package org.youcheng.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youcheng.common.ValidationException;
import org.youcheng.security.LocalOperator;

/** Every figure of 青岛市's profile for 2025 against the hand computation in {@link Fixture}. */
abstract class FriendshipProfileTests {

    @Autowired
    JdbcClient db;

    @Autowired
    FriendshipProfileService profiles;

    Fixture f;

    @BeforeEach
    void load() {
        f = new Fixture(db);
    }

    FriendshipProfile qingdao() {
        return profiles.profile(f.id(Fixture.QINGDAO), 2025, LocalDate.of(2026, 1, 1));
    }

    List<Long> ids(List<TieLine> lines) {
        return lines.stream().map(TieLine::tieId).toList();
    }

    List<Long> ties(String... names) {
        return java.util.Arrays.stream(names).map(f.tie::get).toList();
    }

    @Test
    void countsTheTiesThatStandWithForeignPlaces() {
        // t4 ended, t9 within China: out; t10 dormant, t11 held from the foreign side: in; t7 an intent: beside,
        // in no total, country or continent; t8 undated and recorded only in 2026: not in 2025
        FriendshipProfile p = qingdao();
        Tally c = p.counts();
        assertThat(List.of(c.sister(), c.partner(), c.intent(), c.total())).containsExactly(5, 3, 1, 8);
        assertThat(c.countries()).isEqualTo(5);
        assertThat(c.continents()).isEqualTo(4);
        assertThat(c.byCountry()).isEqualTo(Map.of("JP", 3, "KR", 2, "US", 1, "KE", 1, "AU", 1));
        assertThat(c.byContinent()).isEqualTo(Map.of("asia", 5, "north_america", 1, "africa", 1, "oceania", 1));
        assertThat(c.byRegion())
                .isEqualTo(Map.of("japan_korea", 5, "north_america", 1, "africa", 1, "oceania_pacific", 1));
        assertThat(c.byLevel()).isEqualTo(Map.of("city", 8));
        assertThat(ids(p.undatedLater())).isEqualTo(ties("t8"));
    }

    @Test
    void anUndatedTieStandsFromTheDayTheRegistryRecordedIt() {
        // t8 was recorded today: the year in progress counts it, no earlier year does
        int thisYear = LocalDate.now().getYear();
        FriendshipProfile now = profiles.profile(f.id(Fixture.QINGDAO), thisYear, LocalDate.of(thisYear + 1, 1, 1));
        assertThat(now.counts().partner()).isEqualTo(4);
        assertThat(now.counts().byCountry()).containsEntry("FR", 1);
        assertThat(now.undatedLater()).isEmpty();
        assertThat(profiles.profile(f.id(Fixture.QINGDAO), 1995, LocalDate.of(1996, 1, 1))
                        .counts()
                        .byCountry())
                .doesNotContainKey("FR");
    }

    @Test
    void countsAtTheEndOfAnEarlierYear() {
        // at the end of 2009: t1, t3, t4 (ended 2010), t10; the undated t8 was not known then
        Tally c = profiles.profile(f.id(Fixture.QINGDAO), 2009, LocalDate.of(2010, 1, 1))
                .counts();
        assertThat(List.of(c.sister(), c.partner(), c.intent(), c.total())).containsExactly(4, 0, 0, 4);
        assertThat(c.byCountry()).isEqualTo(Map.of("JP", 2, "KR", 1, "US", 1));
    }

    @Test
    void growthIsCumulativeByYearOverDatedTies() {
        Growth g = qingdao().growth();
        assertThat(g.years()).hasSize(2025 - 1976 + 1);
        assertThat(g.years().get(0)).isEqualTo(1976);
        int y2001 = 2001 - 1976;
        assertThat(List.of(g.sister().get(y2001), g.partner().get(y2001))).containsExactly(3, 0); // t1 t3 t10
        int last = g.years().size() - 1;
        assertThat(List.of(
                        g.sister().get(last), g.partner().get(last), g.intent().get(last)))
                .containsExactly(5, 3, 1);
        assertThat(g.undated()).isZero(); // t8 did not stand in 2025 as far as the registry knows
    }

    @Test
    void newTiesOfTheYearInSigningOrder() {
        assertThat(ids(qingdao().newTies())).isEqualTo(ties("t7", "t5", "t6"));
    }

    @Test
    void firstsAreTheFirstSignedTieInEachCountryEndedOnesIncluded() {
        FriendshipProfile p = qingdao();
        // JP t1 1976, US t4 1986 (ended since), KR t3 1996, AU t11 2021, KE t6 2025; DE only an intent, FR undated
        assertThat(ids(p.firsts())).isEqualTo(ties("t1", "t4", "t3", "t11", "t6"));
        assertThat(p.firsts().stream().map(TieLine::country)).containsExactly("JP", "US", "KR", "AU", "KE");
        assertThat(ids(p.firstsOfYear())).isEqualTo(ties("t6"));
    }

    @Test
    void anniversariesAtFiveYearMultiplesInTheNextTwelveMonths() {
        List<Anniversary> a = qingdao().anniversaries();
        assertThat(a.stream().map(x -> x.tie().tieId()).toList()).isEqualTo(ties("t2", "t10", "t11", "t1", "t3"));
        assertThat(a.stream().map(Anniversary::years).toList()).containsExactly(10, 25, 5, 50, 30);
        assertThat(a.stream().map(x -> x.on().toString()).toList())
                .containsExactly("2026", "2026-01-01", "2026-01-01", "2026-05-10", "2026-12");
        assertThat(a.stream().map(Anniversary::exact).toList())
                .containsExactly(
                        null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 10), null);
        // t12's tenth falls on 2027-01-01, one day past the window; t4 (40 years) has ended
    }

    @Test
    void anniversaryWindowStartsOnTheDayGiven() {
        List<Anniversary> a = profiles.profile(f.id(Fixture.QINGDAO), 2025, LocalDate.of(2026, 5, 11))
                .anniversaries();
        // from 2026-05-11 to 2027-05-10: t2 (year 2026 overlaps), t3 (2026-12), t12 (2027-01-01)
        assertThat(a.stream().map(x -> x.tie().tieId()).toList()).isEqualTo(ties("t2", "t3", "t12"));
    }

    @Test
    void standsAmongPeersOfItsProvinceAndTheNation() {
        Map<String, FriendshipProfile.PeerFigure> p = new java.util.HashMap<>();
        qingdao().peers().forEach(x -> p.put(x.figure(), x));
        int n = f.prefectures();
        int s = f.prefecturesIn("CN-370000");
        // total: 烟台 has 11 > 8
        assertThat(p.get("total").value()).isEqualTo(8);
        assertThat(p.get("total").nation()).isEqualTo(new Standing(2, n, round(100.0 * (n - 1) / n)));
        assertThat(p.get("total").province()).isEqualTo(new Standing(2, s, round(100.0 * (s - 1) / s)));
        // partner: 烟台 11 > 4
        assertThat(p.get("partner").nation().rank()).isEqualTo(2);
        // sister 5 (济南 2, 苏州 2), countries 5 (济南 3), continents 4 (济南 3), intent 1: first everywhere
        for (String top : List.of("sister", "countries", "continents", "intent")) {
            assertThat(p.get(top).nation()).as(top).isEqualTo(new Standing(1, n, 100.0));
            assertThat(p.get(top).province()).as(top).isEqualTo(new Standing(1, s, 100.0));
        }
        // 济南's total of 3 is third in Shandong; nationally 苏州 (2) is below it
        FriendshipProfile jinan = profiles.profile(f.id(Fixture.JINAN), 2025, LocalDate.of(2026, 1, 1));
        FriendshipProfile.PeerFigure total = jinan.peers().get(0);
        assertThat(total.province()).isEqualTo(new Standing(3, s, round(100.0 * (s - 2) / s)));
        assertThat(total.nation()).isEqualTo(new Standing(3, n, round(100.0 * (n - 2) / n)));
        // a count of zero has no rank: 济南 has no intent
        FriendshipProfile.PeerFigure intent = jinan.peers().stream()
                .filter(x -> x.figure().equals("intent"))
                .findFirst()
                .orElseThrow();
        assertThat(intent.nation()).isEqualTo(new Standing(null, n, null));
        assertThat(intent.province().ranked()).isFalse();
    }

    static double round(double percent) {
        return Math.round(percent * 10) / 10.0;
    }

    @Test
    void strategyLayoutShowsNowTargetGapNewTiesAndOpenings() throws Exception {
        long qd = f.id(Fixture.QINGDAO);
        Strategy plan = StrategyReader.read("""
                regions:
                  - {region: japan_korea, verb: deepen, target: 8}
                  - {region: 非洲, verb: open up, target: 3}
                  - {region: western_europe, verb: 拓展}
                  - {region: oceania_pacific, verb: keep, target: 1}
                """);
        LocalOperator.call(() -> {
            profiles.saveStrategy(qd, plan);
            return null;
        });
        List<RegionLayout> l = qingdao().layout();
        assertThat(l.stream().map(RegionLayout::region))
                .containsExactly("japan_korea", "africa", "western_europe", "oceania_pacific");
        assertThat(l.stream().map(RegionLayout::verb))
                .containsExactly(Verb.DEEPEN, Verb.OPEN_UP, Verb.WIDEN, Verb.KEEP);
        // western Europe: t7 (DE) is an intent and t8 (FR) undated, recorded after 2025: no tie there yet
        assertThat(l.stream().map(RegionLayout::now)).containsExactly(5, 1, 0, 1);
        assertThat(l.stream().map(RegionLayout::target)).containsExactly(8, 3, null, 1);
        assertThat(l.stream().map(RegionLayout::gap)).containsExactly(3, 2, null, 0);
        assertThat(l.stream().map(RegionLayout::newTies)).containsExactly(0, 1, 0, 0); // t6 in KE
        // no peer in KP or MN
        assertThat(l.get(0).openings().stream().map(RegionLayout.Opening::country))
                .containsExactly("KP", "MN");
        // 59 African countries but KE (Qingdao's own); 济南 has EG, so it comes first
        assertThat(l.get(1).openings().get(0)).isEqualTo(new RegionLayout.Opening("EG", "埃及", "Egypt", 1));
        assertThat(l.get(1).openings())
                .hasSize(59 - 1)
                .allMatch(o -> o.country().equals("EG") || o.peers() == 0);
        // 济南 in GB, 苏州 in IT, each one peer
        assertThat(l.get(2).openings().subList(0, 3).stream().map(o -> o.country() + o.peers()))
                .containsExactly("GB1", "IT1", l.get(2).openings().get(2).country() + "0");
        assertThat(l.get(3).openings()).noneMatch(o -> o.country().equals("AU"));
    }

    @Test
    void noStrategyNoLayout() {
        assertThat(qingdao().layout()).isEmpty();
    }

    @Test
    void aForeignPlaceHasNoProfile() {
        long foreign = db.sql("select min(id) from place where country_code = 'JP'")
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> profiles.profile(foreign, 2025, LocalDate.of(2026, 1, 1)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Chinese");
    }
}
