package org.youcheng.support;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ties as the bundled Wikidata network puts them into a registry (kind unverified, origin and authority reference,
 * no date), the official list's setting aside, and further statements, written as the registry stores them.
 */
public final class ReferenceTies {

    public static final String SOURCE = "Wikidata P190 (twinned administrative body)";

    private ReferenceTies() {}

    /** A reference tie between two places, as {@code ReferenceData.loadTwinNetworkIfMissing} writes one. */
    public static long add(JdbcClient db, long domestic, long partner) {
        Timestamp now = Timestamp.from(Instant.now());
        db.sql("""
                insert into tie (domestic_id, partner_id, kind, status, source, origin, authority, created_at,
                                 updated_at)
                values (:d, :p, 'unverified', 'active', :source, 'reference', 'reference', :now, :now)""")
                .param("d", domestic)
                .param("p", partner)
                .param("source", SOURCE)
                .param("now", now)
                .update();
        return db.sql("select id from tie where domestic_id = :d and partner_id = :p")
                .param("d", domestic)
                .param("p", partner)
                .query(Long.class)
                .single();
    }

    /** An official list left the tie out. */
    public static void setAside(JdbcClient db, long tie, LocalDate on, String reason) {
        db.sql("update tie set set_aside_on = :on, set_aside_reason = :reason where id = :id")
                .param("on", Date.valueOf(on))
                .param("reason", reason)
                .param("id", tie)
                .update();
    }

    /** An accepted article that states the tie, kept beside the standing statement. */
    public static void addArticle(JdbcClient db, long tie, String url, String kind, String evidence) {
        db.sql("""
                insert into tie_source (tie_id, provenance, source, kind, evidence, added_at)
                values (:tie, 'extracted', :url, :kind, :evidence, :at)""")
                .param("tie", tie)
                .param("url", url)
                .param("kind", kind)
                .param("evidence", evidence)
                .param("at", Timestamp.from(Instant.now()))
                .update();
    }
}
