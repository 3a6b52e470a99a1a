package org.youcheng.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youcheng.support.OnH2;

/**
 * The ties of a place (the place API and page) are found through the indexes of both sides. Written as
 * {@code domestic_id in (…) or partner_id in (…)}, H2 planned a scan of every place joined to every tie: 5.8 s for
 * one place among 110,000 ties; as {@code t.id in (select … union select …)} it read every tie and tested it against the
 * subquery (bench/load/README.md). H2 only: PostgreSQL combines both indexes either way, and on
 * a small test table it may rightly prefer a scan.
 */
@OnH2
class TieViewsPlanH2Tests {

    @Autowired
    JdbcClient db;

    @Test
    void thePlanOfAPlacesTiesScansNeitherTiesNorPlaces() {
        String plan = db.sql("explain " + TiesOfPlaces.TIES_OF_PLACES)
                .param("ids", List.of(1L, 2L))
                .query(String.class)
                .single();
        assertThat(plan).doesNotContain("tie.tableScan");
        assertThat(db.sql("explain " + TiesOfPlaces.PLACES_BY_ID)
                        .param("ids", List.of(1L, 2L))
                        .query(String.class)
                        .single())
                .doesNotContain("place.tableScan")
                .contains("PRIMARY_KEY");
        // each side by its own index, not every tie tested against a list of ids (t.id in (select … union …))
        assertThat(plan)
                .containsPattern("INDEX_\\w*: domestic_id IN\\(")
                .containsPattern("INDEX_\\w*: partner_id IN\\(")
                .doesNotContain("t.id IN");
    }
}
