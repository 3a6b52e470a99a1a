package org.youcheng.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.youcheng.security.internal.AuditCsv;

/** The audit trail's CSV hands a spreadsheet no formula, whatever an account or a record was named. */
class AuditCsvTests {

    @Test
    void namesAndValuesThatLookLikeFormulasAreNeutralised() throws Exception {
        StringBuilder out = new StringBuilder();
        AuditCsv.write(
                List.of(new AuditEvent(
                        7,
                        Instant.parse("2026-11-25T10:00:00Z"),
                        3L,
                        "=cmd|' /C calc'!A0",
                        "web",
                        "update",
                        "place",
                        42L,
                        "{\"name\":\"a\"}",
                        "@SUM(1+1)")),
                out);

        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).isEqualTo("id,at,actor_id,actor,from,action,entity,entity_id,before,after");
        assertThat(lines[1])
                .isEqualTo("7,2026-11-25T10:00:00Z,3,\"'=cmd|' /C calc'!A0\",web,update,place,42,"
                        + "\"{\"\"name\"\":\"\"a\"\"}\",\"'@SUM(1+1)\"");
    }
}
