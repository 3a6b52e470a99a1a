package org.youcheng.registry.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.youcheng.registry.StatusChange;
import org.youcheng.registry.Tie;
import org.youcheng.registry.TieStatus;

/** The statuses a tie has had (table {@code tie_status_change}). */
@Repository
public class TieStatusHistory {

    private static final String ADD_STATUS = """
            insert into tie_status_change (tie_id, status, changed_at, reason, import_id)
            values (:tie, :status, :at, :reason, :importId)""";
    private static final String HISTORY = """
            select status, changed_at, reason from tie_status_change where tie_id = :tie order by changed_at, id""";
    static final String CREATED = "created";

    private final JdbcClient db;

    TieStatusHistory(JdbcClient db) {
        this.db = db;
    }

    private void addStatus(long tieId, TieStatus status, Instant at, String reason, Long importId) {
        db.sql(ADD_STATUS)
                .param("tie", tieId)
                .param("status", status.code())
                .param("at", Timestamp.from(at))
                .param("reason", reason)
                .param("importId", importId)
                .update();
    }

    /**
     * The statuses a tie has had, oldest first. A tie whose status never changed has no rows of its own (bulk
     * imports would pay a row per tie for nothing): its history is its status since it was created. The first
     * change writes that first entry before its own.
     */
    public List<StatusChange> of(long tieId, Supplier<Optional<Tie>> tie) {
        List<StatusChange> rows = db.sql(HISTORY)
                .param("tie", tieId)
                .query((rs, n) -> new StatusChange(
                        TieStatus.valueOf(rs.getString(1).toUpperCase()),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3)))
                .list();
        if (!rows.isEmpty()) {
            return rows;
        }
        return tie.get()
                .map(t -> List.of(new StatusChange(t.status(), t.createdAt(), CREATED)))
                .orElse(List.of());
    }

    /** Records a change of status, writing the tie's first status too when this is its first change. */
    public void change(Tie before, TieStatus to, Instant at, String reason) {
        if (db.sql("select count(*) from tie_status_change where tie_id = :tie")
                        .param("tie", before.id())
                        .query(Long.class)
                        .single()
                == 0) {
            addStatus(before.id(), before.status(), before.createdAt(), CREATED, null);
        }
        addStatus(before.id(), to, at, reason, null);
    }
}
