package org.youcheng.registry.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.youcheng.common.PartialDate;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieStatus;

/**
 * The statements of a merge: a duplicate place's ties moved to the known place or combined with the tie it already
 * has, and every other row that names the duplicate pointed at the known place. Each statement does one thing; the
 * service runs them in one transaction.
 */
@Repository
public class PlaceMergeRepository {

    private static final String ORIGIN = "select origin from place where id = :id";
    /** A tie row with what V9 added (who says it exists) and whether its other side is Chinese. */
    private static final String TIES_OF = """
            select t.id, t.domestic_id, t.partner_id, t.kind, t.origin, t.authority, t.source, t.import_id,
                   t.signed_on, t.signed_precision, t.status, t.ended_on, t.end_reason, t.version, t.created_at,
                   case when t.domestic_id = :place then t.partner_id else t.domestic_id end as other_id
            from tie t where t.domestic_id = :place or t.partner_id = :place
            order by t.id""";

    private static final String TIE = """
            select t.id, t.domestic_id, t.partner_id, t.kind, t.origin, t.authority, t.source, t.import_id,
                   t.signed_on, t.signed_precision, t.status, t.ended_on, t.end_reason, t.version, t.created_at,
                   t.partner_id as other_id
            from tie t where t.id = :id""";
    private static final String PAIR = """
            select id from tie where (domestic_id = :a and partner_id = :b) or (domestic_id = :b and partner_id = :a)
            order by id""";
    private static final String MOVE_TIE = """
            update tie set domestic_id = :domestic, partner_id = :partner, version = version + 1, updated_at = :now
            where id = :id""";
    private static final String DELETE_TIE = "delete from tie where id = :id";
    private static final String MOVE_DOCUMENTS = "update tie_document set tie_id = :survivor where tie_id = :tie";
    private static final String STATUS_ROWS = "select count(*) from tie_status_change where tie_id = :tie";
    private static final String FIRST_STATUS = """
            insert into tie_status_change (tie_id, status, changed_at, reason)
            select id, status, created_at, 'created' from tie where id = :tie""";
    private static final String MOVE_STATUS = "update tie_status_change set tie_id = :survivor where tie_id = :tie";
    private static final String MOVE_SOURCES = "update tie_source set tie_id = :survivor where tie_id = :tie";
    /** The duplicate tie's own first statement, which lived in its row, as a statement of the survivor. */
    private static final String ADD_SOURCE = """
            insert into tie_source (tie_id, provenance, source, kind, signed_on, signed_precision, import_id, added_at)
            select :survivor, origin, source, case when kind = 'unverified' then null else kind end, signed_on,
                   signed_precision, import_id, created_at
            from tie where id = :tie""";

    private static final String MOVE_TIE_ACTIVITIES = "update activity set tie_id = :survivor where tie_id = :tie";
    private static final String MOVE_TIE_CANDIDATES = """
            update extract_candidate set tie_id = :survivor where tie_id = :tie""";
    private static final String MOVE_APPLICATION = """
            update tie_application set tie_id = :survivor
            where tie_id = :tie and not exists (select 1 from tie_application a where a.tie_id = :survivor)""";
    private static final String SETTLE_SURVIVOR = """
            update tie set authority = :authority, kind = :kind, signed_on = :signedOn, signed_precision = :precision,
                           status = :status, ended_on = :endedOn, end_reason = :endReason, version = version + 1,
                           updated_at = :now
            where id = :id""";

    private final JdbcClient db;
    private final PlaceReferences references;

    PlaceMergeRepository(JdbcClient db, PlaceReferences references) {
        this.db = db;
        this.references = references;
    }

    /** A tie row as a merge needs it. */
    public record TieRow(
            long id,
            long domesticId,
            long partnerId,
            TieKind kind,
            String origin,
            String authority,
            String source,
            Long importId,
            PartialDate signed,
            TieStatus status,
            LocalDate endedOn,
            String endReason,
            int version,
            Instant createdAt,
            long otherId) {}

    public Optional<String> origin(long placeId) {
        return db.sql(ORIGIN).param("id", placeId).query(String.class).optional();
    }

