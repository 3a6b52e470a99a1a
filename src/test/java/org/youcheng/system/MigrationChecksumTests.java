package org.youcheng.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A migration that a database has already run must never change: Flyway refuses to start on a database whose history
 * holds another checksum, and an office's production database is exactly such a database. The list of checksums is
 * kept beside this test in {@code db/migrations.sha256} (the format of {@code sha256sum}, run in
 * {@code src/main/resources}); a new migration adds its line, an old one never changes its line.
 */
class MigrationChecksumTests {

    static final Path MIGRATIONS = Path.of("src/main/resources");

    @Test
    void noMigrationChangesAfterItIsCommittedAndEveryMigrationIsListed() throws IOException {
        Map<String, String> listed = listed();
        Map<String, String> present = present();
        assertThat(listed)
                .as("checksums in src/test/resources/db/migrations.sha256")
                .isNotEmpty();
        assertThat(present.keySet())
                .as(
                        "migrations without a line in db/migrations.sha256 (add: sha256sum db/…/Vn__x.sql, run in src/main/resources)")
                .containsExactlyInAnyOrderElementsOf(listed.keySet());
        present.forEach((file, sum) -> assertThat(sum)
                .as(file + " was edited after it was committed; write a new migration instead")
                .isEqualTo(listed.get(file)));
    }

    @Test
    void noTwoMigrationsOfOneDatabaseShareAVersion() throws IOException {
        // db/migration runs everywhere; db/vendor/<name> only on that database
        Map<String, String> versions = new TreeMap<>();
        for (String file : present().keySet()) {
            String name = Path.of(file).getFileName().toString();
            String version = name.substring(0, name.indexOf("__"));
            String where = file.startsWith("db/vendor/") ? file.split("/")[2] : "all";
            for (String vendor : new String[] {"h2", "postgresql"}) {
                if (where.equals("all") || where.equals(vendor)) {
                    String before = versions.putIfAbsent(vendor + " " + version, file);
                    assertThat(before)
                            .as(version + " on " + vendor + ": " + file + " and " + before)
                            .isNull();
                }
            }
        }
    }

    private static Map<String, String> listed() throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (InputStream in = MigrationChecksumTests.class.getResourceAsStream("/db/migrations.sha256")) {
            assertThat(in).as("db/migrations.sha256 on the test classpath").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    String[] parts = line.trim().split("\\s+\\*?", 2);
                    sums.put(parts[1], parts[0]);
                }
            }
        }
        return sums;
    }

    private static Map<String, String> present() throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS.resolve("db"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                sums.put(MIGRATIONS.relativize(file).toString().replace('\\', '/'), sha256(Files.readAllBytes(file)));
            }
        }
        return sums;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
