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
        assertThat(SeedDatabase.plant(dir, () -> new ByteArrayInputStream(new byte[] {1})))
                .isFalse();
        assertThat(Files.readAllBytes(dir.resolve("youcheng.mv.db"))).containsExactly(9);
    }

    @Test
    void withoutASeedNothingIsPlanted() {
        assertThat(SeedDatabase.plant(dir.resolve("none"), () -> null)).isFalse();
        assertThat(Files.exists(dir.resolve("none/youcheng.mv.db"))).isFalse();
    }

    @Test
    void aStartWithoutTheNetworkTakesOnlyTheNetworksTiesOutOfTheSeed() {
        var dataSource = new org.springframework.jdbc.datasource.DriverManagerDataSource(
                "jdbc:h2:mem:seed-network;DB_CLOSE_DELAY=-1" + Database.H2_MODE, "sa", "");
        org.flywaydb.core.Flyway.configure().dataSource(dataSource).load().migrate();
        var db = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        db.update(
                "insert into country (code, name_zh, name_en, continent, region, diplomatic)"
                        + " values ('CN', '中国', 'China', 'asia', 'east_asia', true), ('FR', '法国', 'France', 'europe', 'europe', true)");
        String place = "insert into place (code, name_en, level, country_code, origin, created_at, updated_at)"
                + " values (?, ?, 'city', ?, 'test', current_timestamp, current_timestamp)";
        db.update(place, "T-1", "One", "CN");
        db.update(place, "T-2", "Two", "FR");
        db.update(place, "T-3", "Three", "FR");
        String tie = "insert into tie (domestic_id, partner_id, kind, status, source, origin, authority, created_at,"
                + " updated_at) select d.id, p.id, ?, 'active', 'test', ?, ?, current_timestamp, current_timestamp"
                + " from place d, place p where d.code = 'T-1' and p.code = ?";
        db.update(tie, "unverified", "reference", "reference", "T-2");
        db.update(tie, "sister", "recorded", "recorded", "T-3");
        db.update("insert into tie_source (tie_id, provenance, source, added_at)"
                + " select id, origin, 'test', current_timestamp from tie");

        SeedDatabase.removeNetwork(dataSource);

        assertThat(db.queryForList("select origin from tie", String.class)).containsExactly("recorded");
        assertThat(db.queryForList("select provenance from tie_source", String.class))
                .containsExactly("recorded");
    }
}