    public List<TieRow> tiesOf(long placeId) {
        return db.sql(TIES_OF)
                .param("place", placeId)
                .query(PlaceMergeRepository::row)
                .list();
    }

    public TieRow tie(long id) {
        return db.sql(TIE).param("id", id).query(PlaceMergeRepository::row).single();
    }

    /** The tie between two places, whichever side each is on. */
    public Optional<Long> tieBetween(long a, long b) {
        return db.sql(PAIR).param("a", a).param("b", b).query(Long.class).list().stream()
                .findFirst();
    }

    public void moveTie(long id, long domesticId, long partnerId, Instant now) {
        db.sql(MOVE_TIE)
                .param("domestic", domesticId)
                .param("partner", partnerId)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    /**
     * Makes two ties one: everything that hangs on the duplicate tie (documents, status history, statements, its
     * own first statement, activities, review-queue items, an application when the survivor has none) goes to
     * the survivor, then the duplicate tie is deleted.
     */
    public void combine(long tieId, long survivorId) {
        db.sql(MOVE_DOCUMENTS).param("survivor", survivorId).param("tie", tieId).update();
        if (statusRows(tieId) > 0) {
            if (statusRows(survivorId) == 0) {
                // the survivor's history was implicit (its status since it was made): write it before adding to it
                db.sql(FIRST_STATUS).param("tie", survivorId).update();
            }
            db.sql(MOVE_STATUS)
                    .param("survivor", survivorId)
                    .param("tie", tieId)
                    .update();
        }
        db.sql(MOVE_SOURCES).param("survivor", survivorId).param("tie", tieId).update();
        db.sql(ADD_SOURCE).param("survivor", survivorId).param("tie", tieId).update();
        db.sql(MOVE_TIE_ACTIVITIES)
                .param("survivor", survivorId)
                .param("tie", tieId)
                .update();
        db.sql(MOVE_TIE_CANDIDATES)
                .param("survivor", survivorId)
                .param("tie", tieId)
                .update();
        db.sql(MOVE_APPLICATION)
                .param("survivor", survivorId)
                .param("tie", tieId)
                .update();
        deleteTie(tieId);
    }

    public void settleSurvivor(
            long id,
            String authority,
            TieKind kind,
            PartialDate signed,
            TieStatus status,
            LocalDate endedOn,
            String endReason,
            Instant now) {
        db.sql(SETTLE_SURVIVOR)
                .param("authority", authority)
                .param("kind", kind.code())
                .param("signedOn", signed == null ? null : Date.valueOf(signed.firstDay()))
                .param(
                        "precision",
                        signed == null ? null : signed.precision().name().toLowerCase())
                .param("status", status.code())
                .param("endedOn", endedOn == null ? null : Date.valueOf(endedOn))
                .param("endReason", endReason)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    public void deleteTie(long id) {
        db.sql(DELETE_TIE).param("id", id).update();
    }

    /** How many rows of each other kind name the place. */
    public Map<String, Integer> references(long placeId) {
        return references.count(placeId);
    }

    /** Points every other row that names the duplicate at the known place, then deletes the duplicate. */
    public void moveReferencesAndDelete(long duplicateId, long knownId) {
        references.moveAndDelete(duplicateId, knownId);
    }

    private int statusRows(long tieId) {
        return db.sql(STATUS_ROWS).param("tie", tieId).query(Integer.class).single();
    }

    private static TieRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Date ended = rs.getDate("ended_on");
        return new TieRow(
                rs.getLong("id"),
                rs.getLong("domestic_id"),
                rs.getLong("partner_id"),
                TieKind.valueOf(rs.getString("kind").toUpperCase()),
                rs.getString("origin"),
                rs.getString("authority"),
                rs.getString("source"),
                rs.getObject("import_id", Long.class),
                TieRows.signed(rs),
                TieStatus.valueOf(rs.getString("status").toUpperCase()),
                ended == null ? null : ended.toLocalDate(),
                rs.getString("end_reason"),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getLong("other_id"));
    }
}
