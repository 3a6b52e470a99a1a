package org.youcheng.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The help texts ({@code --help}) of every command in Chinese on a Chinese command line, in English otherwise. */
class CliHelpTests {

    private static final Map<String, String> ZH = Map.of("LANG", "zh_CN.UTF-8");
    private static final Map<String, String> EN = Map.of("LANG", "en_US.UTF-8");

    /**
     * The words of Latin letters a Chinese help text keeps: names of formats, products and standards, and the codes a
     * user types (table columns, kinds of tie, audit entities, channels, strategy fields). Option names, placeholders,
     * the values options take (from their labels), command names, paths, file types, identifiers with an underscore
     * and codes with a digit are kept too, without being listed.
     */
    private static final Set<String> KEPT = Set.of(
            "youcheng",
            "JSON",
            "CSV",
            "API",
            "HTTP",
            "URL",
            "YAML",
            "ISO",
            "README",
            "Wikidata",
            "GeoJSON",
            "GraphML",
            "GEXF",
            "Gephi",
            "PageRank",
            "jdbc",
            "postgresql",
            "id",
            "lines",
            "CN",
            "JP",
            "YC",
            "domestic",
            "partner",
            "kind",
            "signed",
            "status",
            "source",
            "note",
            "delegation",
            "event",
            "agreement",
            "project",
            "award",
            "place",
            "partners",
            "organisations",
            "sister",
            "intent",
            "unverified",
            "tie",
            "account",
            "web",
            "api",
            "cli",
            "regions",
            "region",
            "verb",
            "target");

    /** What may stand in a Chinese text as it is: --options, $VARIABLES, paths and file types, a_b, codes with digits. */
    private static final Pattern AS_IS =
            Pattern.compile("--[a-z][a-z-]*|\\$\\{?[A-Z_-]+}?|[\\w.*-]*/[\\w/.*-]*|[\\w*-]*\\.[A-Za-z][\\w.]*|\\w*_\\w*"
                    + "|[\\w-]*\\d[\\w-]*");

    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

    @Test
    void everyCommandOptionAndParameterOfTheTreeHasItsChineseText() {
        Map<String, String> english = texts(Cli.commandLine(sink(), sink(), EN).getCommandSpec());
        CommandSpec root = Cli.commandLine(sink(), sink(), ZH).getCommandSpec();
        Map<String, String> chinese = texts(root);
        Set<String> kept = new HashSet<>(KEPT);
        walk(root, spec -> {
            kept.addAll(List.of(spec.name().split("-")));
            spec.args().forEach(a -> kept.addAll(List.of(a.paramLabel().split("[^A-Za-z]+"))));
        });

        assertThat(chinese.keySet())
                .containsExactlyElementsOf(english.keySet())
                .contains(
                        "youcheng",
                        "youcheng graph metrics",
                        "youcheng user token --days",
                        "youcheng place merge DUPLICATE",
                        "youcheng import FILE",
                        "youcheng summary --help");
        List<String> untranslated = new ArrayList<>();
        chinese.forEach((where, text) -> {
            List<String> foreign = foreignWords(text, kept);
            if (text.isBlank() || text.equals(english.get(where)) || !foreign.isEmpty()) {
                untranslated.add(where + ": " + text + " " + foreign);
            }
        });
        assertThat(untranslated)
                .as("help texts without their Chinese in Help_zh.properties")
                .isEmpty();

        List<String> descriptions = new ArrayList<>();
        walk(root, spec -> descriptions.add(chinese.get(spec.qualifiedName())));
        assertThat(descriptions)
                .as("a command without its own text would show another's")
                .doesNotHaveDuplicates();
    }

    @Test
    void foreignWordsAreFoundWhereATextWasLeftInEnglish() {
        Set<String> kept = new HashSet<>(KEPT);
        assertThat(foreignWords("only ties signed on or after (1990, 1990-05 …)", kept))
                .contains("only", "ties", "after");
        assertThat(foreignWords("与 --complete-for 同用：在这一天终止（如 2025-12-31）", kept))
                .isEmpty();
        assertThat(foreignWords("H2 数据库目录（默认 ./data，或 $YOUCHENG_DB）或 jdbc:postgresql: URL", kept))
                .isEmpty();
        assertThat(foreignWords("按 score_extract.py 的规则，DIR 中有 articles/*.txt 和 gold/", kept))
                .containsExactly("DIR");
        assertThat(foreignWords("Show this help message and exit.", kept)).hasSize(6);
    }

