package org.youcheng.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The command line as a user runs it, on an H2 file database of its own. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliTests {

    @TempDir
    static Path dir;

    static Path db;
    static Path fixture;

    record Run(int code, String out, String err) {}

    /** A run in an environment of no locale: English, whatever the machine running the tests is set to. */
    static Run run(String... args) {
        return runIn(Map.of(), args);
    }

    static Run runIn(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), environment)
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void files() throws Exception {
        db = dir.resolve("db");
        fixture = dir.resolve("beijing.csv");
        try (var in = CliTests.class.getResourceAsStream("/fixtures/beijing-sister-cities.csv")) {
            Files.copy(in, fixture);
        }
    }

    @Test
    @Order(1)
    void usageErrorsExitWithTwoAndHelpWithZero() {
        assertThat(run().code()).isEqualTo(Cli.USAGE);
        assertThat(run("frobnicate").code()).isEqualTo(Cli.USAGE);
        assertThat(run("import").code()).as("no file").isEqualTo(Cli.USAGE);
        assertThat(run("export", "--format", "pdf", "--db", db.toString()).code())
                .isEqualTo(Cli.USAGE);
        for (String sub : new String[] {
            "serve", "import", "export", "summary", "import-activities", "activity", "extract", "eval-extract"
        }) {
            Run help = run(sub, "--help");
            assertThat(help.code()).isZero();
            assertThat(help.out()).contains("Usage: youcheng " + sub).contains("--db");
        }
    }

    @Test
    @Order(2)
    void aBadFileExitsWithOneReportsEveryRowAndImportsNothing() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(
                bad,
                Files.readString(fixture)
                        .replace("1994年4月5日", "1994-04-31")
                        .replace("友好城市,1998年5月28日", "好朋友,1998年5月28日"),
                StandardCharsets.UTF_8);
        Run r = run("import", bad.toString(), "--db", db.toString());

        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err())
                .contains("2 bad rows")
                .contains("row 17, column signed, value '1994-04-31'")
                .contains("row 21, column kind, value '好朋友'")
                .contains("nothing was imported");
        Run summary = run("summary", "北京", "--json", "--db", db.toString());
        assertThat(new ObjectMapper().readTree(summary.out()).path("sister").asInt())
                .isZero();
    }

    @Test
    @Order(3)
    void aDryRunThenTheImportThenTheSummary() throws Exception {
        // every command loads the reference network on first use: the table confirms some of its ties, adds the rest
        Run dry = run("import", fixture.toString(), "--dry-run", "--db", db.toString());
        assertThat(dry.code()).isZero();
        assertThat(dry.out()).contains("dry run");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("would add (\\d+), would update (\\d+)")
                .matcher(dry.out());
        assertThat(m.find()).as(dry.out()).isTrue();
        assertThat(Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2))).isEqualTo(23);
        assertThat(Integer.parseInt(m.group(2)))
                .as("reference ties the table confirms")
                .isPositive();

        Run real = run("import", fixture.toString(), "--db", db.toString());
        assertThat(real.code()).isZero();
        assertThat(real.out()).contains("added " + m.group(1) + ", updated " + m.group(2));

        Run summary = run("summary", "北京市", "--json", "--db", db.toString());
        assertThat(summary.code()).isZero();
        JsonNode s = new ObjectMapper().readTree(summary.out());
        assertThat(s.path("sister").asInt()).isEqualTo(23);
        assertThat(s.path("partner").asInt()).isZero();
        assertThat(s.path("intent").asInt()).isZero();
        assertThat(s.path("countries").asInt()).isEqualTo(22);
        assertThat(s.path("continents").asInt()).isEqualTo(6);
        assertThat(s.path("by_country").path("US").path("sister").asInt()).isEqualTo(2);
        assertThat(s.path("including_subordinates").path("sister").asInt()).isEqualTo(23);
        assertThat(s.path("basis").asText()).isEqualTo("recorded");
        assertThat(s.path("unverified").asInt()).isZero();
        assertThat(s.path("reference_beside").asInt())
                .as("the Wikidata ties the table does not name")
                .isPositive();

        Run text = run("summary", "Beijing", "--db", db.toString());
        assertThat(text.out())
                .contains("北京市")
                .contains("sister 23")
                .contains("basis: counted from the office's own records")
                .doesNotContain("unverified");
        assertThat(run("summary", "火星", "--db", db.toString()).code()).isEqualTo(Cli.BAD_INPUT);
    }

    @Test
    @Order(4)
    void anExportReimportsWithoutChange() throws Exception {
        Path out = dir.resolve("out.xlsx");
        assertThat(run("export", "--format", "xlsx", "--place", "北京", "--out", out.toString(), "--db", db.toString())
                        .code())
                .isZero();
        Run again = run("import", out.toString(), "--db", db.toString());
        assertThat(again.code()).isZero();
        // the 23 recorded ties and the reference ties shown beside them: none changes
        assertThat(again.out()).contains("added 0, updated 0, left alone ");
    }

    @Test
    @Order(5)
    void theCommandLineWorksWhileAServerHasTheDatabaseOpen() throws Exception {
        try (ConfigurableApplicationContext server =
                AppContext.start(db.toString(), true, Map.of("server.port", 0, "youcheng.load-network", false))) {
            Path more = dir.resolve("more.csv");
            Files.writeString(more, "domestic,partner,partner_country,kind\n北京市,Lisbon,Portugal,partner\n");
            JdbcClient seen = server.getBean(JdbcClient.class);
            Run r = run("import", more.toString(), "--db", db.toString());
            assertThat(r.code()).as(r.err()).isZero();
            long seenByServer = seen.sql("select count(*) from tie where kind <> 'unverified'")
                    .query(Long.class)
                    .single();
            assertThat(seenByServer)
                    .as("the 23 of the table and the one just imported")
                    .isEqualTo(24);
        }
    }

    /**
     * Eleven articles written for this check (src/test/resources/extract/heldout, gold in the dev set's format), in
     * two batches each scored once before the rules were fixed against it: h01-h08 pair and kind F1 0.906, h09-h11
     * 0.824. The thresholds hold what the general fixes reached (1.000) less one error.
     */
    @Test
    @Order(7)
    void heldOutArticlesScoreAtLeastWhatTheRulesReach() throws Exception {
        Path heldout = Path.of(CliTests.class.getResource("/extract/heldout").toURI());
        Run eval = run("eval-extract", heldout.toString(), "--db", db.toString());
        assertThat(eval.code()).as(eval.err()).isZero();
        List<String> lines = eval.out().lines().toList();
        assertThat(lines).contains("articles=11 with_predictions=11");
        assertThat(f1(lines, "pairs: ")).as(eval.out()).isGreaterThanOrEqualTo(0.98);
        assertThat(f1(lines, "pairs+kind: ")).as(eval.out()).isGreaterThanOrEqualTo(0.98);
    }

    private static double f1(List<String> lines, String prefix) {
        String line =
                lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("F1=([0-9.]+)").matcher(line);
        assertThat(m.find()).as(line).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    @Order(6)
    void extractPrintsJsonLinesQueuesOnRequestAndEvalScoresAgainstGold() throws Exception {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus.resolve("articles"));
        Files.createDirectories(corpus.resolve("gold"));
        Files.writeString(
                corpus.resolve("articles/n1.txt"),
                "2019年5月,青岛市与日本下关市正式结为友好城市。" + "青岛市与意大利泽菲洛里亚市签署建立友好交流关系备忘录。" + "目前青岛市已与28个国家的40个城市结为友好城市。");
        Files.writeString(corpus.resolve("gold/n1.json"), """
                {"source": "n1", "relations": [
                  {"domestic": "青岛市", "partner": "下关市", "partner_country": "日本", "kind": "sister"},
                  {"domestic": "青岛市", "partner": "泽菲洛里亚市", "partner_country": "意大利", "kind": "sister"},
                  {"domestic": "青岛市", "partner": "大阪市", "partner_country": "日本", "kind": "sister"}],
                 "optional": [], "totals": [{"place": "青岛市", "sister": 41, "countries": 28}]}""");
        Run json = run("extract", corpus.resolve("articles").toString(), "--json", "--db", db.toString());
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out().lines().toList())
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .startsWith("{\"source\":\"" + corpus.resolve("articles/n1.txt")
                                + "\",\"relations\":[{\"domestic\":\"青岛市\"")
                        .contains("\"partner\":\"泽菲洛里亚市\"", "\"totals\":[{\"place\":\"青岛市\""));
        Run eval = run("eval-extract", corpus.toString(), "--db", db.toString());
        assertThat(eval.code()).as(eval.err()).isZero();
        assertThat(eval.out().lines().toList())
                .containsExactly(
                        "n1: kind partner for ('青岛', '泽菲洛里亚'), gold sister",
                        "n1: missed ('青岛', '大阪')",
                        "articles=1 with_predictions=1",
                        "pairs: P=1.000 R=0.667 F1=0.800 (tp=2 fp=0 fn=1)",
                        "pairs+kind: P=0.500 R=0.333 F1=0.400",
                        "pair_f1=0.800",
                        "n1: spurious total 青岛市 sister=40 countries=28",
                        "n1: missed total 青岛市 sister=41 countries=28",
                        "totals: P=0.000 R=0.000 (tp=0 fp=1 fn=1)");
        assertThat(run("eval-extract", corpus.toString(), "--db", db.toString(), "--figures-only")
                        .out()
                        .lines())
                .as("a held-out set measured without its errors")
                .containsExactly(
                        "articles=1 with_predictions=1",
                        "pairs: P=1.000 R=0.667 F1=0.800 (tp=2 fp=0 fn=1)",
                        "pairs+kind: P=0.500 R=0.333 F1=0.400",
                        "pair_f1=0.800",
                        "totals: P=0.000 R=0.000 (tp=0 fp=1 fn=1)");
        Path preds = dir.resolve("preds.jsonl");
        Files.writeString(preds, json.out());
        assertThat(run("eval-extract", corpus.resolve("gold").toString(), "--predictions", preds.toString())
                        .out())
                .isEqualTo(eval.out());
        Run queued = run("extract", corpus.resolve("articles/n1.txt").toString(), "--queue", "--db", db.toString());
        assertThat(queued.code()).isZero();
        assertThat(queued.err()).contains("2 candidate ties queued for review");
        assertThat(queued.out()).contains("青岛市 — 日本 下关市  sister  2019-05");
        assertThat(run("extract", dir.resolve("missing.txt").toString()).code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run("eval-extract", dir.resolve("nowhere").toString()).code())
                .isEqualTo(Cli.BAD_INPUT);
        Path badGold = Files.createDirectories(dir.resolve("bad-gold"));
        Files.writeString(badGold.resolve("n1.json"), "{\"relations\": [");
        Run bad = run("eval-extract", badGold.toString(), "--predictions", preds.toString());
        assertThat(bad.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(bad.err()).contains("n1.json");
    }

    /** Runs a command with this text as its standard input (the password, when there is no terminal). */
    static Run runWithInput(String input, String... args) {
        var before = System.in;
        System.setIn(new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    @Order(8)
    void accountsAreMadeOnTheCommandLineWithThePasswordFromStandardInput() throws Exception {
        for (String sub : new String[] {"user", "audit"}) {
            assertThat(run(sub, "--help").out()).contains("Usage: youcheng " + sub);
        }
        assertThat(runWithInput("short\n", "user", "add", "root", "--role", "admin", "--db", db.toString())
                        .err())
                .contains("password");
        assertThat(runWithInput("", "user", "add", "root", "--role", "admin", "--db", db.toString())
                        .code())
                .isEqualTo(Cli.BAD_INPUT);
        Run admin = runWithInput(
                "a long enough password\n", "user", "add", "root", "--role", "admin", "--db", db.toString());
        assertThat(admin.code()).as(admin.err()).isZero();
        assertThat(admin.out()).contains("added root\tadmin\tenabled");
        Run editor = runWithInput(
                "another long password\n",
                "user",
                "add",
                "bj",
                "--role",
                "editor",
                "--scope",
                "110000",
                "--db",
                db.toString());
        assertThat(editor.out()).contains("CN-110000 北京市");
        assertThat(runWithInput(
                                "x long password here\n",
                                "user",
                                "add",
                                "bad",
                                "--role",
                                "editor",
                                "--db",
                                db.toString())
                        .err())
                .contains("scope");
        assertThat(runWithInput(
                                "x long password here\n",
                                "user",
                                "add",
                                "bj",
                                "--role",
                                "viewer",
                                "--db",
                                db.toString())
                        .err())
                .contains("exists");

        Run token = run("user", "token", "bj", "--days", "7", "--db", db.toString());
        assertThat(token.code()).isZero();
        assertThat(token.out().strip()).matches("yc_[A-Za-z0-9_-]{43}");
        assertThat(token.err()).contains("shown this once");
        assertThat(run("user", "tokens", "bj", "--db", db.toString()).out())
                .contains("expires")
                .doesNotContain(token.out().strip());
        assertThat(run("user", "token", "bj", "--days", "9999", "--db", db.toString())
                        .code())
                .isEqualTo(Cli.BAD_INPUT);
        assertThat(run("user", "revoke", "--all", "bj", "--db", db.toString()).out())
                .contains("revoked 1 tokens");
        assertThat(run("user", "disable", "bj", "--db", db.toString()).out()).contains("disabled");
        Run list = run("user", "list", "--db", db.toString());
        assertThat(list.out()).contains("root\tadmin\tenabled").contains("bj\teditor\tdisabled");

        // everything above, and the imports before, is on record as the command line's
        Run audit = run("audit", "--since", "2000-01-01", "--json", "--db", db.toString());
        assertThat(audit.code()).as(audit.err()).isZero();
        JsonNode trail = new ObjectMapper().readTree(audit.out());
        assertThat(trail.findValuesAsText("action"))
                .contains("import", "account_create", "token_issue", "token_revoke", "account_update");
        assertThat(trail.findValuesAsText("channel")).containsOnly("cli");
        assertThat(trail.findValuesAsText("actor_name")).allMatch(n -> n.startsWith("cli:"));
        Run csv = run("audit", "--since", "2000-01-01", "--csv", "--entity", "account", "--db", db.toString());
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("id,at,actor_id,actor,from,action");
        assertThat(csv.out()).doesNotContain("{bcrypt}");
        assertThat(run("audit", "--since", "yesterday", "--db", db.toString()).code())
                .isEqualTo(Cli.BAD_INPUT);
    }

    @Test
    @Order(7)
    void profileRankAndReportOfTheImportedTies() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(run("import", fixture.toString(), "--db", db.toString()).code())
                .isZero();
        JsonNode summary = json.readTree(
                run("summary", "北京", "--json", "--db", db.toString()).out());
        // the profile of the year in progress at the place's own level counts what the summary counts today
        String now = "" + java.time.LocalDate.now().getYear();
        Run profile = run("profile", "北京", "--year", now, "--scope", "own", "--json", "--db", db.toString());
        assertThat(profile.code()).as(profile.err()).isZero();
        JsonNode p = json.readTree(profile.out());
        assertThat(p.path("counts").path("total").asInt())
                .isPositive()
                .isEqualTo(summary.path("total").asInt());
        assertThat(p.path("counts").path("countries").asInt())
                .isEqualTo(summary.path("countries").asInt());
        // 2025 leaves out the undated ties the registry recorded only today, and lists them
        JsonNode last =
                json.readTree(run("profile", "北京", "--year", "2025", "--scope", "own", "--json", "--db", db.toString())
                        .out());
        int undated = 0;
        for (JsonNode t : last.path("undated_later")) {
            undated += t.path("kind").asText().equals("intent") ? 0 : 1;
        }
        assertThat(last.path("counts").path("total").asInt() + undated)
                .isEqualTo(summary.path("total").asInt());
        assertThat(p.path("firsts").get(0).path("signed").asText()).isEqualTo("1979-03-14"); // 东京都
        assertThat(p.path("counts").path("basis").asText()).isEqualTo("recorded");
        assertThat(run("profile", "北京", "--year", "2025", "--db", db.toString()).out())
                .contains("basis: counted from the office's own records");
        Run rank = run("rank", "--level", "province", "--year", "2025", "--json", "--db", db.toString());
        assertThat(rank.code()).as(rank.err()).isZero();
        assertThat(json.readTree(rank.out())
                        .path("places")
                        .get(0)
                        .path("place")
                        .path("name_zh")
                        .asText())
                .isEqualTo("北京市");
        Path pdf = dir.resolve("report.pdf");
        Run report = run(
                "report", "北京", "--year", "2025", "--format", "pdf", "--out", pdf.toString(), "--db", db.toString());
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(run("report", "北京", "--format", "docx", "--db", db.toString())
                        .code())
                .isEqualTo(Cli.USAGE);
        assertThat(run("rank", "--level", "galaxy", "--db", db.toString()).code())
                .isEqualTo(Cli.USAGE);
        // one reader for API, pages and command line: the same bad values are refused, naming the option
        for (String[] bad : List.of(
                new String[] {"--lang", "fr"}, new String[] {"--year", "20250"}, new String[] {"--scope", "galaxy"})) {
            Run r = run("report", "北京", "--format", "json", bad[0], bad[1], "--db", db.toString());
            assertThat(r.code()).as(bad[0]).isEqualTo(Cli.USAGE);
            assertThat(r.err()).contains(bad[0]);
        }
        assertThat(run("profile", "北京", "--year", "1800", "--db", db.toString()).code())
                .isEqualTo(Cli.USAGE);
        assertThat(run("profile", "Atlantis", "--db", db.toString()).code()).isEqualTo(Cli.BAD_INPUT);
    }

    @Test
    void activitiesImportFromTheCommandLineAndTheirFiguresPrint() throws Exception {
        Path csv = dir.resolve("activities.csv");
        Files.writeString(
                csv,
                "type,place,partners,partner_country,direction,leader_level,head_count,started_on,"
                        + "event_kind,online\n"
                        + "delegation,北京市,大阪市,日本,received,mayor,9,2024-04-04,,\n"
                        + "delegation,北京市,大阪市,日本,sent,vice mayor,3,2024-05-04,,\n"
                        + "event,北京市,大阪市,日本,,,,2024-06-01,forum,线上\n");
        Path bad = dir.resolve("bad-activities.csv");
        Files.writeString(
                bad,
                "type,place,partners,partner_country,direction,leader_level,head_count,started_on\n"
                        + "delegation,北京市,大阪市,日本,received,mayor,-9,2024-04-04\n"
                        + "delegation,北京市,大阪市,日本,received,,9,2024-04-31\n");
        Run failed = run("import-activities", bad.toString(), "--db", db.toString());
        assertThat(failed.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(failed.err()).contains("row 2", "head_count", "row 3", "leader_level", "started_on");
        Run dry = run("import-activities", csv.toString(), "--dry-run", "--db", db.toString());
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("dry run");
        Run none =
                run("activity", "北京市", "--from", "2024-01-01", "--to", "2024-12-31", "--json", "--db", db.toString());
        assertThat(new ObjectMapper().readTree(none.out()).path("activities").asInt())
                .isZero();
        assertThat(run("import-activities", csv.toString(), "--db", db.toString())
                        .code())
                .isZero();
        Run figures =
                run("activity", "北京市", "--from", "2024-01-01", "--to", "2024-12-31", "--json", "--db", db.toString());
        var json = new ObjectMapper().readTree(figures.out());
        assertThat(json.path("activities").asInt()).isEqualTo(3);
        assertThat(json.path("received").path("person_times").asInt()).isEqualTo(9);
        assertThat(json.path("sent")
                        .path("by_leader_level")
                        .path("vice_mayor")
                        .path("person_times")
                        .asInt())
                .isEqualTo(3);
        assertThat(json.path("events").path("online").asInt()).isEqualTo(1);
        Run text = run("activity", "北京市", "--from", "2024-01-01", "--to", "2024-12-31", "--db", db.toString());
        assertThat(text.out()).contains("received: 1 delegations, 9 person-times — mayor 1/9");
        Run zh = runIn(
                Map.of("LANG", "zh_CN.UTF-8"),
                "activity",
                "北京市",
                "--from",
                "2024-01-01",
                "--to",
                "2024-12-31",
                "--db",
                db.toString());
        assertThat(zh.out())
                .contains("来访：1 批，9 人次 — 市长 1/9", "活动：1（线上 1，线下 0）")
                .doesNotContain("received", "delegations");
        assertThat(run("activity", "北京市", "--from", "2024-13-01", "--to", "2024-12-31", "--db", db.toString())
                        .code())
                .isEqualTo(Cli.BAD_INPUT);
        Path out = dir.resolve("activities-export.xlsx");
        assertThat(run(
                                "export",
                                "--activities",
                                "--format",
                                "xlsx",
                                "--place",
                                "北京市",
                                "--out",
                                out.toString(),
                                "--db",
                                db.toString())
                        .code())
                .isZero();
        Run again = run("import-activities", out.toString(), "--dry-run", "--db", db.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("3 rows");
    }

    @Test
    @Order(9)
    void aZipBombHiddenFromALocalHeaderReaderIsRefusedNamingThePart() throws Exception {
        Path bomb = dir.resolve("bomb.xlsx");
        Files.write(bomb, org.youcheng.io.Workbooks.hiddenBomb(16));
        Run r = run("import", bomb.toString(), "--dry-run", "--db", db.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err())
                .contains("bomb.xlsx")
                .contains("xl/sharedStrings.xml")
                .contains("zip bomb");
    }

    @Test
    @Order(21)
    void inAChineseEnvironmentTheErrorsAUserMeetsAreInChinese() throws Exception {
        Map<String, String> zh = Map.of("LANG", "zh_CN.UTF-8");
        Path bad = dir.resolve("bad-zh.csv");
        Files.writeString(
                bad,
                Files.readString(fixture)
                        .replace("1994年4月5日", "1994-04-31")
                        .replace("友好城市,1998年5月28日", "好朋友,1998年5月28日"),
                StandardCharsets.UTF_8);
        Run file = runIn(zh, "import", bad.toString(), "--dry-run", "--db", db.toString());
        assertThat(file.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(file.err())
                .contains("bad-zh.csv：2 行有问题，没有导入任何内容")
                .contains("第 17 行，signed 列，内容“1994-04-31”：无法识别“1994-04-31”")
                .contains("第 21 行，kind 列，内容“好朋友”：未知的类型。")
                .doesNotContain("bad rows", "unknown kind");
        assertThat(runIn(zh, "import", dir.resolve("none.csv").toString(), "--db", db.toString())
                        .err())
                .contains("没有这个文件");

        Run place = runIn(zh, "summary", "没有这个地方", "--db", db.toString());
        assertThat(place.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(place.err()).contains("找不到地方“没有这个地方”").doesNotContain("no place named");
        Run option = runIn(zh, "export", "--format", "pdf", "--db", db.toString());
        assertThat(option.code()).isEqualTo(Cli.USAGE);
        assertThat(option.err()).contains("选项 --format 的值无效");
        assertThat(runIn(zh, "frobnicate").err()).contains("无法识别的参数：frobnicate");
        Run role = runIn(zh, "user", "change", "root", "--role", "king", "--db", db.toString());
        assertThat(role.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(role.err()).contains("选项 --role 的值无效");
        Run lastAdmin = runIn(zh, "user", "disable", "root", "--db", db.toString());
        assertThat(lastAdmin.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(lastAdmin.err()).contains("这是最后一个启用的管理员");

        // what a command prints on success is in Chinese too, with no English words beside
        Run dry = runIn(zh, "import", fixture.toString(), "--dry-run", "--db", db.toString());
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("行；将新增", "试运行，未写入任何内容").doesNotContain("would add", "dry run");
        Run summary = runIn(zh, "summary", "北京", "--db", db.toString());
        assertThat(summary.out())
                .contains("北京市 (Beijing)", "本级：友好城市 23，", "统计依据：按本单位记录统计")
                .doesNotContain("sister", "countries", "counted from");
        Run profile = runIn(zh, "profile", "北京", "--year", "2025", "--db", db.toString());
        assertThat(profile.out())
                .contains("北京市（", "2025 年末：友城", "统计依据：按本单位记录统计")
                .doesNotContain("partners", "end of", "2,025");
        Run rank = runIn(zh, "rank", "--level", "province", "--year", "2025", "--db", db.toString());
        assertThat(rank.out()).contains("已排名", "省级").doesNotContain("places ranked", "province");
        Run users = runIn(zh, "user", "list", "--db", db.toString());
        assertThat(users.out()).contains("root", "启用", "版本").doesNotContain("enabled", "version");
        Run audit = runIn(zh, "audit", "--since", "2000-01-01", "--db", db.toString());
        assertThat(audit.code()).as(audit.err()).isZero();
        assertThat(audit.out()).contains("命令行");

        // English otherwise, as before
        Map<String, String> en = Map.of("LANG", "en_US.UTF-8", "LC_ALL", "C.UTF-8");
        assertThat(runIn(en, "summary", "没有这个地方", "--db", db.toString()).err()).contains("no place named");
        assertThat(runIn(en, "user", "disable", "root", "--db", db.toString()).err())
                .contains("the last enabled admin");
        assertThat(runIn(en, "import", bad.toString(), "--dry-run", "--db", db.toString())
                        .err())
                .contains("2 bad rows")
                .contains("row 17, column signed, value '1994-04-31'");
    }

    @Test
    @Order(20)
    void strategySetWritesAsTheLocalOperatorAndIsAudited() throws Exception {
        Path layout = dir.resolve("strategy.yaml");
        Files.writeString(
                layout,
                "regions:\n  - region: japan_korea\n    verb: deepen\n    target: 20\n",
                StandardCharsets.UTF_8);
        Run r = run("strategy", "北京市", "--set", layout.toString(), "--db", db.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("saved 1 regions");
        assertThat(r.out()).contains("japan_korea");
        Run audit = run(
                "audit",
                "--since",
                java.time.LocalDate.now().minusDays(1).toString(),
                "--entity",
                "place",
                "--json",
                "--db",
                db.toString());
        assertThat(audit.out()).contains("strategy_replace").contains("cli:" + System.getProperty("user.name"));
    }
}
