package org.youcheng.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youcheng.registry.Level;

/** The prefecture ranking of {@link Fixture} at the end of 2025, worked out by hand. */
abstract class RankingTests {

    @Autowired
    JdbcClient db;

    @Autowired
    RankingService ranking;

    Fixture f;

    @BeforeEach
    void load() {
        f = new Fixture(db);
    }

    /** ln(1+x) / ln(1+max): every indicator's minimum is 0 (most prefectures have no tie). */
    static double n(double x, double max) {
        return Math.log1p(x) / Math.log1p(max);
    }

    /**
     * The index of 2025: only 青岛 has projects, and one place compares nothing, so depth is "no data" and its 0.2
     * is spread over the other four (0.15 + 0.25 + 0.2 + 0.2 = 0.8).
     */
    static double index(double length, double breadth, double heat, double frequency) {
        return (0.15 * length + 0.25 * breadth + 0.2 * heat + 0.2 * frequency) / 0.8;
    }

    @Test
    void ranksEveryPrefectureOnTheFiveDimensions() {
        Ranking r = ranking.rank(Level.PREFECTURE, 2025);
        assertThat(r.places()).hasSize(f.prefectures());
        assertThat(r.weights()).containsOnlyKeys("length", "breadth", "depth", "heat", "frequency");
        // ties: maxima years 50 (青岛 since 1976), tie-years 176 (烟台: 11 × 16), sister 5, partner 11, countries 5,
        // continents 4 (both 青岛's: its intent in DE is no tie, its undated t8 in FR was recorded after 2025)
        double qdL = 100 * (n(50, 50) + n(131, 176)) / 2; // 50+10+30+1+1+25+5+9 tie-years
        double qdB = 100 * (n(5, 5) + n(3, 11) + n(5, 5) + n(4, 4)) / 4;
        double jnL = 100 * (n(41, 50) + n(83, 176)) / 2; // 1985: 41 + 26 + 16
        double jnB = 100 * (n(2, 5) + n(1, 11) + n(3, 5) + n(3, 4)) / 4;
        double ytL = 100 * (n(16, 50) + n(176, 176)) / 2;
        double ytB = 100 * (n(0, 5) + n(11, 11) + n(1, 5) + n(1, 4)) / 4;
        double szL = 100 * (n(26, 50) + n(47, 176)) / 2; // 2000: 26 + 21
        double szB = 100 * (n(2, 5) + n(0, 11) + n(2, 5) + n(2, 4)) / 4;
        // ledger: 青岛 holds every maximum (2 domains, 2 projects, 1 outcome — depth is no data, 济南 has none; 2
        // delegations, 20 person-times, 1 led
        // by a mayor, 1 award; 7 activities over 2024-2025 = 3.5 a year, 7 in 2023-2025 = 7/3 a year);
        // 济南 has one delegation of 5 led by its mayor in 2020: 1/6 a year since, none recently
        double jnH = 100 * (n(1, 2) + n(5, 20) + n(1, 1) + 0) / 4;
        double jnF = 100 * (n(1 / 6.0, 3.5) + 0) / 2;
        assertThat(r.noData()).containsExactly("depth");
        assertThat(r.applied()).containsOnlyKeys("length", "breadth", "heat", "frequency");
        assertThat(r.applied().get("breadth")).isCloseTo(0.25 / 0.8, within(1e-4));
        List<Ranking.Entry> top = r.places().subList(0, 4);
        assertThat(top.stream().map(e -> e.place().code()).toList())
                .containsExactly(Fixture.QINGDAO, Fixture.JINAN, Fixture.YANTAI, Fixture.SUZHOU);
        assertThat(top.get(0).index()).isCloseTo(index(qdL, qdB, 100, 100), within(0.006));
        assertThat(top.get(1).index()).isCloseTo(index(jnL, jnB, jnH, jnF), within(0.006));
        assertThat(top.get(2).index()).isCloseTo(index(ytL, ytB, 0, 0), within(0.006));
        assertThat(top.get(3).index()).isCloseTo(index(szL, szB, 0, 0), within(0.006));
        assertThat(top.stream().map(Ranking.Entry::rank)).containsExactly(1, 2, 3, 4);
        // everyone else has nothing to be ranked on: no rank, not a shared fifth place
        assertThat(r.places().subList(4, r.places().size())).allMatch(e -> e.rank() == null && e.index() == 0);
        assertThat(r.ranked()).isEqualTo(4);
        Ranking.Entry qd = top.get(0);
        assertThat(qd.provinceZh()).isEqualTo("山东省");
        assertThat(qd.dimensions().get("length").score()).isCloseTo(qdL, within(0.006));
        assertThat(qd.dimensions().get("length").indicators().get("tie_years").value())
                .isEqualTo(131);
        assertThat(qd.dimensions().get("breadth").indicators().get("partner").normalised())
                .isCloseTo(n(3, 11), within(0.0001));
        assertThat(qd.dimensions().get("heat").indicators().get("person_times").value())
                .isEqualTo(20);
        assertThat(qd.dimensions().get("frequency").indicators().get("per_year").value())
                .isEqualTo(3.5);
        Ranking.Entry jn = top.get(1);
        assertThat(jn.dimensions().get("heat").score()).isCloseTo(jnH, within(0.006));
        assertThat(jn.dimensions().get("frequency").score()).isCloseTo(jnF, within(0.006));
    }