    @Test
    void helpIsInChineseOnAChineseCommandLine() {
        CliTests.Run summary = CliTests.runIn(ZH, "summary", "--help");
        assertThat(summary.code()).isZero();
        assertThat(summary.out())
                .startsWith("用法：youcheng summary [-hV] [--json] [--db=DIR|URL] NAME")
                .contains("一个地方的友城按类型、国家和大洲统计")
                .contains("      NAME           地方名称（中文或英文）、代码（CN-370200、Q8686）或 id")
                .contains("      --json         输出一个 JSON 对象")
                .contains("  -h, --help         显示本帮助并退出。")
                .doesNotContain("Usage:", "place name", "Show this help");

        assertThat(CliTests.runIn(ZH, "--help").out()).contains("命令：", "  summary            一个地方的友城");
        assertThat(CliTests.runIn(ZH, "graph", "metrics", "--help").out())
                .contains("用法：youcheng graph metrics", "只计这些类型的结好关系", "      --json            以 JSON 输出");
        assertThat(CliTests.runIn(ZH, "user", "token", "--help").out()).contains("为账户生成个人 API 令牌", "有效天数（默认 90）");
        assertThat(CliTests.runIn(ZH, "place", "merge", "--help").out())
                .contains("把重复的地方并入", "      --dry-run      显示将移动什么，不做任何改动");
        assertThat(CliTests.runIn(ZH, "import", "--help").out())
                .contains("      --dry-run              只显示将新增、更新和不变的内容，不写入任何数据");
        assertThat(CliTests.runIn(ZH, "serve", "--help").out()).contains("HTTP 端口（默认 8080）");
        // a usage error shows the help it prints with it in the same language
        CliTests.Run missing = CliTests.runIn(ZH, "summary");
        assertThat(missing.code()).isEqualTo(Cli.USAGE);
        assertThat(missing.err()).contains("用法：youcheng summary").doesNotContain("Usage:");
    }

    @Test
    void helpStaysAsItWasInEnglish() {
        for (Map<String, String> environment : List.of(EN, Map.<String, String>of())) {
            CliTests.Run summary = CliTests.runIn(environment, "summary", "--help");
            assertThat(summary.out()).isEqualTo("""
                    Usage: youcheng summary [-hV] [--json] [--db=DIR|URL] NAME
                    A place's partners by kind, countries and continents, at its own level and
                    including its counties and districts.
                          NAME           place name (Chinese or English), code (CN-370200, Q8686)
                                           or id
                          --db=DIR|URL   H2 database directory (default ./data, or $YOUCHENG_DB) or
                                           a jdbc:postgresql: URL
                      -h, --help         Show this help message and exit.
                          --json         print one JSON object
                      -V, --version      Print version information and exit.
                    """.replace("\n", System.lineSeparator()));
            assertThat(CliTests.runIn(environment, "graph", "metrics", "--help").out())
                    .contains("Usage: youcheng graph metrics", "      --json            print JSON")
                    .contains("include ended ties");
            assertThat(CliTests.runIn(environment, "--help").out())
                    .contains(
                            "Commands:", "  place              Mend places that imports and the review queue created:");
        }
        // the help of every command, as its annotations alone write it
        Map<String, String> annotations =
                texts(new CommandLine(new YouchengCommand(new CliText(Map.of()))).getCommandSpec());
        assertThat(texts(Cli.commandLine(sink(), sink(), EN).getCommandSpec())).isEqualTo(annotations);
    }

    /** Every help text of the tree by where it stands: a command's qualified name, then its option or parameter. */
    private static Map<String, String> texts(CommandSpec root) {
        Map<String, String> texts = new LinkedHashMap<>();
        walk(root, spec -> {
            texts.put(
                    spec.qualifiedName(), String.join("\n", spec.usageMessage().description()));
            for (OptionSpec o : spec.options()) {
                texts.put(spec.qualifiedName() + " " + o.longestName(), text(o));
            }
            for (PositionalParamSpec p : spec.positionalParameters()) {
                texts.put(spec.qualifiedName() + " " + p.paramLabel(), text(p));
            }
        });
        return texts;
    }

    private static String text(ArgSpec arg) {
        return String.join("\n", arg.description());
    }

    private static void walk(CommandSpec spec, Consumer<CommandSpec> visit) {
        visit.accept(spec);
        spec.subcommands().values().forEach(sub -> walk(sub.getCommandSpec(), visit));
    }

    private static List<String> foreignWords(String text, Set<String> kept) {
        List<String> foreign = new ArrayList<>();
        Matcher m = WORD.matcher(AS_IS.matcher(text).replaceAll(" "));
        while (m.find()) {
            if (!kept.contains(m.group())) {
                foreign.add(m.group());
            }
        }
        return foreign;
    }

    private static PrintWriter sink() {
        return new PrintWriter(new StringWriter());
    }
}
