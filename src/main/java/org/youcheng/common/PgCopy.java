package org.youcheng.common;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** PostgreSQL's COPY for the bulk writers (ties, activities): rows as CSV lines, sent on the given connection. */
public final class PgCopy {

    private PgCopy() {}

    /** Whether the database behind this template speaks COPY (PostgreSQL). */
    public static boolean available(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(
                jdbc.execute((ConnectionCallback<Boolean>) con -> con.isWrapperFor(PGConnection.class)));
    }

    /**
     * After a bulk write, PostgreSQL's planner still has the statistics of the tables before it (none at all for a
     * new database until autovacuum comes by, and never where it is off): the ties of a place were then read by a
     * scan of every tie (80 ms against under 1 ms, bench/load/README.md). ANALYZE samples each table; about 0.1 s for
     * 100,000 ties. Does nothing on H2, which keeps its own selectivity as rows change.
     */
    public static void refreshStatistics(JdbcTemplate jdbc, String... tables) {
        if (available(jdbc)) {
            jdbc.execute("analyze " + String.join(", ", tables));
        }
    }

    /**
     * Appends one CSV line: null is an empty unquoted field (NULL), text is always quoted with its quotes doubled
     * (so "" stays an empty string), anything else is written as it prints.
     */
    public static void row(StringBuilder b, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            Object c = cells[i];
            if (c instanceof String s) {
                b.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else if (c instanceof java.math.BigDecimal d) {
                b.append(d.toPlainString()); // never 1E+6
            } else if (c != null) {
                b.append(c);
            }
        }
        b.append('\n');
    }

    /** Runs {@code copy … from stdin with (format csv)} with these lines; returns the rows written. */
    public static long copyIn(Connection con, String copy, CharSequence csv) throws SQLException {
        try {
            return con.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
