package org.youcheng.registry.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.youcheng.registry.StatusChange;
import org.youcheng.registry.Tie;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieStatement;
import org.youcheng.registry.TieStatus;
import org.youcheng.registry.TieView;
import org.youcheng.registry.Ties;

/**
 * The tie table, one tie at a time: read by id, pair or place, written by {@code TieService}, and the state that caches
 * of figures over all ties are keyed by. The statements and status history of a tie are kept beside it
 * ({@link TieStatementRepository}, {@link TieStatusHistory}).
 */
@Repository
public class TieRepository {

    private static final String BY_ID = "select " + TieRows.TIE_COLUMNS + " from tie t where t.id = :id";
    private static final String BY_PAIR =
            "select " + TieRows.TIE_COLUMNS + " from tie t where t.domestic_id = :domestic and t.partner_id = :partner";
    private static final String VIEW = "select " + TieRows.VIEW_COLUMNS
            + " from tie t join place d on d.id = t.domestic_id join place p on p.id = t.partner_id ";
    private static final String VIEW_BY_ID = VIEW + " where t.id = :id";
    private static final String LATEST = VIEW + " order by t.created_at desc, t.id desc limit :limit";
    private static final String INSERT = """
            insert into tie (domestic_id, partner_id, kind, signed_on, signed_precision, status, ended_on, end_reason,
                             source, note, import_id, created_at, updated_at)
            values (:domestic, :partner, :kind, :signedOn, :precision, :status, :endedOn, :endReason, :source, :note,
                    :importId, :now, :now)""";
    private static final String UPDATE = """
            update tie set domestic_id = :domestic, partner_id = :partner, kind = :kind, signed_on = :signedOn,
                           signed_precision = :precision, status = :status, ended_on = :endedOn,
                           end_reason = :endReason, source = :source, note = :note, version = version + 1,
                           updated_at = :now, origin = 'recorded', authority = 'recorded', set_aside_on = null,
                           set_aside_reason = null
            where id = :id and version = :version""";
    private static final String SET_ASIDE = """
            update tie set set_aside_on = :on, set_aside_reason = :reason, version = version + 1, updated_at = :now
            where id = :id""";
    private static final String END = """
            update tie set status = 'ended', ended_on = :on, end_reason = :reason, version = version + 1,
                           updated_at = :now
            where id = :id""";
    /** Of these places, those holding a tie a person stands behind (recorded or accepted), not set aside. */
    private static final String WITH_RECORDS = """
            select domestic_id from tie where domestic_id in (:ids) and authority <> 'reference'
              and set_aside_on is null
            union
            select partner_id from tie where partner_id in (:ids) and authority <> 'reference'
              and set_aside_on is null""";

    private static final String DELETE = "delete from tie where id = :id and version = :version";
    /** Chinese places other than one that hold a live sister tie with a partner. */
    private static final String CHINESE_SISTERS = """
            select coalesce(d.name_zh, d.name_en) from tie t join place d on d.id = t.domestic_id
            where t.partner_id = :partner and t.kind = 'sister' and t.status <> 'ended' and d.country_code = 'CN'
              and t.domestic_id <> :domestic""";

    /** The same for many partners at once: partner id, domestic id, domestic name. */
    private static final String CHINESE_SISTERS_OF_MANY = """
            select t.partner_id, t.domestic_id, coalesce(d.name_zh, d.name_en) from tie t
            join place d on d.id = t.domestic_id
            where t.partner_id in (:partners) and t.kind = 'sister' and t.status <> 'ended' and d.country_code = 'CN'
            order by t.id""";

    /**
     * Changes with every insert (row count, last id), update (last change) and delete (row count) of a tie: what
     * caches of figures over all ties are keyed by. Three queries, not one: together in one select, PostgreSQL
     * read every tie for the maxima (40 ms with 110,000 ties) instead of the last entry of their indexes.
     */
    private static final String STATE = """
            select (select count(*) from tie) || ':' || (select coalesce(max(id), 0) from tie) || ':'
                || coalesce((select max(updated_at) from tie), current_timestamp)""";

    private final JdbcClient db;
    private final TieStatementRepository statements;
    private final TieStatusHistory statuses;
    private final TiesOfPlaces ofPlaces;

    TieRepository(JdbcClient db, TieStatementRepository statements, TieStatusHistory statuses, TiesOfPlaces ofPlaces) {
        this.db = db;
        this.ofPlaces = ofPlaces;
        this.statements = statements;
        this.statuses = statuses;
    }

    /** The state of the tie table, as {@link #STATE} describes. */
    public String state() {
        return db.sql(STATE).query(String.class).single();
    }

