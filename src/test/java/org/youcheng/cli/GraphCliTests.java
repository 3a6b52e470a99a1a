package org.youcheng.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** `graph` and `suggest` as a user runs them, on a new H2 database (which gets the bundled twin network). */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GraphCliTests {

    @TempDir
    static Path dir;

    static String db() {
        return dir.resolve("db").toString();
    }

    @Test
    @Order(1)
    void suggestLiaochengGivesRankedCandidatesWithReasons() throws Exception {
        CliTests.Run run = CliTests.run("suggest", "聊城市", "--json", "--limit", "5", "--db", db());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode all = new ObjectMapper().readTree(run.out());
        JsonNode matches = all.get("partner_search").get("matches");
        assertThat(matches).hasSize(5);
        double previous = Double.MAX_VALUE;
        for (JsonNode m : matches) {
            assertThat(m.get("candidate").get("country_code").asText()).isNotEqualTo("CN");
            assertThat(m.get("score").asDouble()).isLessThanOrEqualTo(previous).isPositive();
            previous = m.get("score").asDouble();
            assertThat(m.get("parts"))
                    .extracting(p -> p.get("name").asText())
                    .containsExactly("peers", "proximity", "activity", "level", "population", "themes");
            assertThat(m.get("parts").get(0).get("zh").asText()).contains("和聊城市同级的地方结好");
        }
        // 聊城市's one partner in the Wikidata network is Naberezhnye Chelny (Q95041): 以点带面 starts from there
        JsonNode near = all.get("expansion").get("suggestions");
        assertThat(near).isNotEmpty().allSatisfy(s -> {
            assertThat(s.get("reached_from").get("code").asText()).isEqualTo("Q95041");
            assertThat(s.get("candidate").get("country_code").asText()).isEqualTo("RU");
            assertThat(s.get("distance_km").asDouble()).isBetween(0.0, 150.0);
        });
        CliTests.Run text = CliTests.run("suggest", "聊城市", "--limit", "3", "--db", db());
        assertThat(text.out()).contains("partner search: Liaocheng (no stored request", "peers", "near its partners");
        CliTests.Run zh =
                CliTests.runIn(java.util.Map.of("LANG", "zh_CN.UTF-8"), "suggest", "聊城市", "--limit", "3", "--db", db());
        assertThat(zh.out()).contains("寻找友城：聊城市（无已存需求", "以点带面").doesNotContain("candidates passed");
    }

    @Test
    @Order(2)
    void graphMetricsPathCousinsAndExport() throws Exception {
        CliTests.Run metrics = CliTests.run("graph", "metrics", "--by", "betweenness", "--limit", "3", "--db", db());
        assertThat(metrics.code()).as(metrics.err()).isZero();
        assertThat(metrics.out())
                .contains("5470 places, 10596 ties; 364 components (largest 4553)")
                .contains("Saint Petersburg");
        CliTests.Run path = CliTests.run("graph", "path", "上海市", "Q656", "--db", db());
        assertThat(path.code()).as(path.err()).isZero();
        assertThat(path.out()).contains("上海市").contains("Saint Petersburg");
        CliTests.Run cousins = CliTests.run("graph", "cousins", "上海市", "--limit", "3", "--json", "--db", db());
        assertThat(new ObjectMapper().readTree(cousins.out()).get("cousins")).hasSize(3);
        Path out = dir.resolve("net.gexf");
        CliTests.Run export =
                CliTests.run("graph", "export", "--format", "gexf", "--out", out.toString(), "--db", db());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(Files.readString(out)).contains("<gexf").contains("Q656");
        assertThat(CliTests.run("graph", "metrics", "--kind", "cousin", "--db", db())
                        .code())
                .isEqualTo(Cli.BAD_INPUT);
        assertThat(CliTests.run("graph", "path", "上海市", "无此地方", "--db", db()).code())
                .isEqualTo(Cli.BAD_INPUT);
        assertThat(CliTests.run("graph", "export", "--format", "pdf", "--db", db())
                        .code())
                .isEqualTo(Cli.BAD_INPUT);
    }
}
