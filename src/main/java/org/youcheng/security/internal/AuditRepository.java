package org.youcheng.security.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.youcheng.security.Actor;
import org.youcheng.security.AuditEvent;
import org.youcheng.security.AuditQuery;
import org.youcheng.security.AuditTrail;

/** Writes and reads the audit trail. It has no statement that changes or removes an entry, by design. */
@Repository
public class AuditRepository {

    private static final String INSERT = """
            insert into audit_event (at, actor_id, actor_name, channel, action, entity, entity_id, before_json,
                                     after_json)
            values (:at, :actorId, :actorName, :channel, :action, :entity, :entityId, :before, :after)""";
    private static final String INSERT_POSITIONAL = """
            insert into audit_event (at, actor_id, actor_name, channel, action, entity, entity_id, before_json,
                                     after_json)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    /** Every filter is optional: a null parameter matches every row. */
    private static final String WHERE = """
            where (cast(:since as timestamp with time zone) is null or at >= :since)
              and (cast(:until as timestamp with time zone) is null or at < :until)
              and (cast(:entity as varchar(40)) is null or entity = :entity)
              and (cast(:entityId as bigint) is null or entity_id = :entityId
                   or (last_entity_id is not null and entity_id <= :entityId and last_entity_id >= :entityId))
              and (cast(:actor as varchar(120)) is null or actor_name = :actor)""";

    /**
     * Each row's place in the order and how many entries it stands for (a span, many; see {@link AuditSpans}); as
     * every row stands for one entry at least, the first {@code rows} rows hold the window.
     */
    private static final String WALK = """
            select id, entity_id, last_entity_id from audit_event
            """ + WHERE + """

            order by at %1$s, id %1$s
            limit :rows""";

    private static final String ROWS = """
            select id, at, actor_id, actor_name, channel, action, entity, entity_id, before_json, after_json,
                   last_entity_id
            from audit_event where id in (:ids)""";
    /** A span counts once when one entity's entries are asked for, else once per entity. */
    private static final String COUNT = """
            select coalesce(sum(case when last_entity_id is null or cast(:entityId as bigint) is not null then 1
                                     else last_entity_id - entity_id + 1 end), 0)
            from audit_event
            """ + WHERE;

    private static final String INSERT_SPAN = """
            insert into audit_event (at, actor_id, actor_name, channel, action, entity, entity_id, last_entity_id,
                                     before_json, after_json)
            values (?, ?, ?, ?, ?, ?, ?, ?, null, ?)""";
    /** Rows read by id at a time. */
    private static final int ROWS_AT_ONCE = 500;

    private final JdbcClient db;
    private final JdbcTemplate jdbc;

    AuditRepository(JdbcClient db, JdbcTemplate jdbc) {
        this.db = db;
        this.jdbc = jdbc;
    }

    public void insert(
            Instant at, Actor actor, String action, String entity, Long entityId, String before, String after) {
        db.sql(INSERT)
                .param("at", Timestamp.from(at))
                .param("actorId", actor.accountId())
                .param("actorName", actor.name())
                .param("channel", actor.from().code())
                .param("action", action)
                .param("entity", entity)
                .param("entityId", entityId)
                .param("before", before)
                .param("after", after)
                .update();
    }

    public record Row(Long entityId, String before, String after) {}

    public void insertAll(AuditTrail.Stamp who, String action, String entity, List<Row> rows) {
        Timestamp ts = Timestamp.from(who.at());
        jdbc.batchUpdate(INSERT_POSITIONAL, rows, 1000, (ps, r) -> {
            stamp(ps, ts, who, action, entity);
            ps.setObject(7, r.entityId(), java.sql.Types.BIGINT);
            ps.setString(8, r.before());
            ps.setString(9, r.after());
        });
    }

    /** Writes spans of entries (see {@link AuditSpans}): entries of one action on many consecutive entities. */
    public void insertSpans(AuditTrail.Stamp who, String action, String entity, List<AuditSpans.Span> spans) {
        Timestamp ts = Timestamp.from(who.at());
        jdbc.batchUpdate(INSERT_SPAN, spans, spans.size(), (ps, span) -> {
            stamp(ps, ts, who, action, entity);
            ps.setLong(7, span.first());
            ps.setLong(8, span.last());
            ps.setString(9, span.text());
        });
    }

    /** The first six columns of both positional inserts: when, who, through which channel, what, on which kind. */
    private static void stamp(
            java.sql.PreparedStatement ps, Timestamp ts, AuditTrail.Stamp who, String action, String entity)
            throws java.sql.SQLException {
        ps.setTimestamp(1, ts);
        ps.setObject(2, who.actorId(), java.sql.Types.BIGINT);
        ps.setString(3, who.actorName());
        ps.setString(4, who.channel());
        ps.setString(5, action);
        ps.setString(6, entity);
    }

    /** Newest first, entries {@code offset} to {@code offset + size}. */
    public List<AuditEvent> page(AuditQuery q, int offset, int size) {
        return read(q, offset, size, true);
    }

    public long count(AuditQuery q) {
        return filtered(db.sql(COUNT), q).query(Long.class).single();
    }

    /** Oldest first, up to the query's limit. */
    public List<AuditEvent> find(AuditQuery q) {
        return read(q, 0, q.limit(), false);
    }

    /**
     * The entries from {@code offset} on in the trail's order: the rows are walked in that order, each counting for
     * the entries it stands for, until the window is passed; then the rows that reach into it are read and expanded.
     */
    private List<AuditEvent> read(AuditQuery q, long offset, long size, boolean newestFirst) {
        List<AuditWindow.Slice> slices = filtered(db.sql(WALK.formatted(newestFirst ? "desc" : "asc")), q)
                .param("rows", offset + size)
                .query((ResultSetExtractor<List<AuditWindow.Slice>>)
                        rs -> AuditWindow.window(rs, q.entityId() != null, offset, offset + size));
        Map<Long, AuditEvent> rows = new HashMap<>();
        Map<Long, Long> lasts = new HashMap<>();
        List<Long> ids = slices.stream().map(AuditWindow.Slice::row).toList();
        for (int from = 0; from < ids.size(); from += ROWS_AT_ONCE) {
            db.sql(ROWS)
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + ROWS_AT_ONCE)))
                    .query((RowCallbackHandler) rs -> {
                        AuditEvent e = event(rs, 0);
                        rows.put(e.id(), e);
                        Long last = rs.getObject(11, Long.class);
                        if (last != null) {
                            lasts.put(e.id(), last);
                        }
                    });
        }
        return AuditWindow.expand(slices, rows, lasts, q.entityId(), newestFirst);
    }

    private static JdbcClient.StatementSpec filtered(JdbcClient.StatementSpec spec, AuditQuery q) {
        return spec.param("since", q.since() == null ? null : Timestamp.from(q.since()))
                .param("until", q.until() == null ? null : Timestamp.from(q.until()))
                .param("entity", q.entity())
                .param("entityId", q.entityId())
                .param("actor", q.actor());
    }

    private AuditEvent event(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AuditEvent(
                rs.getLong(1),
                rs.getTimestamp(2).toInstant(),
                rs.getObject(3, Long.class),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getObject(8, Long.class),
                rs.getString(9),
                rs.getString(10));
    }
}
