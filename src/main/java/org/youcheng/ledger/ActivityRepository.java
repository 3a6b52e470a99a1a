package org.youcheng.ledger;

import java.sql.Date;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Activities, their foreign side and their files, in plain SQL. */
@Repository
public class ActivityRepository {

    private static final String COLUMNS = """
            a.id, a.type, a.place_id, a.tie_id, a.title, a.started_on, a.ended_on, a.direction, a.leader_level,
            a.head_count, a.purpose, a.event_kind, a.online, a.venue, a.agreement_type, a.parties, a.domain,
            a.project_status, a.outcome, a.amount, a.currency, a.granting_body, a.award_year, a.recipient_kind,
            a.recipient, a.sources, a.note, a.version, a.created_at, a.updated_at,
            p.code p_code, p.name_zh p_name_zh, p.name_en p_name_en, p.country_code p_country""";
    private static final String SELECT = "select " + COLUMNS + " from activity a join place p on p.id = a.place_id ";
    private static final String BY_ID = SELECT + "where a.id = :id";
    private static final String OF_PLACES = SELECT + """
            where a.place_id in (:places) and a.started_on between :from and :to
            order by a.started_on desc, a.id desc limit :limit""";
    private static final String PAGE = SELECT + """
            where a.type = :type and a.id > :after %s order by a.id limit :limit""";
    private static final String ON_DAYS = SELECT + "where a.place_id = :place and a.started_on in (:days)";
    /** Values in one IN list: well under PostgreSQL's limit of bind parameters per statement. */
    private static final int LOOKUP = 1_000;
    private static final String OF_TIE = SELECT + "where a.tie_id = :tie order by a.started_on desc, a.id desc";
    private static final String UPDATE = """
            update activity set type = :type, place_id = :place, tie_id = :tie, title = :title,
                   started_on = :started, ended_on = :ended, direction = :direction, leader_level = :leaderLevel,
                   head_count = :headCount, purpose = :purpose, event_kind = :eventKind, online = :online,
                   venue = :venue, agreement_type = :agreementType, parties = :parties, domain = :domain,
                   project_status = :status, outcome = :outcome, amount = :amount, currency = :currency,
                   granting_body = :grantingBody, award_year = :year, recipient_kind = :recipientKind,
                   recipient = :recipient, sources = :sources, note = :note, version = version + 1,
                   updated_at = :now
            where id = :id and version = :version""";
    private static final String DELETE = "delete from activity where id = :id and version = :version";
    private static final String DELETE_PARTNERS = "delete from activity_partner where activity_id = :id";
    private static final String PARTNERS = """
            select ap.activity_id, ap.place_id, ap.organisation, p.code, p.name_zh, p.name_en, p.country_code
            from activity_partner ap left join place p on p.id = ap.place_id
            where ap.activity_id in (:ids) order by ap.activity_id, ap.position""";
    private static final String FILE_COLUMNS =
            "id, file_key, activity_id, file_name, content_type, sha256, size, created_at";
    private static final String FILES = "select " + FILE_COLUMNS
            + " from activity_file where activity_id in (:ids) order by id";
    private static final String FILE = "select " + FILE_COLUMNS
            + " from activity_file where activity_id = :activity and id = :id";
    private static final String FILE_BY_KEY = "select " + FILE_COLUMNS
            + " from activity_file where activity_id = :activity and file_key = :key";
    private static final String FILE_CONTENT = "select content from activity_file where id = :id";
    private static final String INSERT_FILE = """
            insert into activity_file (file_key, activity_id, file_name, content_type, sha256, size, content, created_at)
            values (:key, :activity, :name, :type, :sha, :size, :content, :now)""";
    private static final String DELETE_FILE = "delete from activity_file where activity_id = :activity and id = :id";

    /** A batch of ids: a recursive count, which both databases run, each row taking the sequence's next value. */
    private static final String IDS = """
            with recursive r (n) as (select 1 union all select n + 1 from r where n < :n)
            select nextval('activity_seq') from r""";
    private static final String TIE_PAIRS = "select id, domestic_id, partner_id from tie";

