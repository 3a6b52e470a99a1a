package org.youcheng.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.youcheng.analytics.Dimension;

class CompositeIndexTests {

    static CompositeIndex.Input in(long id, double a, double b) {
        return new CompositeIndex.Input(
                id, Map.of(Dimension.LENGTH, Map.of("a", a), Dimension.BREADTH, Map.of("b", b)));
    }

    @Test
    void normalisesOnTheLogScaleAndWeighsTheDimensions() {
        // a: 0, 3, 15 → ln1p / ln16 = 0, 0.5, 1; b: 1, 1, 1 → all equal → 0
        List<CompositeIndex.Scored> s = CompositeIndex.score(
                List.of(in(1, 0, 1), in(2, 3, 1), in(3, 15, 1)), Map.of(Dimension.LENGTH, 3.0, Dimension.BREADTH, 1.0));
        assertThat(s.stream().map(CompositeIndex.Scored::place)).containsExactly(3L, 2L, 1L);
        assertThat(s.get(0).index()).isCloseTo(100 * 3.0 / 4, within(1e-9));
        assertThat(s.get(1).index()).isCloseTo(50 * 3.0 / 4, within(1e-9));
        assertThat(s.get(2).index()).isZero();
        assertThat(s.get(1).dimensions().get(Dimension.LENGTH).indicators().get("a"))
                .containsExactly(3, 0.5);
    }

    @Test
    void equalIndicesShareARankAndTheNextRankSkips() {
        List<CompositeIndex.Scored> s = CompositeIndex.score(
                List.of(in(1, 5, 0), in(2, 5, 0), in(3, 1, 0)), Map.of(Dimension.LENGTH, 1.0, Dimension.BREADTH, 1.0));
        assertThat(s.stream().map(CompositeIndex.Scored::rank)).containsExactly(1, 1, 3);
    }

    @Test
    void aPlaceWithNothingToRankItOnHasNoRankAndComesLast() {
        List<CompositeIndex.Scored> s = CompositeIndex.score(
                List.of(in(1, 0, 0), in(2, 5, 0), in(3, 0, 2)), Map.of(Dimension.LENGTH, 1.0, Dimension.BREADTH, 1.0));
        assertThat(s.stream().map(CompositeIndex.Scored::place)).containsExactly(2L, 3L, 1L);
        assertThat(s.stream().map(CompositeIndex.Scored::rank)).containsExactly(1, 1, null);
    }

    @Test
    void aDimensionIsWithoutDataWhenNoPlaceHasAnyOfIt() {
        assertThat(CompositeIndex.withoutData(List.of(in(1, 0, 3), in(2, 0, 0))))
                .containsExactlyInAnyOrder(Dimension.LENGTH, Dimension.DEPTH, Dimension.HEAT, Dimension.FREQUENCY);
        assertThat(CompositeIndex.withoutData(List.of(in(1, 1, 3))))
                .doesNotContain(Dimension.LENGTH, Dimension.BREADTH);
        // two places must have data to compare them: only place 1 has length, both have breadth
        assertThat(CompositeIndex.withoutData(List.of(in(1, 4, 3), in(2, 0, 1)), 2))
                .contains(Dimension.LENGTH)
                .doesNotContain(Dimension.BREADTH);
    }

    @Test
    void aDimensionWithoutWeightDoesNotCount() {
        List<CompositeIndex.Scored> s =
                CompositeIndex.score(List.of(in(1, 0, 9), in(2, 9, 0)), Map.of(Dimension.LENGTH, 1.0));
        assertThat(s.get(0).place()).isEqualTo(2L);
        assertThat(s.get(0).index()).isEqualTo(100.0);
    }
}
