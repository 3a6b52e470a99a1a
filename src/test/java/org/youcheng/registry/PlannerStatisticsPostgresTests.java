package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.support.OnPostgres;

/**
 * After a bulk write the planner's statistics are taken again: without them PostgreSQL planned a place's ties as a
 * scan of every tie (bench/load/README.md).
 */
@OnPostgres
class PlannerStatisticsPostgresTests {

    @Autowired
    TieImports bulk;

    @Autowired
    PlaceRepository places;

    @Autowired
    JdbcClient db;

    @Test
    void theTablesAnImportWroteAreAnalysedAfterIt() {
        for (int i = 0; i < 7; i++) {
            String name = "Stat " + UUID.randomUUID();
            places.insert(
                    "T-" + UUID.randomUUID().toString().substring(0, 12),
                    null,
                    name,
                    Level.CITY,
                    "FR",
                    null,
                    false,
                    "test",
                    Instant.now(),
                    List.of(name));
        }
        long rows = db.sql("select count(*) from place").query(Long.class).single();
        bulk.refreshStatistics();
        double planned = db.sql("select reltuples from pg_class where relname = 'place'")
                .query(Double.class)
                .single();
        assertThat(planned).isEqualTo((double) rows);
    }
}
