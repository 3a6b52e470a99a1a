package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TieRulesTests {

    static final Country FRANCE = new Country("FR", "法国", "France", Continent.EUROPE, Region.WESTERN_EUROPE, true);
    static final Country PARAGUAY =
            new Country("PY", "巴拉圭", "Paraguay", Continent.SOUTH_AMERICA, Region.LATIN_AMERICA, false);

    static List<String> codes(List<Warning> w) {
        return w.stream().map(Warning::code).toList();
    }

    @Test
    void aCleanTieHasNoWarnings() {
        assertThat(TieRules.check(TieKind.SISTER, Level.PREFECTURE, false, true, Level.CITY, false, FRANCE, List.of()))
                .isEmpty();
    }

    @Test
    void aSecondChineseSisterIsFlagged() {
        assertThat(codes(TieRules.check(
                        TieKind.SISTER, Level.PREFECTURE, false, true, Level.CITY, false, FRANCE, List.of("青岛市"))))
                .containsExactly("second_sister");
        assertThat(TieRules.check(TieKind.PARTNER, Level.PREFECTURE, false, true, Level.CITY, false, FRANCE, List.of()))
                .isEmpty();
    }

    @Test
    void levelsMustBeComparable() {
        assertThat(codes(TieRules.check(
                        TieKind.SISTER, Level.PROVINCE, false, true, Level.CITY, false, FRANCE, List.of())))
                .containsExactly("level_mismatch");
        assertThat(TieRules.check(TieKind.SISTER, Level.PROVINCE, true, true, Level.CITY, false, FRANCE, List.of()))
                .as("a directly governed municipality may twin a great city")
                .isEmpty();
        assertThat(TieRules.check(TieKind.SISTER, Level.COUNTY, false, true, Level.TOWN, false, FRANCE, List.of()))
                .isEmpty();
        assertThat(TieRules.check(
                        TieKind.SISTER, Level.PROVINCE, false, true, Level.PROVINCE, false, FRANCE, List.of()))
                .isEmpty();
    }

    @Test
    void formalTiesNeedDiplomaticRelations() {
        assertThat(codes(TieRules.check(
                        TieKind.SISTER, Level.PREFECTURE, false, true, Level.CITY, false, PARAGUAY, List.of())))
                .containsExactly("no_diplomatic_relations");
        assertThat(TieRules.check(
                        TieKind.INTENT, Level.PREFECTURE, false, true, Level.CITY, false, PARAGUAY, List.of()))
                .isEmpty();
    }

    @Test
    void aTieInsideChinaIsNotInternational() {
        assertThat(codes(TieRules.check(
                        TieKind.SISTER, Level.PREFECTURE, false, true, Level.CITY, true, null, List.of())))
                .containsExactly("within_china");
    }
}
