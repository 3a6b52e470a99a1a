package org.youcheng.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.youcheng.common.PartialDate;
import org.youcheng.registry.TieKind;

class GrowthTests {

    @Test
    void countsEachKindCumulativelyOverEveryYearAndTheUndatedApart() {
        Growth g = Growth.of(List.of(
                new Growth.Signed(TieKind.SISTER, PartialDate.parse("1979-10")),
                new Growth.Signed(TieKind.PARTNER, PartialDate.parse("1981")),
                new Growth.Signed(TieKind.SISTER, PartialDate.parse("1981-02-03")),
                new Growth.Signed(TieKind.INTENT, null)));

        assertThat(g.years()).containsExactly(1979, 1980, 1981);
        assertThat(g.sister()).containsExactly(1, 1, 2);
        assertThat(g.partner()).containsExactly(0, 0, 1);
        assertThat(g.intent()).containsExactly(0, 0, 0);
        assertThat(g.undated()).isEqualTo(1);
    }

    @Test
    void noDatedTiesMeansNoYears() {
        Growth g = Growth.of(List.of(new Growth.Signed(TieKind.SISTER, null)));
        assertThat(g.years()).isEmpty();
        assertThat(g.sister()).isEmpty();
        assertThat(g.undated()).isEqualTo(1);
    }
}
