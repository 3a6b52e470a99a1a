package org.youcheng.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.youcheng.support.OnPostgres;

@OnPostgres
class TieImportPostgresTests extends TieImportTests {

    @Test
    void copyLeavesTheForeignKeysToOneSetBasedCheckAtTheEnd() {
        // the test role is a superuser, so COPY skips the per-row triggers and the load's own check must catch it
        assertThat(loadNamingAMissingPlace()).hasMessageContaining("no longer exist");
    }
}
