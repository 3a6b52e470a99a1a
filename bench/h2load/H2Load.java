import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Comparator;

/**
 * What bounds a whole-or-nothing load into H2, without youcheng in the loop: N tie-shaped rows (distinct pairs over
 * 33,000 places) inserted by JDBC batches into a table shaped like youcheng's tie, in one transaction or in chunks.
 * bench/README.md ("what bounds H2") has the figures. Run with the H2 jar youcheng bundles:
 *
 *   java -Xmx512m -cp ~/.m2/repository/com/h2database/h2/2.3.232/h2-2.3.232.jar H2Load.java \
 *        ROWS CHUNK URL_SUFFIX [AUTO_COMMIT_MB [sorted]]
 *
 * CHUNK 0 = one transaction; URL_SUFFIX e.g. ";CACHE_SIZE=65536"; AUTO_COMMIT_MB > 0 raises MVStore's unsaved-memory
 * limit by reflection (an experiment only). Environment: NOFK=1 declares no foreign keys, LATEFK=1 declares them
 * after the indexes (so H2 reuses tie_partner instead of making its own), NOIDX=1 leaves out tie_partner, RUN=R
 * sorts the rows in runs of R (as youcheng's importer does on H2), V9=1 adds the provenance columns of migration V9
 * (origin and authority, 'recorded' by default, set_aside_on, set_aside_reason, their checks), V9=enum the same
 * with origin and authority as H2 ENUMs. Besides wall time it prints the process's CPU time, steadier than wall
 * time on a shared machine.
 */
public class H2Load {

    /** Chinese sides and foreign sides the pairs are drawn from: 3,338 and 29,000, as in the tie benchmark. */
    private static final long DOMESTIC = 3_338;

