package org.youcheng.ledger.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.youcheng.common.PgCopy;
import org.youcheng.common.YouchengProperties;
import org.youcheng.ledger.Activity;
import org.youcheng.ledger.ActivityDraft;
import org.youcheng.ledger.ActivityField;
import org.youcheng.ledger.ActivityType;

/**
 * Activities with their foreign side, in plain SQL: read, written one at a time or many at once, changed, deleted.
 * Their files are {@link ActivityFileRepository}'s; what an import looks up in bulk, {@link ActivityLookups}'.
 */
@Repository
public class ActivityRepository {

    private static final String BY_ID = ActivityReads.SELECT + "where a.id = :id";
    private static final String OF_PLACES = ActivityReads.SELECT + """
            where a.place_id in (:places) and a.started_on between :from and :to
            order by a.started_on desc, a.id desc limit :limit""";
    private static final String PAGE = ActivityReads.SELECT + """
            where a.type = :type and a.id > :after %s order by a.id limit :limit""";
    private static final String OF_TIE =
            ActivityReads.SELECT + "where a.tie_id = :tie order by a.started_on desc, a.id desc";
    private static final String UPDATE = """
            update activity set type = :type, place_id = :place_id, tie_id = :tie_id, title = :title,
                   started_on = :started_on, ended_on = :ended_on, direction = :direction,
                   leader_level = :leader_level, head_count = :head_count, purpose = :purpose,
                   event_kind = :event_kind, online = :online, venue = :venue, agreement_type = :agreement_type,
                   parties = :parties, domain = :domain, project_status = :status, outcome = :outcome,
                   amount = :amount, currency = :currency, granting_body = :granting_body, award_year = :year,
                   recipient_kind = :recipient_kind, recipient = :recipient, sources = :sources, note = :note,
                   version = version + 1, updated_at = :now
            where id = :id and version = :version""";
    private static final String DELETE = "delete from activity where id = :id and version = :version";
    private static final String DELETE_PARTNERS = "delete from activity_partner where activity_id = :id";
    /** A batch of ids: a recursive count, which both databases run, each row taking the sequence's next value. */
    private static final String IDS = """
            with recursive r (n) as (select 1 union all select n + 1 from r where n < :n)
            select nextval('activity_seq') from r""";

    private final JdbcClient db;
    private final NamedParameterJdbcTemplate named;
    private final JdbcTemplate jdbc;
    private final ActivityReads reads;
    private final int sortedRun;
    private volatile Boolean copy;

    ActivityRepository(
            JdbcClient db, NamedParameterJdbcTemplate named, JdbcTemplate jdbc, YouchengProperties properties) {
        this.sortedRun = properties.imports().sortedRunRows();
        this.db = db;
        this.named = named;
        this.jdbc = jdbc;
        this.reads = new ActivityReads(db);
    }

    public Optional<Activity> find(long id) {
        return db.sql(BY_ID)
                .param("id", id)
                .query(ActivityReads::map)
                .optional()
                .map(a -> reads.complete(List.of(a)).get(0));
    }

    /** A place's activities (or several places'), latest first. */
    public List<Activity> ofPlaces(Collection<Long> places, LocalDate from, LocalDate to, int limit) {
        return reads.complete(db.sql(OF_PLACES)
                .param("places", places)
                .param("from", from)
                .param("to", to)
                .param("limit", limit)
                .query(ActivityReads::map)
                .list());
    }

    /**
     * The activities of one type, of some places (all when null), a page at a time in id order: an export reads
     * any number of them in constant memory.
     */
    public List<Activity> page(ActivityType type, Collection<Long> places, long afterId, int limit) {
        var q = db.sql(PAGE.formatted(places == null ? "" : "and a.place_id in (:places)"))
                .param("type", type.code())
                .param("after", afterId)
                .param("limit", limit);
        if (places != null) {
            q = q.param("places", places);
        }
        return reads.complete(q.query(ActivityReads::map).list());
    }

    public List<Activity> ofTie(long tieId) {
        return reads.complete(
                db.sql(OF_TIE).param("tie", tieId).query(ActivityReads::map).list());
    }

    /**
     * Inserts many activities with their foreign side; returns their ids in order. The ids are taken from the
     * sequence in one query; the rows then go in with COPY on PostgreSQL ({@link ActivityCopy}) and in sorted
     * batches elsewhere ({@link ActivityBatch}).
     */
    public List<Long> insert(List<ActivityDraft> drafts, Long importId, Instant now) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        List<Long> taken =
                db.sql(IDS).param("n", drafts.size()).query(Long.class).list();
        if (copy()) {
            ActivityCopy.insert(jdbc, drafts, taken, importId, now);
            return taken;
        }
        return ActivityBatch.insert(jdbc, drafts, taken, importId, now);
    }

    /**
     * How many activities an import should hand to {@link #insert} at a time: on H2 each hand-over is one sorted
     * run, and bigger runs touch fewer index pages per row ({@code youcheng.imports.sorted-run-rows}); PostgreSQL
     * takes them by COPY and gains nothing from holding more rows in memory.
     */
    public int runSize() {
        return copy() ? 5_000 : sortedRun;
    }

    private boolean copy() {
        Boolean c = copy;
        if (c == null) {
            copy = c = PgCopy.available(jdbc);
        }
        return c;
    }

    public boolean update(long id, int version, ActivityDraft d, Instant now) {
        boolean done = named.update(UPDATE, bind(d, now).addValue("id", id).addValue("version", version)) == 1;
        if (done) {
            db.sql(DELETE_PARTNERS).param("id", id).update();
            ActivityBatch.insertPartners(jdbc, ActivityBatch.partnerRows(id, d.partners()));
        }
        return done;
    }

    public boolean delete(long id, int version) {
        return db.sql(DELETE).param("id", id).param("version", version).update() == 1;
    }

    /** The parameters of {@link #UPDATE}: each field by its code, null for the fields of other types. */
    private static MapSqlParameterSource bind(ActivityDraft d, Instant now) {
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("type", d.type().code())
                .addValue("place_id", d.placeId())
                .addValue("tie_id", d.tieId(), Types.BIGINT)
                .addValue("now", Timestamp.from(now));
        for (ActivityField f : ActivityField.values()) {
            Object v = ActivityBatch.column(d.value(f));
            p.addValue(f.code(), v instanceof LocalDate day ? Date.valueOf(day) : v, sqlType(f));
        }
        return p;
    }

    private static int sqlType(ActivityField f) {
        return switch (f) {
            case STARTED_ON, ENDED_ON -> Types.DATE;
            case HEAD_COUNT, YEAR -> Types.INTEGER;
            case ONLINE -> Types.BOOLEAN;
            case AMOUNT -> Types.NUMERIC;
            default -> Types.VARCHAR;
        };
    }
}
