package org.youcheng.registry.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.youcheng.registry.MergePlan;

/**
 * The rows other than ties that name a place (activities, places under it, review items, partner requests, scopes
 * ...): counted for a merge's plan, and pointed at the known place when a duplicate is merged into it.
 */
@Repository
class PlaceReferences {

    /** What else names a place: the name of each count in {@link MergePlan#references()} and its statements. */
    private static final Map<String, String> COUNTS = countsInOrder();

    private static final List<String> MOVES = List.of(
            "update place set parent_id = :known where parent_id = :dup",
            "update wikidata_place set place_id = :known where place_id = :dup",
            "update activity set place_id = :known where place_id = :dup",
            "update activity_partner set place_id = :known where place_id = :dup",
            "update extract_candidate set domestic_id = :known where domestic_id = :dup",
            "update extract_candidate set partner_id = :known where partner_id = :dup",
            "update partner_request set place_id = :known where place_id = :dup",
            // one row per place: the known place's own facts win, the duplicate's go with it
            """
            update place_attribute set place_id = :known
            where place_id = :dup and not exists (select 1 from place_attribute a where a.place_id = :known)""",
            """
            update strategy_aim set place_id = :known
            where place_id = :dup and region not in (select s.region from strategy_aim s where s.place_id = :known)""",
            """
            update account_scope set place_id = :known
            where place_id = :dup and account_id not in (select s.account_id from account_scope s
                                                         where s.place_id = :known)""",
            // an account that had both in its scope keeps the known place; this key has no cascade
            "delete from account_scope where place_id = :dup");
    private static final String DELETE_PLACE = "delete from place where id = :dup";

    private final JdbcClient db;

    PlaceReferences(JdbcClient db) {
        this.db = db;
    }

    /** How many rows of each other kind name the place. */
    Map<String, Integer> count(long placeId) {
        Map<String, Integer> out = new LinkedHashMap<>();
        COUNTS.forEach((name, sql) -> out.put(
                name, db.sql(sql).param("id", placeId).query(Integer.class).single()));
        return out;
    }

    /** Points every other row that names the duplicate at the known place, then deletes the duplicate. */
    void moveAndDelete(long duplicateId, long knownId) {
        for (String sql : MOVES) {
            db.sql(sql).param("dup", duplicateId).param("known", knownId).update();
        }
        db.sql(DELETE_PLACE).param("dup", duplicateId).update();
    }

    private static Map<String, String> countsInOrder() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("activities", "select count(*) from activity where place_id = :id");
        m.put("activity_partners", "select count(*) from activity_partner where place_id = :id");
        m.put("places_under", "select count(*) from place where parent_id = :id");
        m.put("review_items", """
                select count(*) from extract_candidate where domestic_id = :id or partner_id = :id""");
        m.put("partner_requests", "select count(*) from partner_request where place_id = :id");
        m.put("wikidata_items", "select count(*) from wikidata_place where place_id = :id");
        m.put("attributes", "select count(*) from place_attribute where place_id = :id");
        m.put("strategy_regions", "select count(*) from strategy_aim where place_id = :id");
        m.put("account_scopes", "select count(*) from account_scope where place_id = :id");
        return Collections.unmodifiableMap(m);
    }
}