    private static final int JDBC_BATCH = 5_000;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient db;
    private final NamedParameterJdbcTemplate named;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private volatile Boolean copy;

    private final int sortedRun;

    ActivityRepository(JdbcClient db, NamedParameterJdbcTemplate named, org.springframework.jdbc.core.JdbcTemplate jdbc,
                       org.youcheng.common.YouchengProperties properties) {
        this.sortedRun = properties.imports().sortedRunRows();
        this.db = db;
        this.named = named;
        this.jdbc = jdbc;
    }

    public Optional<Activity> find(long id) {
        return db.sql(BY_ID).param("id", id).query(ActivityRepository::map).optional()
                .map(a -> complete(List.of(a)).get(0));
    }

    /** A place's activities (or several places'), latest first. */
    public List<Activity> ofPlaces(Collection<Long> places, LocalDate from, LocalDate to, int limit) {
        return complete(db.sql(OF_PLACES).param("places", places).param("from", from).param("to", to)
                .param("limit", limit).query(ActivityRepository::map).list());
    }

    /**
     * The activities of one type, of some places (all when null), a page at a time in id order: an export reads
     * any number of them in constant memory.
     */
    public List<Activity> page(ActivityType type, Collection<Long> places, long afterId, int limit) {
        var q = db.sql(PAGE.formatted(places == null ? "" : "and a.place_id in (:places)")).param("type", type.code())
                .param("after", afterId).param("limit", limit);
        if (places != null) {
            q = q.param("places", places);
        }
        return complete(q.query(ActivityRepository::map).list());
    }

    public List<Activity> ofTie(long tieId) {
        return complete(db.sql(OF_TIE).param("tie", tieId).query(ActivityRepository::map).list());
    }

