package org.youcheng.approval.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.youcheng.approval.Application;
import org.youcheng.approval.ApplicationState;
import org.youcheng.registry.TieKind;

@Repository
public class ApplicationRepository {

    private static final String OF_TIE = """
            select id, tie_id, kind, state, version, created_at, updated_at from tie_application where tie_id = :tie""";
    private static final String STEPS = """
            select step, at, actor_name, reason, dated from tie_application_step where application_id = :id
            order by at, id""";
    private static final String INSERT = """
            insert into tie_application (tie_id, kind, state, created_at, updated_at)
            values (:tie, :kind, 'applied', :now, :now)""";
    /** A move from one state to the next, at the version read; a stale version moves nothing. */
    private static final String MOVE = """
            update tie_application set state = :state, kind = :kind, version = version + 1, updated_at = :now
            where id = :id and version = :version""";

    private static final String ADD_STEP = """
            insert into tie_application_step (application_id, step, at, actor_name, reason, dated)
            values (:id, :step, :at, :actor, :reason, :dated)""";

    private final JdbcClient db;

    ApplicationRepository(JdbcClient db) {
        this.db = db;
    }

    public Optional<Application> ofTie(long tieId) {
        return db.sql(OF_TIE).param("tie", tieId).query(this::map).optional();
    }

    public void insert(long tieId, TieKind kind, Instant now) {
        db.sql(INSERT)
                .param("tie", tieId)
                .param("kind", kind.code())
                .param("now", Timestamp.from(now))
                .update();
    }

    public boolean move(long id, int version, ApplicationState to, TieKind kind, Instant now) {
        return db.sql(MOVE)
                        .param("id", id)
                        .param("version", version)
                        .param("state", to.code())
                        .param("kind", kind.code())
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    public void addStep(long id, String step, Instant at, String actor, String reason, LocalDate dated) {
        db.sql(ADD_STEP)
                .param("id", id)
                .param("step", step)
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .param("reason", reason)
                .param("dated", dated == null ? null : Date.valueOf(dated))
                .update();
    }

    private Application map(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        var steps = db.sql(STEPS)
                .param("id", id)
                .query((r, i) -> new Application.Step(
                        r.getString(1),
                        r.getTimestamp(2).toInstant(),
                        r.getString(3),
                        r.getString(4),
                        r.getDate(5) == null ? null : r.getDate(5).toLocalDate()))
                .list();
        return new Application(
                id,
                rs.getLong("tie_id"),
                TieKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                ApplicationState.of(rs.getString("state")),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                steps);
    }
}
