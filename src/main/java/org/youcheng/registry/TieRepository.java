package org.youcheng.registry;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.youcheng.common.PartialDate;

@Repository
public class TieRepository {

    static final String TIE_COLUMNS = """
            t.id, t.domestic_id, t.partner_id, t.kind, t.signed_on, t.signed_precision, t.status, t.ended_on,
            t.end_reason, t.source, t.note, t.version, t.created_at, t.updated_at, t.origin, t.authority,
            t.set_aside_on, t.set_aside_reason""";
    private static final String BY_ID = "select " + TIE_COLUMNS + " from tie t where t.id = :id";
    private static final String BY_PAIR = "select " + TIE_COLUMNS
            + " from tie t where t.domestic_id = :domestic and t.partner_id = :partner";
    static final String VIEW_COLUMNS = """
            %s,
                   d.id d_id, d.code d_code, d.name_zh d_name_zh, d.name_en d_name_en, d.pinyin d_pinyin,
                   d.level d_level, d.country_code d_country_code, d.parent_id d_parent_id, d.lat d_lat, d.lng d_lng,
                   d.needs_review d_needs_review, d.version d_version,
                   p.id p_id, p.code p_code, p.name_zh p_name_zh, p.name_en p_name_en, p.pinyin p_pinyin,
                   p.level p_level, p.country_code p_country_code, p.parent_id p_parent_id, p.lat p_lat, p.lng p_lng,
                   p.needs_review p_needs_review, p.version p_version
            """.formatted(TIE_COLUMNS);
    private static final String VIEW = "select " + VIEW_COLUMNS
            + " from tie t join place d on d.id = t.domestic_id join place p on p.id = t.partner_id ";
    /**
     * The ties of some places: each side looked up by its own index, the two parts put together with a union; their
     * places are read after, by id ({@link #PLACES_BY_ID}). Written as {@code domestic_id in (…) or partner_id in (…)},
     * H2 scanned every place and every tie (5.8 s for one place of 110,000 ties); as {@code t.id in (select … union
     * select …)} it still scanned every tie and tested each against the subquery's ids (85 % of the place page's time);
     * joined to the places in the same statement, PostgreSQL hashed all 72,000 places for a province's 1,200 ties
     * (80–150 ms under load, the slowest statement of the load benchmark; bench/load/README.md).
     */
    static final String TIES_OF_PLACES = "select " + TIE_COLUMNS + " from tie t where t.domestic_id in (:ids)"
            + " union all select " + TIE_COLUMNS + """
             from tie t where t.partner_id in (:ids) and t.domestic_id not in (:ids)
            order by signed_on nulls last, id""";
    static final String PLACES_BY_ID = "select " + PlaceRepository.COLUMNS + " from place p where p.id in (:ids)";
    /** Ids bound in one statement at most (PostgreSQL takes 65,535 parameters; H2 plans long lists slowly). */
    private static final int IDS_AT_ONCE = 1000;
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
    /** Keeps the statements tie rows hold before others replace them (the kind 'unverified' states no kind). */
    private static final String KEEP_STATEMENTS = """
            insert into tie_source (tie_id, provenance, source, kind, signed_on, signed_precision, import_id,
                                    added_at)
            select id, origin, source, case when kind = 'unverified' then null else kind end, signed_on,
                   signed_precision, import_id, updated_at
            from tie where id in (:ids)""";
    /** Ties whose statements {@link #keepStatements} keeps in one statement (a bound list stays short of limits). */
    private static final int KEEP_AT_ONCE = 1_000;
    private static final String MARK_EXTRACTED = """
            update tie set origin = 'extracted',
                           authority = case when authority = 'recorded' and exists (
                               select 1 from tie_source s where s.tie_id = tie.id and s.provenance = 'recorded')
                               then 'recorded' else 'extracted' end
            where id = :id""";
    private static final String ADD_STATEMENT = """
            insert into tie_source (tie_id, provenance, source, kind, signed_on, signed_precision, import_id,
                                    candidate_id, evidence, added_at)
            values (:tie, :provenance, :source, :kind, :signedOn, :precision, :importId, :candidate, :evidence,
                    :at)""";
    private static final String STATEMENTS = """
            select provenance, source, kind, signed_on, signed_precision, import_id, candidate_id, evidence, added_at
            from tie_source where tie_id = :tie order by added_at, id""";
    private static final String SET_ASIDE = """
            update tie set set_aside_on = :on, set_aside_reason = :reason, version = version + 1, updated_at = :now
            where id = :id""";
    private static final String END = """
            update tie set status = 'ended', ended_on = :on, end_reason = :reason, version = version + 1,
                           updated_at = :now
            where id = :id""";
    private static final String SET_AUTHORITY = "update tie set authority = :authority where id = :id";
    /** Of these places, those holding a tie a person stands behind (recorded or accepted), not set aside. */
    private static final String WITH_RECORDS = """
            select domestic_id from tie where domestic_id in (:ids) and authority <> 'reference'
              and set_aside_on is null
            union
            select partner_id from tie where partner_id in (:ids) and authority <> 'reference'
              and set_aside_on is null""";
    private static final String DELETE = "delete from tie where id = :id and version = :version";
    private static final String ADD_STATUS = """
            insert into tie_status_change (tie_id, status, changed_at, reason, import_id)
            values (:tie, :status, :at, :reason, :importId)""";
    private static final String HISTORY = """
            select status, changed_at, reason from tie_status_change where tie_id = :tie order by changed_at, id""";
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

