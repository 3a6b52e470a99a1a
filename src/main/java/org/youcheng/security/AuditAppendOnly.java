package org.youcheng.security;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's trigger on audit_event (db/vendor/h2): refuses every UPDATE and DELETE, as PostgreSQL's plpgsql one does. */
public class AuditAppendOnly implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(
                "audit_event is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " is not allowed", "P0001");
    }
}
