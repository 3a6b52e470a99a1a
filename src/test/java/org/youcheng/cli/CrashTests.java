package org.youcheng.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.youcheng.support.PostgresTestDatabase;

/**
 * An import killed mid-way — SIGKILL, as a crash or a power cut would stop it — leaves the database as it was: the
 * command line runs in a process of its own, is killed while it writes, and the next start finds no tie of it and
 * takes the next import as usual. On H2 the killed import has already put uncommitted pages in the file, which the
 * next open must roll back; on PostgreSQL the killed connection's transaction is dropped.
 */
class CrashTests {

    private static final int ROWS = 400_000;
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @Test
    void anImportKilledWhileItWritesLeavesNothingOnH2() throws Exception {
        Path db = dir.resolve("db");
        String url = "jdbc:h2:file:" + db.resolve("youcheng")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
        Path mv = db.resolve("youcheng.mv.db");
        killMidway(db.toString(), url, () -> size(mv) > seeded + 8 * 1024 * 1024);
    }

    @Test
    void anImportKilledWhileItWritesLeavesNothingOnPostgres() throws Exception {
        String url = PostgresTestDatabase.fresh("crash");
        killMidway(url, url, () -> copying(url));
    }

    private long seeded;

    /** Seeds the database, starts importing a big file, kills the import once {@code writing} holds. */
    private void killMidway(String db, String jdbcUrl, BooleanSupplier writing) throws Exception {
        assertThat(cli(
                                "export",
                                "--format",
                                "csv",
                                "--out",
                                dir.resolve("none.csv").toString(),
                                "--db",
                                db)
                        .waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                .as("seeding")
                .isTrue();
        seeded = size(dir.resolve("db/youcheng.mv.db"));
        Path file = dir.resolve("big.csv");
        Path small = dir.resolve("small.csv");
        writeTies(jdbcUrl, file, small);

        Process importing = cli("import", file.toString(), "--db", db);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!writing.getAsBoolean()) {
            assertThat(importing.isAlive())
                    .as(
                            "the import ended before it was seen writing; exit %s",
                            importing.isAlive() ? "" : importing.exitValue())
                    .isTrue();
            assertThat(System.nanoTime()).as("the import never started writing").isLessThan(deadline);
            Thread.sleep(50);
        }
        assertThat(importing.isAlive()).as("still importing when killed").isTrue();
        importing.destroyForcibly();
        assertThat(importing.waitFor(30, TimeUnit.SECONDS)).isTrue();

        // the seeding command loaded the reference network (every command does on a new database); the import adds
        // recorded ties, or turns reference ties it names into recorded ones
        assertThat(count(jdbcUrl, "select count(*) from tie where origin <> 'reference'"))
                .as("ties after the crash")
                .isZero();
        assertThat(count(jdbcUrl, "select count(*) from import_run"))
                .as("import runs after the crash")
                .isZero();
        Process next = cli("import", small.toString(), "--db", db);
        assertThat(next.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(next.exitValue()).as("the next import").isZero();
        assertThat(count(jdbcUrl, "select count(*) from tie where origin <> 'reference'"))
                .isEqualTo(100);
    }

    /** ROWS distinct pairs of places of the registry (Chinese cities and counties × foreign places), by code. */
    private static void writeTies(String url, Path big, Path small) throws SQLException, IOException {
        List<String> domestic = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        try (Connection c = connect(url);
                Statement s = c.createStatement()) {
            String places = "select code, coalesce(name_zh, name_en) from place where country_code %s 'CN'"
                    + " and code is not null order by code";
            try (ResultSet rs = s.executeQuery(places.formatted("="))) {
                while (rs.next()) {
                    domestic.add(quoted(rs.getString(2)) + "," + rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery(places.formatted("<>"))) {
                while (rs.next()) {
                    foreign.add(quoted(rs.getString(2)) + "," + rs.getString(1));
                }
            }
        }
        assertThat((long) domestic.size() * foreign.size()).isGreaterThan(ROWS);
        String header = "domestic,domestic_code,partner,partner_code,kind,signed,status\n";
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8);
                BufferedWriter s = Files.newBufferedWriter(small, StandardCharsets.UTF_8)) {
            w.write(header);
            s.write(header);
            for (int i = 0; i < ROWS; i++) {
                String row = domestic.get(i % domestic.size()) + "," + foreign.get(i / domestic.size())
                        + ",partner,1990,active\n";
                w.write(row);
                if (i < 100) {
                    s.write(row);
                }
            }
        }
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static boolean copying(String url) {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from pg_stat_activity where datname = current_database()"
                        + " and state = 'active' and query ilike 'copy tie%'")) {
            rs.next();
            return rs.getLong(1) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection c = connect(url);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** H2 as youcheng opens it (Spring's default user sa); PostgreSQL with the user in its URL. */
    private static Connection connect(String url) throws SQLException {
        return url.startsWith("jdbc:h2:")
                ? DriverManager.getConnection(url, "sa", "")
                : DriverManager.getConnection(url);
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The command line in a process of its own, on this test's class path. */
    private Process cli(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                org.youcheng.cli.Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("cli-" + args[0] + "-" + System.nanoTime() + ".log")
                        .toFile())
                .start();
    }
}