    /**
     * Inserts many activities with their foreign side; returns their ids in order. The ids are taken from the
     * sequence in one query; the rows then go in with COPY on PostgreSQL and in one batch elsewhere.
     */
    public List<Long> insert(List<ActivityDraft> drafts, Long importId, Instant now) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        List<Long> taken = db.sql(IDS).param("n", drafts.size()).query(Long.class).list();
        if (copy()) {
            ActivityCopy.insert(jdbc, drafts, taken, importId, now);
            return taken;
        }
        // H2: the rows go in ordered by place and date, with ids rising in that order, so that the primary key,
        // the (place, date) index and the partner rows each take their new keys page by page rather than one
        // random page per row (see runSize); each draft still gets its own id back in the caller's order
        Integer[] order = new Integer[drafts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> drafts.get(i).placeId())
                .thenComparing(i -> drafts.get(i).startedOn()));
        Long[] ids = new Long[drafts.size()];
        List<Long> sortedIds = taken.stream().sorted().toList();
        for (int k = 0; k < order.length; k++) {
            ids[order[k]] = sortedIds.get(k);
        }
        // positional parameters: binding 30 named values per row through Spring's maps cost more than H2's insert
        List<Object[]> rows = new ArrayList<>(JDBC_BATCH);
        List<Object[]> partners = new ArrayList<>(JDBC_BATCH);
        for (int k = 0; k < order.length; k++) {
            ActivityDraft d = drafts.get(order[k]);
            long id = ids[order[k]];
            rows.add(row(id, d, importId, now));
            partners.addAll(partnerRows(id, d.partners()));
            if (rows.size() == JDBC_BATCH || k == order.length - 1) {
                jdbc.batchUpdate(INSERT_ROW, rows, rows.size(), ActivityRepository::bindRow);
                if (!partners.isEmpty()) {
                    jdbc.batchUpdate(INSERT_PARTNER_ROW, partners, partners.size(), ActivityRepository::bindRow);
                }
                rows.clear();
                partners.clear();
            }
        }
        return List.of(ids);
    }

    /** The columns an import writes, in the order of {@link #row}. */
    static final String WRITTEN = """
            id, type, place_id, tie_id, title, started_on, ended_on, direction, leader_level, head_count, purpose,
            event_kind, online, venue, agreement_type, parties, domain, project_status, outcome, amount, currency,
            granting_body, award_year, recipient_kind, recipient, sources, note, import_id, created_at, updated_at""";
    private static final String INSERT_ROW = "insert into activity (" + WRITTEN + ") values ("
            + "?, ".repeat(29) + "?)";
    private static final String INSERT_PARTNER_ROW = """
            insert into activity_partner (activity_id, position, place_id, organisation) values (?, ?, ?, ?)""";

    /** One activity's values for {@link #WRITTEN}: terms by their codes, dates and amounts as Java values. */
    static Object[] row(long id, ActivityDraft d, Long importId, Instant now) {
        return new Object[] {id, d.type().code(), d.placeId(), d.tieId(), d.title(), d.startedOn(), d.endedOn(),
                code(d.direction()), code(d.leaderLevel()), d.headCount(), d.purpose(), code(d.eventKind()),
                d.online(), d.venue(), code(d.agreementType()), d.parties(), code(d.domain()), code(d.status()),
                d.outcome(), d.amount(), d.currency(), d.grantingBody(), d.year(), code(d.recipientKind()),
                d.recipient(), d.sources(), d.note(), importId, now, now};
    }

    /** The rows of activity_partner for one activity's foreign side: activity, position, place, organisation. */
    static List<Object[]> partnerRows(long id, List<Partner> partners) {
        List<Object[]> rows = new ArrayList<>(partners.size());
        for (int p = 0; p < partners.size(); p++) {
            rows.add(new Object[] {id, p, partners.get(p).placeId(), partners.get(p).organisation()});
        }
        return rows;
    }

    private static void bindRow(java.sql.PreparedStatement ps, Object[] values) throws SQLException {
        for (int k = 0; k < values.length; k++) {
            Object v = values[k];
            if (v instanceof LocalDate day) {
                ps.setDate(k + 1, Date.valueOf(day));
            } else if (v instanceof Instant at) {
                ps.setTimestamp(k + 1, Timestamp.from(at));
            } else {
                ps.setObject(k + 1, v);
            }
        }
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
            copy = c = org.youcheng.registry.PgCopy.available(jdbc);
        }
        return c;
    }

    /** A Chinese place and a day: where a row being imported may meet an activity recorded before. */
    public record PlaceDay(long placeId, LocalDate day) {
    }

    /** The places that have any activity: an import looks for earlier records of its rows only there. */
    public java.util.Set<Long> placesWithActivities() {
        return new java.util.HashSet<>(db.sql("select distinct place_id from activity").query(Long.class).list());
    }

    /** The activities recorded for these places on these days, with their foreign side. */
    public List<Activity> onDays(Collection<PlaceDay> keys) {
        Map<Long, java.util.Set<LocalDate>> days = new HashMap<>();
        keys.forEach(k -> days.computeIfAbsent(k.placeId(), p -> new java.util.LinkedHashSet<>()).add(k.day()));
        List<Activity> found = new ArrayList<>();
        days.forEach((place, distinct) -> {
            List<LocalDate> on = List.copyOf(distinct);
            for (int from = 0; from < on.size(); from += LOOKUP) {
                found.addAll(db.sql(ON_DAYS).param("place", place)
                        .param("days", on.subList(from, Math.min(on.size(), from + LOOKUP)).stream()
                                .map(Date::valueOf).toList())
                        .query(ActivityRepository::map).list());
            }
        });
        List<Activity> out = new ArrayList<>(found.size());
        for (int from = 0; from < found.size(); from += LOOKUP) {
            out.addAll(complete(found.subList(from, Math.min(found.size(), from + LOOKUP))));
        }
        return out;
    }

    /** Every tie by its pair (domestic, partner), for an import to put its rows on their ties. */
    public Map<TiePair, Long> tiesByPair() {
        Map<TiePair, Long> out = new HashMap<>();
        db.sql(TIE_PAIRS).query(rs -> {
            out.put(new TiePair(rs.getLong("domestic_id"), rs.getLong("partner_id")), rs.getLong("id"));
        });
        return out;
    }

    public record TiePair(long domesticId, long partnerId) {
    }

    public boolean update(long id, int version, ActivityDraft d, Instant now) {
        boolean done = named.update(UPDATE, bind(d, now).addValue("id", id).addValue("version", version)) == 1;
        if (done) {
            db.sql(DELETE_PARTNERS).param("id", id).update();
            List<Object[]> partners = partnerRows(id, d.partners());
            if (!partners.isEmpty()) {
                jdbc.batchUpdate(INSERT_PARTNER_ROW, partners, partners.size(), ActivityRepository::bindRow);
            }
        }
        return done;
    }

    public boolean delete(long id, int version) {
        return db.sql(DELETE).param("id", id).param("version", version).update() == 1;
    }

    /** Stores a file under a new random key (128 bits, base64url); returns its row number. */
    public long addFile(long activityId, String name, String contentType, String sha256, byte[] content, Instant now) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql(INSERT_FILE).param("key", Base64.getUrlEncoder().withoutPadding().encodeToString(random))
                .param("activity", activityId).param("name", name).param("type", contentType)
                .param("sha", sha256).param("size", content.length).param("content", content)
                .param("now", Timestamp.from(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<ActivityFile> file(long activityId, long fileId) {
        return db.sql(FILE).param("activity", activityId).param("id", fileId).query(ActivityRepository::mapFile)
                .optional();
    }

    public Optional<ActivityFile> file(long activityId, String key) {
        return db.sql(FILE_BY_KEY).param("activity", activityId).param("key", key).query(ActivityRepository::mapFile)
                .optional();
    }

    public byte[] content(long fileId) {
        return db.sql(FILE_CONTENT).param("id", fileId).query(byte[].class).single();
    }

    public void deleteFile(long activityId, long fileId) {
        db.sql(DELETE_FILE).param("activity", activityId).param("id", fileId).update();
    }

    private static MapSqlParameterSource bind(ActivityDraft d, Instant now) {
        return new MapSqlParameterSource()
                .addValue("type", d.type().code())
                .addValue("place", d.placeId())
                .addValue("tie", d.tieId(), Types.BIGINT)
                .addValue("title", d.title(), Types.VARCHAR)
                .addValue("started", Date.valueOf(d.startedOn()))
                .addValue("ended", d.endedOn() == null ? null : Date.valueOf(d.endedOn()), Types.DATE)
                .addValue("direction", code(d.direction()), Types.VARCHAR)
                .addValue("leaderLevel", code(d.leaderLevel()), Types.VARCHAR)
                .addValue("headCount", d.headCount(), Types.INTEGER)
                .addValue("purpose", d.purpose(), Types.VARCHAR)
                .addValue("eventKind", code(d.eventKind()), Types.VARCHAR)
                .addValue("online", d.online(), Types.BOOLEAN)
                .addValue("venue", d.venue(), Types.VARCHAR)
                .addValue("agreementType", code(d.agreementType()), Types.VARCHAR)
                .addValue("parties", d.parties(), Types.VARCHAR)
                .addValue("domain", code(d.domain()), Types.VARCHAR)
                .addValue("status", code(d.status()), Types.VARCHAR)
                .addValue("outcome", d.outcome(), Types.VARCHAR)
                .addValue("amount", d.amount(), Types.NUMERIC)
                .addValue("currency", d.currency(), Types.VARCHAR)
                .addValue("grantingBody", d.grantingBody(), Types.VARCHAR)
                .addValue("year", d.year(), Types.INTEGER)
                .addValue("recipientKind", code(d.recipientKind()), Types.VARCHAR)
                .addValue("recipient", d.recipient(), Types.VARCHAR)
                .addValue("sources", d.sources(), Types.VARCHAR)
                .addValue("note", d.note(), Types.VARCHAR)
                .addValue("now", Timestamp.from(now));
    }

    static String code(Term t) {
        return t == null ? null : t.code();
    }

    /** Adds the foreign side and the files, two queries for the whole list. */
    private List<Activity> complete(List<Activity> activities) {
        if (activities.isEmpty()) {
            return activities;
        }
        List<Long> ids = activities.stream().map(Activity::id).toList();
        Map<Long, List<Partner>> partners = new HashMap<>();
        Map<Long, List<Activity.Side>> sides = new HashMap<>();
        db.sql(PARTNERS).param("ids", ids).query(rs -> {
            long a = rs.getLong("activity_id");
            long place = rs.getLong("place_id");
            boolean isPlace = !rs.wasNull();
            String organisation = rs.getString("organisation");
            partners.computeIfAbsent(a, k -> new ArrayList<>())
                    .add(isPlace ? Partner.place(place) : Partner.organisation(organisation));
            sides.computeIfAbsent(a, k -> new ArrayList<>()).add(isPlace
                    ? new Activity.Side(place, rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                            rs.getString("country_code"))
                    : new Activity.Side(null, null, organisation, organisation, null));
        });
        Map<Long, List<ActivityFile>> files = new LinkedHashMap<>();
        db.sql(FILES).param("ids", ids).query(ActivityRepository::mapFile).list()
                .forEach(f -> files.computeIfAbsent(f.activityId(), k -> new ArrayList<>()).add(f));
        return activities.stream().map(a -> new Activity(a.id(),
                a.draft().withTie(a.draft().tieId(), partners.getOrDefault(a.id(), List.of())), a.place(),
                sides.getOrDefault(a.id(), List.of()), files.getOrDefault(a.id(), List.of()), a.version(),
                a.createdAt(), a.updatedAt())).toList();
    }

    private static Activity map(ResultSet rs, int n) throws SQLException {
        long tie = rs.getLong("tie_id");
        Long tieId = rs.wasNull() ? null : tie;
        Date ended = rs.getDate("ended_on");
        int headCount = rs.getInt("head_count");
        Integer heads = rs.wasNull() ? null : headCount;
        boolean online = rs.getBoolean("online");
        Boolean isOnline = rs.wasNull() ? null : online;
        int year = rs.getInt("award_year");
        Integer awardYear = rs.wasNull() ? null : year;
        ActivityDraft d = new ActivityDraft(term(ActivityType.class, rs.getString("type")), rs.getLong("place_id"),
                tieId, List.of(), rs.getString("title"), rs.getDate("started_on").toLocalDate(),
                ended == null ? null : ended.toLocalDate(),
                term(Direction.class, rs.getString("direction")), term(LeaderLevel.class, rs.getString("leader_level")),
                heads, rs.getString("purpose"), term(EventKind.class, rs.getString("event_kind")), isOnline,
                rs.getString("venue"), term(AgreementType.class, rs.getString("agreement_type")),
                rs.getString("parties"), term(ProjectDomain.class, rs.getString("domain")),
                term(ProjectStatus.class, rs.getString("project_status")), rs.getString("outcome"),
                rs.getBigDecimal("amount"), rs.getString("currency"), rs.getString("granting_body"), awardYear,
                term(RecipientKind.class, rs.getString("recipient_kind")), rs.getString("recipient"),
                rs.getString("sources"), rs.getString("note"));
        Activity.Side place = new Activity.Side(d.placeId(), rs.getString("p_code"), rs.getString("p_name_zh"),
                rs.getString("p_name_en"), rs.getString("p_country"));
        return new Activity(rs.getLong("id"), d, place, List.of(), List.of(), rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static ActivityFile mapFile(ResultSet rs, int n) throws SQLException {
        return new ActivityFile(rs.getLong("id"), rs.getString("file_key"), rs.getLong("activity_id"),
                rs.getString("file_name"),
                rs.getString("content_type"), rs.getString("sha256"), rs.getLong("size"),
                rs.getTimestamp("created_at").toInstant());
    }

    static <T extends Enum<T> & Term> T term(Class<T> type, String code) {
        return code == null ? null : Enum.valueOf(type, code.toUpperCase(java.util.Locale.ROOT));
    }
}
