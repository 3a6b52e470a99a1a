package org.youcheng.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedDatabaseTests {

    @TempDir
    Path dir;

    @Test
    void aNewDirectoryStartsFromTheSeed() throws IOException {
        assertThat(SeedDatabase.plant(dir.resolve("new"), () -> new ByteArrayInputStream(new byte[] {1, 2, 3})))
                .isTrue();
        assertThat(Files.readAllBytes(dir.resolve("new/youcheng.mv.db"))).containsExactly(1, 2, 3);
        try (var files = Files.list(dir.resolve("new"))) {
            assertThat(files.toList()).as("no temporary file left behind").hasSize(1);
        }
    }

    @Test
    void anExistingDatabaseIsNeverOverwritten() throws IOException {
        Files.write(dir.resolve("youcheng.mv.db"), new byte[] {9});
        assertThat(SeedDatabase.plant(dir, () -> new ByteArrayInputStream(new byte[] {1}))).isFalse();
        assertThat(Files.readAllBytes(dir.resolve("youcheng.mv.db"))).containsExactly(9);
    }

    @Test
    void withoutASeedNothingIsPlanted() {
        assertThat(SeedDatabase.plant(dir.resolve("none"), () -> null)).isFalse();
        assertThat(Files.exists(dir.resolve("none/youcheng.mv.db"))).isFalse();
    }
}