    public Optional<Tie> find(long id) {
        return db.sql(BY_ID).param("id", id).query(TieRows::map).optional();
    }

    public Optional<Tie> findByPair(long domesticId, long partnerId) {
        return db.sql(BY_PAIR)
                .param("domestic", domesticId)
                .param("partner", partnerId)
                .query(TieRows::map)
                .optional();
    }

    public Optional<TieView> view(long id) {
        return db.sql(VIEW_BY_ID).param("id", id).query(TieRows::mapView).optional();
    }

    /** Every tie that has one of these places on either side. */
    public List<TieView> viewsOf(Collection<Long> placeIds) {
        return ofPlaces.views(placeIds);
    }

    /** The ties recorded last, newest first. */
    public List<TieView> latest(int limit) {
        return db.sql(LATEST).param("limit", limit).query(TieRows::mapView).list();
    }

    public List<String> chineseSistersOf(long partnerId, long exceptDomesticId) {
        return db.sql(CHINESE_SISTERS)
                .param("partner", partnerId)
                .param("domestic", exceptDomesticId)
                .query(String.class)
                .list();
    }

    /** {@link #chineseSistersOf} for many partners in one query. */
    public List<Ties.ChineseSister> chineseSistersOf(Collection<Long> partnerIds) {
        if (partnerIds.isEmpty()) {
            return List.of();
        }
        return db.sql(CHINESE_SISTERS_OF_MANY)
                .param("partners", partnerIds)
                .query((rs, n) -> new Ties.ChineseSister(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list();
    }

    public long insert(TieDraft d, Long importId, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        bind(db.sql(INSERT), d, now).param("importId", importId).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Returns false when the tie is gone or its version moved on. */
    public boolean update(long id, int version, TieDraft d, Instant now) {
        return bind(db.sql(UPDATE), d, now)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    public boolean delete(long id, int version) {
        return db.sql(DELETE).param("id", id).param("version", version).update() == 1;
    }

    /** Every statement that supports a tie: the standing one (its own fields) first, then the others, oldest first. */
    public List<TieStatement> statements(Tie t) {
        return statements.of(t);
    }

    /** Keeps the statements these tie rows hold now among their others, before new ones take their place. */
    public void keepStatements(List<Long> tieIds) {
        statements.keep(tieIds);
    }

    /** Adds a statement beside the standing one, and raises the tie's authority to it where it is stronger. */
    public void addStatement(Tie t, TieStatement s) {
        statements.add(t, s);
    }

    /** Marks the standing statement of a tie as an accepted article's (its authority follows unless stronger). */
    public void markExtracted(long id) {
        statements.markExtracted(id);
    }

    /** Sets a reference tie aside: kept and shown, counted nowhere (an official list does not name it). */
    public void setAside(long id, java.time.LocalDate on, String reason, Instant now) {
        db.sql(SET_ASIDE)
                .param("id", id)
                .param("on", Date.valueOf(on))
                .param("reason", reason)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Ends a tie on a day, with its reason, keeping its status history. */
    public void end(Tie t, java.time.LocalDate on, String reason, Instant now) {
        changeStatus(t, TieStatus.ENDED, now, reason);
        db.sql(END)
                .param("id", t.id())
                .param("on", Date.valueOf(on))
                .param("reason", reason)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Of these places, the ones that hold a tie a person stands behind: their figures count only such ties. */
    public Set<Long> withRecords(Collection<Long> placeIds) {
        if (placeIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(
                db.sql(WITH_RECORDS).param("ids", placeIds).query(Long.class).list());
    }

    /**
     * The statuses a tie has had, oldest first; a tie whose status never changed has its status since it was created
     * ({@link TieStatusHistory#of}).
     */
    public List<StatusChange> history(long tieId) {
        return statuses.of(tieId, () -> find(tieId));
    }

    /** Records a change of status, writing the tie's first status too when this is its first change. */
    public void changeStatus(Tie before, TieStatus to, Instant at, String reason) {
        statuses.change(before, to, at, reason);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec s, TieDraft d, Instant now) {
        return s.param("domestic", d.domesticId())
                .param("partner", d.partnerId())
                .param("kind", d.kind().code())
                .param(
                        "signedOn",
                        d.signed() == null ? null : Date.valueOf(d.signed().firstDay()))
                .param(
                        "precision",
                        d.signed() == null
                                ? null
                                : d.signed().precision().name().toLowerCase())
                .param("status", d.status().code())
                .param("endedOn", d.endedOn() == null ? null : Date.valueOf(d.endedOn()))
                .param("endReason", d.endReason())
                .param("source", d.source())
                .param("note", d.note())
                .param("now", Timestamp.from(now));
    }
}
