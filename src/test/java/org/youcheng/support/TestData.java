package org.youcheng.support;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youcheng.io.Format;
import org.youcheng.io.TieImporter;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.security.LocalOperator;

/** Puts a test database back to its reference state: reference places only, no ties, no imports, no partner requests
 * or place attributes. */
public final class TestData {

    private TestData() {}

    public static void reset(JdbcClient db) {
        db.sql("delete from partner_request").update();
        db.sql("delete from place_attribute").update();
        db.sql("delete from activity_file").update();
        db.sql("delete from activity_partner").update();
        db.sql("delete from activity").update();
        db.sql("delete from extract_candidate").update();
        db.sql("delete from tie_status_change").update();
        db.sql("delete from tie_document").update();
        db.sql("delete from tie_source").update();
        db.sql("delete from tie").update();
        db.sql(
                        "delete from place_name where place_id in (select id from place where origin not in ('gbt2260', 'wikidata'))")
                .update();
        // a reference place may hang under a place of another source (a township Wikidata names, under the county
        // the postal table made): it goes up to that place's parent, as the reference state has it without them
        db.sql("""
                        update place set parent_id = (select up.parent_id from place up where up.id = place.parent_id)
                         where origin in ('gbt2260', 'wikidata')
                           and parent_id in (select id from place where origin not in ('gbt2260', 'wikidata'))""").update();
        // a test's places may hang under each other (positions, subtrees): unlinked first, H2 checks row by row
        db.sql(
                        "update place set parent_id = null where origin not in ('gbt2260', 'wikidata') and parent_id is not null")
                .update();
        db.sql("delete from place where origin not in ('gbt2260', 'wikidata')").update();
        db.sql("delete from import_run").update();
        db.sql("delete from account").update(); // with their scopes and tokens; the audit trail stays
    }

    /**
     * The reference state with the official sister cities of 北京市 imported (fixtures/beijing-sister-cities.csv), as
     * the local operator; returns the id of 北京市 (CN-110000).
     */
    public static long resetWithBeijingsSisterCities(ApplicationContext context) throws Exception {
        reset(context.getBean(JdbcClient.class));
        byte[] csv;
        try (InputStream in = TestData.class.getResourceAsStream("/fixtures/beijing-sister-cities.csv")) {
            csv = in.readAllBytes();
        }
        TieImporter importer = context.getBean(TieImporter.class);
        LocalOperator.call(() -> importer.importFile(
                () -> new ByteArrayInputStream(csv), Format.CSV, "beijing-sister-cities.csv", false));
        return context.getBean(PlaceRepository.class)
                .findByCode("CN-110000")
                .orElseThrow()
                .id();
    }
}
