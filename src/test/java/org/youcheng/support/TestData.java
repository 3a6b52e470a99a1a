package org.youcheng.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Puts a test database back to its reference state: reference places only, no ties, no imports, no partner requests
 * or place attributes. */
public final class TestData {

    private TestData() {
    }

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
        db.sql("delete from place_name where place_id in (select id from place where origin not in ('gbt2260', 'wikidata'))")
                .update();
        db.sql("delete from place where origin not in ('gbt2260', 'wikidata')").update();
        db.sql("delete from import_run").update();
        db.sql("delete from account").update();   // with their scopes and tokens; the audit trail stays
    }
}