    @Test
    void rankingAsOfAnEarlierYearCountsOnlyWhatStoodThen() {
        // end of 1990: 青岛 has t1 (1976) and t4 (1986, ended 2010): 15 + 5 tie-years; 济南 has 1985: 6; no activity
        // yet
        Ranking r = ranking.rank(Level.PREFECTURE, 1990);
        Ranking.Entry qd = r.places().get(0);
        assertThat(qd.place().code()).isEqualTo(Fixture.QINGDAO);
        assertThat(qd.dimensions().get("length").indicators().get("years").value())
                .isEqualTo(15);
        assertThat(qd.dimensions().get("length").indicators().get("tie_years").value())
                .isEqualTo(20);
        assertThat(r.places().get(1).place().code()).isEqualTo(Fixture.JINAN);
        assertThat(r.places().get(2).index()).isZero();
        assertThat(r.places().get(2).rank()).isNull();
    }

    @Test
    void aLevelWithoutAnyLedgerIsRankedOnTheTiesWithTheLedgersWeightSpread() {
        // end of 1990 nobody had recorded an exchange: depth, heat and frequency are "no data", not zeros, and
        // length (0.15) and breadth (0.25) carry the whole index: 0.375 and 0.625
        Ranking r = ranking.rank(Level.PREFECTURE, 1990);
        assertThat(r.noData()).containsExactly("depth", "heat", "frequency");
        assertThat(r.applied()).containsOnlyKeys("length", "breadth");
        assertThat(r.applied().get("length")).isCloseTo(0.375, within(1e-9));
        assertThat(r.applied().get("breadth")).isCloseTo(0.625, within(1e-9));
        Ranking.Entry qd = r.places().get(0);
        assertThat(qd.dimensions()).containsOnlyKeys("length", "breadth");
        // 青岛: years 15 and tie-years 20 (t1 15 + t4 5) are the maxima; sister 2, countries 2, continents 2 the
        // maxima, partner 0 for everyone (no spread: 0)
        assertThat(qd.index()).isCloseTo(0.375 * 100 + 0.625 * 75, within(0.006));
        // 济南: 1985, one sister tie in Japan: 6 years, 6 tie-years
        double jnL = 100 * (n(6, 15) + n(6, 20)) / 2;
        double jnB = 100 * (n(1, 2) + 0 + n(1, 2) + n(1, 2)) / 4;
        assertThat(r.places().get(1).index()).isCloseTo(0.375 * jnL + 0.625 * jnB, within(0.006));
        assertThat(r.ranked()).isEqualTo(2);
    }

    @Test
    void theWholeCityIsRankedWithItsCountiesFigures() {
        // 青岛 with 胶州: 6 sister, 4 partner; 26 person-times (12 + 8 + 胶州's 6)
        Ranking r = ranking.rank(Level.PREFECTURE, 2025, Scope.WHOLE);
        assertThat(r.scope()).isEqualTo("whole");
        Ranking.Entry qd = r.places().get(0);
        assertThat(qd.place().code()).isEqualTo(Fixture.QINGDAO);
        assertThat(qd.dimensions().get("breadth").indicators().get("sister").value())
                .isEqualTo(6);
        assertThat(qd.dimensions().get("breadth").indicators().get("partner").value())
                .isEqualTo(4);
        assertThat(qd.dimensions().get("heat").indicators().get("person_times").value())
                .isEqualTo(26);
        // at their own level 胶州's figures are not 青岛's
        Ranking own = ranking.rank(Level.PREFECTURE, 2025, Scope.OWN);
        assertThat(own.places()
                        .get(0)
                        .dimensions()
                        .get("breadth")
                        .indicators()
                        .get("sister")
                        .value())
                .isEqualTo(5);
    }

    @Test
    void peerGroupsAsTheNationalIndexComparesThem() {
        // sub-provincial cities and provincial capitals: 27 capitals and 15 sub-provincial cities, 10 of them both
        Ranking major = ranking.rank(PeerGroup.MAJOR, 2025, Scope.OWN);
        assertThat(major.level()).isEqualTo("major");
        assertThat(major.places()).hasSize(32);
        assertThat(major.places().stream().map(e -> e.place().code()))
                .contains("CN-370200", "CN-370100", "CN-210200", "CN-650100")
                .doesNotContain(Fixture.YANTAI, Fixture.SUZHOU, "CN-110000");
        // of the fixture's cities only 青岛 (sub-provincial) and 济南 (capital) are in it
        assertThat(major.ranked()).isEqualTo(2);
        assertThat(major.places().get(0).place().code()).isEqualTo(Fixture.QINGDAO);
        // cities at prefecture level and above: every prefecture-level city and the four municipalities
        Ranking cities = ranking.rank(PeerGroup.CITIES, 2025, Scope.OWN);
        assertThat(cities.places()).hasSize(f.prefectures() + 4);
        assertThat(cities.places().stream().map(e -> e.place().code()))
                .contains("CN-110000", "CN-500000", Fixture.SUZHOU);
    }

    @Test
    void oneDelegationOfOneCityComparesNothing() {
        // at the end of 2020 the only exchange on record is 济南's delegation: heat and frequency would make it first
        // of every prefecture; with one place they are "no data", and the ranking stands on the ties
        Ranking r = ranking.rank(Level.PREFECTURE, 2020);
        assertThat(r.noData()).containsExactly("depth", "heat", "frequency");
        Ranking.Entry jinan = r.places().stream()
                .filter(e -> e.place().code().equals(Fixture.JINAN))
                .findFirst()
                .orElseThrow();
        assertThat(jinan.dimensions()).containsOnlyKeys("length", "breadth");
        // its index is its ties' alone: length 0.375, breadth 0.625 of it
        assertThat(jinan.index())
                .isCloseTo(
                        0.375 * jinan.dimensions().get("length").score()
                                + 0.625 * jinan.dimensions().get("breadth").score(),
                        within(0.01));
    }
}
