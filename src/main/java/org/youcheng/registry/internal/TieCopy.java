package org.youcheng.registry.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongConsumer;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.youcheng.common.PgCopy;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieImports;

/**
 * New ties into PostgreSQL through COPY, which skips the parse-and-bind work an INSERT pays per row and is
 * several times faster for import batches. Runs on the connection of the current transaction.
 *
 * <p>Where the database role may set {@code session_replication_role} (a superuser, or on PostgreSQL 15+ a role
 * granted {@code SET} on it), each COPY runs with it set to {@code replica} for that statement only: PostgreSQL then
 * skips its per-row foreign-key triggers, which take a share lock on both places of every new tie and cost half of
 * a large import. The load checks the same foreign keys itself instead, once and set-based, in {@link #finish()}:
 * it locks {@code place} against writers (readers go on) and confirms that every place the new ties name exists.
 * The transaction then commits only ties whose places exist, as the constraint would have ensured.
 */
public final class TieCopy implements TieImports.Load {

    private static final String COPY = """
            copy tie (domestic_id, partner_id, kind, signed_on, signed_precision, status, source, note, import_id,
                      created_at, updated_at) from stdin with (format csv)""";
    private static final String REPLICA = "select set_config('session_replication_role', 'replica', true)";
    private static final String ORIGIN = "select set_config('session_replication_role', 'origin', true)";

    private final JdbcTemplate jdbc;
    private final long importId;
    private final String at;
    /** Whether the foreign keys are checked here rather than per row; then the places the ties name so far. */
    private final boolean checkedHere;

    private final Set<Long> named = new HashSet<>();

    public TieCopy(JdbcTemplate jdbc, boolean checkedHere, long importId, Instant at) {
        this.jdbc = jdbc;
        this.checkedHere = checkedHere;
        this.importId = importId;
        this.at = at.toString();
    }

    /** Whether this role may skip the per-row foreign-key triggers for a statement (see the class comment). */
    public static boolean mayReplicate(JdbcTemplate jdbc) {
        if (Boolean.TRUE.equals(
                jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class))) {
            return true;
        }
        Integer version = jdbc.queryForObject("select current_setting('server_version_num')::int", Integer.class);
        // has_parameter_privilege exists from PostgreSQL 15 on; asking an older server would abort the transaction
        return version != null
                && version >= 150_000
                && Boolean.TRUE.equals(jdbc.queryForObject(
                        "select has_parameter_privilege('session_replication_role', 'SET')", Boolean.class));
    }

    @Override
    public void insert(List<TieDraft> drafts, LongConsumer written) {
        if (drafts.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder(drafts.size() * 96);
        for (TieDraft d : drafts) {
            if (checkedHere) {
                named.add(d.domesticId());
                named.add(d.partnerId());
            }
            PgCopy.row(
                    b,
                    d.domesticId(),
                    d.partnerId(),
                    d.kind().code(),
                    d.signed() == null ? null : d.signed().firstDay(),
                    d.signed() == null ? null : d.signed().precision().name().toLowerCase(Locale.ROOT),
                    d.status().code(),
                    d.source(),
                    d.note(),
                    importId,
                    at,
                    at);
        }
        jdbc.execute((ConnectionCallback<Long>) con -> copy(con, b.toString()));
        written.accept(drafts.size());
    }

    @Override
    public void finish() {
        if (!checkedHere || named.isEmpty()) {
            return;
        }
        jdbc.execute("lock table place in share mode");
        Long[] ids = named.toArray(Long[]::new);
        Integer found = jdbc.execute((ConnectionCallback<Integer>) con -> {
            try (var ps = con.prepareStatement("select count(*) from place where id = any (?)")) {
                ps.setArray(1, con.createArrayOf("bigint", ids));
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
        if (found == null || found != ids.length) {
            throw new DataIntegrityViolationException("an import names " + (ids.length - (found == null ? 0 : found))
                    + " place(s) that no longer exist (deleted while it ran); nothing was imported");
        }
    }

    private long copy(Connection con, String csv) throws SQLException {
        if (checkedHere) {
            run(con, REPLICA);
        }
        try {
            return PgCopy.copyIn(con, COPY, csv);
        } finally {
            if (checkedHere) {
                run(con, ORIGIN);
            }
        }
    }

    private static void run(Connection con, String sql) throws SQLException {
        try (var st = con.createStatement()) {
            st.execute(sql);
        }
    }
}
