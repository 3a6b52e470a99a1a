package org.youcheng.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.youcheng.YouchengApplication;

/**
 * An embedded database with the reference data and the Wikidata twin network already loaded, made at build time and
 * shipped in the jar: a new H2 directory starts from a copy of it instead of loading 100,000 places and 10,000 ties on
 * its first start. Same migrations, same H2 version, so the copy is exactly what loading would have made. A database
 * started without the network ({@code serve --no-network}) has the network's ties taken out of its copy.
 */
public final class SeedDatabase {

    static final String RESOURCE = "/seed/youcheng.mv.db";

    private SeedDatabase() {}

    /** Copies the bundled seed into a directory that has no database yet; returns whether it did. */
    static boolean plant(Path dir) {
        return plant(dir, () -> SeedDatabase.class.getResourceAsStream(RESOURCE));
    }

    /** The same from any seed (null when there is none, as in a build that has not been packaged). */
    static boolean plant(Path dir, java.util.function.Supplier<InputStream> seed) {
        Path file = dir.resolve("youcheng.mv.db");
        if (Files.exists(file)) {
            return false;
        }
        try (InputStream in = seed.get()) {
            if (in == null) {
                return false;
            }
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".seed", ".tmp");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            org.slf4j.LoggerFactory.getLogger(SeedDatabase.class)
                    .info("new database in {}, started from the bundled seed (reference data loaded)", dir);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the database in " + dir + " from the bundled seed", e);
        }
    }

    /** Takes the twin network out of a database just started from the seed, for a start without the network. */
    static void removeNetwork(javax.sql.DataSource dataSource) {
        try (java.sql.Connection c = dataSource.getConnection();
                java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("delete from tie_source where provenance = 'reference'");
            s.executeUpdate("delete from tie where origin = 'reference'");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not take the twin network out of the new database", e);
        }
    }

    /** The build calls this: loads the reference data into a new database in {@code args[0]}, copied to {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]).toAbsolutePath();
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
        new SpringApplicationBuilder(YouchengApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run("--youcheng.db=" + dir, "--youcheng.load-network=true", "--youcheng.seed=false")
                .close();
        // H2 compacts for a moment only when it closes: the pages the one big load transaction left behind stay in the
        // file (131 MB instead of 28 MB for 70,000 places), which every new directory would copy
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + dir.resolve("youcheng") + Database.H2_MODE, "sa", "")) {
            c.createStatement().execute("SHUTDOWN COMPACT");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not compact the seed database in " + dir, e);
        }
        Files.createDirectories(out.getParent());
        Files.copy(dir.resolve("youcheng.mv.db"), out, StandardCopyOption.REPLACE_EXISTING);
    }
}
