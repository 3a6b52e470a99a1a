package org.youcheng.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `./youcheng place …` as a user runs it, on an H2 file database of its own: an import creates two Japanese places
 * it does not know, which are then listed, renamed, given an alias, merged into the known city and marked reviewed.
 */
class PlaceCliTests {

    @TempDir
    Path dir;

    @Test
    void placesAnImportCreatedAreListedRenamedMergedAndReviewed() throws Exception {
        String db = dir.resolve("db").toString();
        for (String sub : new String[] {"review", "rename", "alias", "merge", "reviewed"}) {
            assertThat(CliTests.run("place", sub, "--help").out()).contains("Usage: youcheng place " + sub);
        }
        assertThat(CliTests.run("place").code()).isEqualTo(Cli.USAGE);
        Path csv = dir.resolve("ties.csv");
        Files.writeString(
                csv,
                "domestic,partner,partner_country,kind,signed,status,source,note\n"
                        + "北京市,下关港町,日本,partner,2001,active,外办名录,\n"
                        + "青岛市,虚构镇,日本,intent,2020,active,外办名录,\n",
                StandardCharsets.UTF_8);
        CliTests.Run imported = CliTests.run("import", csv.toString(), "--db", db);
        assertThat(imported.code()).as(imported.err()).isZero();

        CliTests.Run review = CliTests.run("place", "review", "--json", "--db", db);
        assertThat(review.code()).as(review.err()).isZero();
        JsonNode flagged = new ObjectMapper().readTree(review.out());
        assertThat(flagged.get("total").asInt()).isEqualTo(2);
        assertThat(flagged.get("places").findValuesAsText("name_zh")).contains("下关港町", "虚构镇");

        CliTests.Run rename = CliTests.run("place", "rename", "下关港町", "--zh", "下关港", "--db", db);
        assertThat(rename.code()).as(rename.err()).isZero();
        assertThat(rename.out()).contains("renamed").contains("下关港");
        assertThat(CliTests.run("place", "alias", "下关港", "Shimonoseki Port", "--db", db)
                        .out())
                .contains("added alias Shimonoseki Port");

        CliTests.Run dry = CliTests.run("place", "merge", "下关港", "--into", "Q203308", "--dry-run", "--db", db);
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("would merge").contains("moved");
        CliTests.Run merged = CliTests.run("place", "merge", "下关港", "--into", "Q203308", "--db", db);
        assertThat(merged.code()).as(merged.err()).isZero();
        assertThat(merged.out())
                .contains("merged")
                .contains("tie ")
                .contains("moved")
                .contains("下关港町");
        assertThat(CliTests.run("place", "rename", "下关港", "--zh", "x", "--db", db)
                        .code())
                .as("the duplicate is gone")
                .isEqualTo(Cli.BAD_INPUT);

        CliTests.Run refused = CliTests.run("place", "merge", "北京市", "--into", "上海市", "--db", db);
        assertThat(refused.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(refused.err()).contains("GB/T 2260");

        assertThat(CliTests.run("place", "reviewed", "虚构镇", "--db", db).out()).contains("reviewed");
        assertThat(new ObjectMapper()
                        .readTree(CliTests.run("place", "review", "--json", "--db", db)
                                .out())
                        .get("total")
                        .asInt())
                .isZero();
        CliTests.Run audit = CliTests.run("audit", "--since", "2000-01-01", "--entity", "place", "--db", db);
        assertThat(audit.out()).contains("place_rename", "place_alias", "place_merge", "place_reviewed");
    }
}