    TieRepository(JdbcClient db) {
        this.db = db;
    }

    /** The state of the tie table, as {@link #STATE} describes. */
    public String state() {
        return db.sql(STATE).query(String.class).single();
    }

    public Optional<Tie> find(long id) {
        return db.sql(BY_ID).param("id", id).query(TieRepository::map).optional();
    }

    public Optional<Tie> findByPair(long domesticId, long partnerId) {
        return db.sql(BY_PAIR).param("domestic", domesticId).param("partner", partnerId)
                .query(TieRepository::map).optional();
    }

    public Optional<TieView> view(long id) {
        return db.sql(VIEW_BY_ID).param("id", id).query(TieRepository::mapView).optional();
    }

    /** Every tie that has one of these places on either side. */
    public List<TieView> viewsOf(Collection<Long> placeIds) {
        if (placeIds.isEmpty()) {
            return List.of();
        }
        List<Tie> found = new ArrayList<>();
        for (List<Long> ids : chunks(placeIds)) {
            found.addAll(db.sql(TIES_OF_PLACES).param("ids", ids).query(TieRepository::map).list());
        }
        if (placeIds.size() > IDS_AT_ONCE) {   // each chunk is in order, and a tie of two chunks' places in both
            Map<Long, Tie> once = new LinkedHashMap<>();
            found.forEach(t -> once.putIfAbsent(t.id(), t));
            found = new ArrayList<>(once.values());
            found.sort(Comparator.comparing((Tie t) -> t.signed() == null ? null : t.signed().firstDay(),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparingLong(Tie::id));
        }
        Set<Long> sides = new HashSet<>();
        found.forEach(t -> {
            sides.add(t.domesticId());
            sides.add(t.partnerId());
        });
        Map<Long, Place> places = new HashMap<>();
        for (List<Long> ids : chunks(sides)) {
            db.sql(PLACES_BY_ID).param("ids", ids).query(PlaceRepository::map).list()
                    .forEach(p -> places.put(p.id(), p));
        }
        return found.stream().map(t -> new TieView(t, places.get(t.domesticId()), places.get(t.partnerId()))).toList();
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IDS_AT_ONCE) {
            out.add(all.subList(i, Math.min(all.size(), i + IDS_AT_ONCE)));
        }
        return out;
    }

    /** The ties recorded last, newest first. */
    public List<TieView> latest(int limit) {
        return db.sql(LATEST).param("limit", limit).query(TieRepository::mapView).list();
    }

    public List<String> chineseSistersOf(long partnerId, long exceptDomesticId) {
        return db.sql(CHINESE_SISTERS).param("partner", partnerId).param("domestic", exceptDomesticId)
                .query(String.class).list();
    }

    /** A Chinese place with a live sister tie to a partner. */
    public record ChineseSister(long partnerId, long domesticId, String name) {
    }

