package org.youcheng.security.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
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
              and (cast(:entityId as bigint) is null or entity_id = :entityId)
              and (cast(:actor as varchar(120)) is null or actor_name = :actor)""";

    private static final String SELECT = """
            select id, at, actor_id, actor_name, channel, action, entity, entity_id, before_json, after_json
            from audit_event
            """ + WHERE;
    /** Oldest first, up to a limit. */
    private static final String FIND = SELECT + """

            order by at, id
            limit :limit""";
    /** Newest first, one page at a time. */
    private static final String PAGE = SELECT + """

            order by at desc, id desc
            offset :offset rows fetch next :size rows only""";

    private static final String COUNT = "select count(*) from audit_event\n" + WHERE;

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
            ps.setTimestamp(1, ts);
            ps.setObject(2, who.actorId(), java.sql.Types.BIGINT);
            ps.setString(3, who.actorName());
            ps.setString(4, who.channel());
            ps.setString(5, action);
            ps.setString(6, entity);
            ps.setObject(7, r.entityId(), java.sql.Types.BIGINT);
            ps.setString(8, r.before());
            ps.setString(9, r.after());
        });
    }

    public List<AuditEvent> page(AuditQuery q, int offset, int size) {
        return filtered(db.sql(PAGE), q)
                .param("offset", offset)
                .param("size", size)
                .query(this::event)
                .list();
    }

    public long count(AuditQuery q) {
        return filtered(db.sql(COUNT), q).query(Long.class).single();
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

    public List<AuditEvent> find(AuditQuery q) {
        return filtered(db.sql(FIND), q)
                .param("limit", q.limit())
                .query(this::event)
                .list();
    }
}