    private static final long FOREIGN = 29_000;
    private static final String INSERT = """
            insert into tie (domestic_id, partner_id, kind, signed_on, signed_precision, status, source, note,
                             import_id, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    public static void main(String[] a) throws Exception {
        int rows = Integer.parseInt(a[0]);
        int chunk = Integer.parseInt(a[1]); // 0 = one transaction
        String extra = a.length > 2 ? a[2] : "";
        int autoCommitMb = a.length > 3 ? Integer.parseInt(a[3]) : 0;
        boolean sorted = a.length > 4 && a[4].equals("sorted");
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "h2load");
        String url = "jdbc:h2:file:" + dir.resolve("x") + ";MODE=PostgreSQL" + extra;
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            if (autoCommitMb > 0) {
                raiseAutoCommitMemory(c, autoCommitMb);
            }
            schema(c);
            long[] pairs = pairs(rows, sorted);
            c.setAutoCommit(false);
            long cpu0 = cpu();
            long t0 = System.nanoTime();
            Timestamp ts = new Timestamp(System.currentTimeMillis());
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (int i = 0; i < rows; i++) {
                    long p = pairs[i];
                    ps.setLong(1, 1 + p / FOREIGN);
                    ps.setLong(2, DOMESTIC + 1 + p % FOREIGN);
                    ps.setString(3, "partner");
                    ps.setDate(4, java.sql.Date.valueOf("1990-01-01"));
                    ps.setString(5, "year");
                    ps.setString(6, "active");
                    ps.setString(7, "http://example.org/source/" + i);
                    ps.setString(8, i % 10 == 0 ? "a note, with \"quotes\"" : null);
                    ps.setLong(9, 1);
                    ps.setTimestamp(10, ts);
                    ps.setTimestamp(11, ts);
                    ps.addBatch();
                    if ((i + 1) % 5_000 == 0) {
                        ps.executeBatch();
                    }
                    if (chunk > 0 && (i + 1) % chunk == 0) {
                        c.commit();
                    }
                    if ((i + 1) % 200_000 == 0) {
                        System.out.printf("%d rows %.1f s%n", i + 1, (System.nanoTime() - t0) / 1e9);
                    }
                }
                ps.executeBatch();
            }
            long t1 = System.nanoTime();
            c.commit();
            long t2 = System.nanoTime();
            System.out.printf(
                    "rows=%d chunk=%d extra=%s acm=%d sorted=%s v9=%s insert %.1f s commit %.1f s => %.0f rows/s;"
                            + " process CPU %.1f s%n",
                    rows,
                    chunk,
                    extra,
                    autoCommitMb,
                    sorted,
                    System.getenv("V9"),
                    (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9,
                    rows / ((t2 - t0) / 1e9),
                    (cpu() - cpu0) / 1e9);
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The places, and a tie table shaped like youcheng's, with the variations the environment asks for. */
    private static void schema(Connection c) throws Exception {
        String references = System.getenv("NOFK") == null ? "references place (id)" : "";
        try (Statement st = c.createStatement()) {
            st.execute("create table place (id bigint primary key, name varchar(200), cc varchar(2))");
            st.execute("insert into place select x, 'place ' || x, 'XX' from system_range(1, 33000)");
            st.execute("""
                    create table tie (id bigint generated by default as identity primary key,
                      domestic_id bigint not null %1$s, partner_id bigint not null %1$s,
                      kind varchar(8) not null check (kind in ('sister', 'partner', 'intent')), signed_on date,
                      signed_precision varchar(5), status varchar(8) not null, ended_on date,
                      end_reason varchar(500), source varchar(1000), note varchar(2000), import_id bigint,
                      version integer not null default 0, created_at timestamp with time zone not null,
                      updated_at timestamp with time zone not null,
                      constraint tie_one_per_pair unique (domestic_id, partner_id),
                      check (domestic_id <> partner_id))""".formatted(references));
            String v9 = System.getenv("V9");
            if (v9 != null) {
                String type = v9.equals("enum") ? "enum('recorded', 'extracted', 'reference')" : "varchar(10)";
                st.execute("alter table tie add column origin " + type + " default 'recorded' not null");
                st.execute("alter table tie add column authority " + type + " default 'recorded' not null");
                st.execute(
                        "alter table tie add constraint tie_origin check (origin in ('recorded', 'extracted', 'reference'))");
                st.execute(
                        "alter table tie add constraint tie_authority check (authority in ('recorded', 'extracted', 'reference'))");
                st.execute("alter table tie add column set_aside_on date");
                st.execute("alter table tie add column set_aside_reason varchar(500)");
            }
            if (System.getenv("NOIDX") == null) {
                st.execute("create index tie_partner on tie (partner_id)");
            }
            if (System.getenv("LATEFK") != null) {
                st.execute("alter table tie add constraint tie_d foreign key (domestic_id) references place (id)");
                st.execute("alter table tie add constraint tie_p foreign key (partner_id) references place (id)");
            }
            try (ResultSet rs =
                    st.executeQuery("select index_name from information_schema.indexes where table_name = 'TIE'")) {
                StringBuilder names = new StringBuilder("indexes:");
                while (rs.next()) {
                    names.append(' ').append(rs.getString(1));
                }
                System.out.println(names);
            }
        }
    }

    /** Distinct pairs, as the tie benchmark's generator makes them; sorted whole or in runs of RUN when asked. */
    private static long[] pairs(int rows, boolean sorted) {
        long n = DOMESTIC * FOREIGN;
        long[] pairs = new long[rows];
        for (int i = 0; i < rows; i++) {
            pairs[i] = (7_919L * i + 12_345) % n;
        }
        if (sorted) {
            Arrays.sort(pairs);
        }
        String run = System.getenv("RUN");
        if (run != null) {
            int r = Integer.parseInt(run);
            for (int i = 0; i < rows; i += r) {
                Arrays.sort(pairs, i, Math.min(rows, i + r));
            }
        }
        return pairs;
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** MVStore's limit of unsaved memory before it writes, raised by reflection: an experiment only. */
    private static void raiseAutoCommitMemory(Connection c, int megabytes) throws Exception {
        var session = (org.h2.engine.SessionLocal) ((org.h2.jdbc.JdbcConnection) c).getSession();
        var store = session.getDatabase().getStore().getMvStore();
        var field = org.h2.mvstore.MVStore.class.getDeclaredField("autoCommitMemory");
        field.setAccessible(true);
        field.setInt(store, megabytes * 1024 * 1024);
        System.out.println("autoCommitMemory=" + store.getAutoCommitMemory());
    }
}