    /** {@link #chineseSistersOf} for many partners in one query. */
    public List<ChineseSister> chineseSistersOf(Collection<Long> partnerIds) {
        if (partnerIds.isEmpty()) {
            return List.of();
        }
        return db.sql(CHINESE_SISTERS_OF_MANY).param("partners", partnerIds)
                .query((rs, n) -> new ChineseSister(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
    }

    public long insert(TieDraft d, Long importId, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        bind(db.sql(INSERT), d, now).param("importId", importId).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Returns false when the tie is gone or its version moved on. */
    public boolean update(long id, int version, TieDraft d, Instant now) {
        return bind(db.sql(UPDATE), d, now).param("id", id).param("version", version).update() == 1;
    }

    public boolean delete(long id, int version) {
        return db.sql(DELETE).param("id", id).param("version", version).update() == 1;
    }

    /** Every statement that supports a tie: the standing one (its own fields) first, then the others, oldest first. */
    public List<TieStatement> statements(Tie t) {
        List<TieStatement> out = new java.util.ArrayList<>();
        out.add(new TieStatement(t.origin(), t.source(), t.kind(), t.signed(), null, null, null, t.updatedAt(), true));
        out.addAll(db.sql(STATEMENTS).param("tie", t.id()).query((rs, n) -> {
            Date signed = rs.getDate("signed_on");
            String kind = rs.getString("kind");
            return new TieStatement(Provenance.fromCode(rs.getString("provenance")), rs.getString("source"),
                    kind == null ? TieKind.UNVERIFIED : TieKind.valueOf(kind.toUpperCase()),
                    signed == null ? null : PartialDate.of(signed.toLocalDate(),
                            PartialDate.Precision.valueOf(rs.getString("signed_precision").toUpperCase())),
                    rs.getObject("import_id", Long.class), rs.getObject("candidate_id", Long.class),
                    rs.getString("evidence"), rs.getTimestamp("added_at").toInstant(), false);
        }).list());
        return out;
    }

    /** Keeps the statements these tie rows hold now among their others, before new ones take their place. */
    public void keepStatements(List<Long> tieIds) {
        for (int i = 0; i < tieIds.size(); i += KEEP_AT_ONCE) {
            db.sql(KEEP_STATEMENTS).param("ids", tieIds.subList(i, Math.min(tieIds.size(), i + KEEP_AT_ONCE))).update();
        }
    }

    /** Adds a statement beside the standing one, and raises the tie's authority to it where it is stronger. */
    public void addStatement(Tie t, TieStatement s) {
        db.sql(ADD_STATEMENT).param("tie", t.id()).param("provenance", s.provenance().code())
                .param("source", s.source())
                .param("kind", s.kind() == null || s.kind() == TieKind.UNVERIFIED ? null : s.kind().code())
                .param("signedOn", s.signed() == null ? null : Date.valueOf(s.signed().firstDay()))
                .param("precision", s.signed() == null ? null : s.signed().precision().name().toLowerCase())
                .param("importId", s.importId()).param("candidate", s.candidateId()).param("evidence", s.evidence())
                .param("at", Timestamp.from(s.addedAt())).update();
        Provenance authority = t.authority().max(s.provenance());
        if (authority != t.authority()) {
            db.sql(SET_AUTHORITY).param("authority", authority.code()).param("id", t.id()).update();
        }
    }

    /** Marks the standing statement of a tie as an accepted article's (its authority follows unless stronger). */
    public void markExtracted(long id) {
        db.sql(MARK_EXTRACTED).param("id", id).update();
    }

    /** Sets a reference tie aside: kept and shown, counted nowhere (an official list does not name it). */
    public void setAside(long id, java.time.LocalDate on, String reason, Instant now) {
        db.sql(SET_ASIDE).param("id", id).param("on", Date.valueOf(on)).param("reason", reason)
                .param("now", Timestamp.from(now)).update();
    }

    /** Ends a tie on a day, with its reason, keeping its status history. */
    public void end(Tie t, java.time.LocalDate on, String reason, Instant now) {
        changeStatus(t, TieStatus.ENDED, now, reason);
        db.sql(END).param("id", t.id()).param("on", Date.valueOf(on)).param("reason", reason)
                .param("now", Timestamp.from(now)).update();
    }

    /** Of these places, the ones that hold a tie a person stands behind: their figures count only such ties. */
    public java.util.Set<Long> withRecords(Collection<Long> placeIds) {
        if (placeIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(db.sql(WITH_RECORDS).param("ids", placeIds).query(Long.class).list());
    }

    private void addStatus(long tieId, TieStatus status, Instant at, String reason, Long importId) {
        db.sql(ADD_STATUS).param("tie", tieId).param("status", status.code()).param("at", Timestamp.from(at))
                .param("reason", reason).param("importId", importId).update();
    }

    /**
     * The statuses a tie has had, oldest first. A tie whose status never changed has no rows of its own (bulk
     * imports would pay a row per tie for nothing): its history is its status since it was created. The first
     * change writes that first entry before its own.
     */
    public List<StatusChange> history(long tieId) {
        List<StatusChange> rows = db.sql(HISTORY).param("tie", tieId).query((rs, n) -> new StatusChange(
                TieStatus.valueOf(rs.getString(1).toUpperCase()), rs.getTimestamp(2).toInstant(), rs.getString(3)))
                .list();
        if (!rows.isEmpty()) {
            return rows;
        }
        return find(tieId).map(t -> List.of(new StatusChange(t.status(), t.createdAt(), CREATED))).orElse(List.of());
    }

    static final String CREATED = "created";

    /** Records a change of status, writing the tie's first status too when this is its first change. */
    public void changeStatus(Tie before, TieStatus to, Instant at, String reason) {
        if (db.sql("select count(*) from tie_status_change where tie_id = :tie").param("tie", before.id())
                .query(Long.class).single() == 0) {
            addStatus(before.id(), before.status(), before.createdAt(), CREATED, null);
        }
        addStatus(before.id(), to, at, reason, null);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec s, TieDraft d, Instant now) {
        return s.param("domestic", d.domesticId()).param("partner", d.partnerId()).param("kind", d.kind().code())
                .param("signedOn", d.signed() == null ? null : Date.valueOf(d.signed().firstDay()))
                .param("precision", d.signed() == null ? null : d.signed().precision().name().toLowerCase())
                .param("status", d.status().code())
                .param("endedOn", d.endedOn() == null ? null : Date.valueOf(d.endedOn()))
                .param("endReason", d.endReason()).param("source", d.source()).param("note", d.note())
                .param("now", Timestamp.from(now));
    }

    static Tie map(ResultSet rs, int n) throws SQLException {
        Date signed = rs.getDate("signed_on");
        Date ended = rs.getDate("ended_on");
        return new Tie(rs.getLong("id"), rs.getLong("domestic_id"), rs.getLong("partner_id"),
                TieKind.valueOf(rs.getString("kind").toUpperCase()),
                signed == null ? null : PartialDate.of(signed.toLocalDate(),
                        PartialDate.Precision.valueOf(rs.getString("signed_precision").toUpperCase())),
                TieStatus.valueOf(rs.getString("status").toUpperCase()),
                ended == null ? null : ended.toLocalDate(), rs.getString("end_reason"), rs.getString("source"),
                rs.getString("note"), rs.getInt("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), Provenance.fromCode(rs.getString("origin")),
                Provenance.fromCode(rs.getString("authority")),
                rs.getDate("set_aside_on") == null ? null : rs.getDate("set_aside_on").toLocalDate(),
                rs.getString("set_aside_reason"));
    }

    static TieView mapView(ResultSet rs, int n) throws SQLException {
        return new TieView(map(rs, n), place(rs, "d_"), place(rs, "p_"));
    }

    private static Place place(ResultSet rs, String p) throws SQLException {
        return new Place(rs.getLong(p + "id"), rs.getString(p + "code"), rs.getString(p + "name_zh"),
                rs.getString(p + "name_en"), rs.getString(p + "pinyin"), Level.fromCode(rs.getString(p + "level")),
                rs.getString(p + "country_code"), rs.getObject(p + "parent_id", Long.class),
                rs.getObject(p + "lat", Double.class), rs.getObject(p + "lng", Double.class),
                rs.getBoolean(p + "needs_review"), rs.getInt(p + "version"));
    }

}
