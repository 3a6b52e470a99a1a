package org.youcheng.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.youcheng.extract.ArticleFacts;
import org.youcheng.extract.ExtractScorer;
import org.youcheng.extract.ExtractService;
import org.youcheng.extract.TotalsScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "eval-extract",
        mixinStandardHelpOptions = true,
        description = {
            "Measure extraction against gold files: DIR holds articles/*.txt and gold/*.json (the same stem "
                    + "per article). Prints the errors, then micro precision, recall and F1 over (domestic, partner) "
                    + "pairs and over (domestic, partner, kind), by the rules of score_extract.py; the last line is the "
                    + "pair F1.",
            "With --predictions, scores that JSON-lines file (the output of extract --json) instead of " + "extracting."
        })
class EvalExtractCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Parameters(
            paramLabel = "DIR",
            description = "folder with articles/ and gold/ (or the gold folder itself " + "with --predictions)")
    Path dir;

    @Option(names = "--predictions", paramLabel = "FILE", description = "score this JSON-lines file")
    Path predictions;

    @Option(
            names = "--figures-only",
            description = "print the figures without the errors, so a held-out set can be measured without being read")
    boolean figuresOnly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Path goldDir = Files.isDirectory(dir.resolve("gold")) ? dir.resolve("gold") : dir;
        Path articles = dir.resolve("articles");
        if (!Files.isDirectory(goldDir) || (predictions == null && !Files.isDirectory(articles))) {
            err.println("youcheng eval-extract: " + dir + " needs articles/ and gold/ folders");
            return Cli.BAD_INPUT;
        }
        if (predictions != null && !Files.isRegularFile(predictions)) {
            err.println("youcheng eval-extract: no such file: " + predictions);
            return Cli.BAD_INPUT;
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, ExtractScorer.Gold> gold;
        List<Map.Entry<String, List<ExtractScorer.Tie>>> preds = new ArrayList<>();
        List<Map.Entry<String, List<ExtractScorer.Total>>> totals = new ArrayList<>();
        try {
            gold = ExtractScorer.readGold(goldDir, json);
            if (predictions != null) {
                List<String> lines = Files.readAllLines(predictions, StandardCharsets.UTF_8);
                preds.addAll(ExtractScorer.readPredictions(lines, json));
                totals.addAll(ExtractScorer.readTotals(lines, json));
            }
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            err.println("youcheng eval-extract: " + e.getMessage());
            return Cli.BAD_INPUT;
        }
        if (predictions == null) {
            try (ConfigurableApplicationContext ctx = AppContext.start(db.resolve(), false, Map.of())) {
                ExtractService service = ctx.getBean(ExtractService.class);
                for (Path f : ArticleFiles.list(List.of(articles))) {
                    ArticleFacts facts = service.extract(f.getFileName().toString(), ExtractCommand.read(f));
                    preds.add(new AbstractMap.SimpleEntry<>(
                            facts.source(),
                            facts.relations().stream()
                                    .map(ExtractScorer.Tie::of)
                                    .toList()));
                    totals.add(new AbstractMap.SimpleEntry<>(
                            facts.source(),
                            facts.totals().stream().map(ExtractScorer.Total::of).toList()));
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        ExtractScorer.Score score = ExtractScorer.score(gold, preds);
        (figuresOnly ? score.figures() : score.report()).forEach(out::println);
        // not a line of score_extract.py: the totals it does not score (gold place and counts, see ExtractScorer)
        TotalsScore totalsScore = ExtractScorer.scoreTotals(gold, totals);
        if (!figuresOnly) {
            totalsScore.errors().forEach(out::println);
        }
        out.println(totalsScore.line());
        out.flush();
        return Cli.OK;
    }
}
