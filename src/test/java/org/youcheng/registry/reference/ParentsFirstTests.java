package org.youcheng.registry.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.youcheng.registry.Level;

class ParentsFirstTests {

    private static PlaceRow row(String code, Level level, String parent) {
        PlaceRow p = new PlaceRow(code, level, "CN", "test");
        p.parentCode = parent;
        return p;
    }

    @Test
    void aPlaceIsWrittenAfterTheCountyItLiesInThoughItsSourceCameFirst() {
        // a township of Wikidata, then the county the postal table made for it, then another source's province
        List<PlaceRow> rows = new ArrayList<>(List.of(
                row("Q-TOWN", Level.COUNTY, "TW-COUNTY"),
                row("Q-CITY", Level.CITY, "P-1"),
                row("TW-COUNTY", Level.PREFECTURE, "P-1"),
                row("P-1", Level.PROVINCE, null),
                row("Q-VILLAGE", Level.COUNTY, "TW-COUNTY")));

        rows.sort(ReferenceData.PARENTS_FIRST);

        assertThat(rows).extracting(p -> p.code).containsExactly("P-1", "TW-COUNTY", "Q-TOWN", "Q-CITY", "Q-VILLAGE");
    }
}
