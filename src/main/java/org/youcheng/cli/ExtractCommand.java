package org.youcheng.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.youcheng.extract.ArticleFacts;
import org.youcheng.extract.ExtractService;
import org.youcheng.extract.ExtractedTie;
import org.youcheng.extract.ExtractedTotal;
import org.youcheng.extract.ReviewService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Read friendship ties and totals from Chinese articles (UTF-8 text files; a folder means its "
                    + ".txt files). Changes nothing unless --queue is given.",
            "--json prints one JSON object per article: source, relations, totals."
        })
class ExtractCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "text files or folders of .txt files")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--json", description = "one JSON object per line and article")
    boolean json;

    @Option(
            names = "--queue",
            description = "put every tie found into the review queue (nothing enters the "
                    + "registry before a person accepts it)")
    boolean queue;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files;
        try {
            files = ArticleFiles.list(paths);
        } catch (IllegalArgumentException e) {
            err.println("youcheng extract: " + e.getMessage());
            return Cli.BAD_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext ctx = AppContext.start(db.resolve(), false, Map.of())) {
            ExtractService service = ctx.getBean(ExtractService.class);
            ObjectMapper mapper = ctx.getBean(ObjectMapper.class);
            int queued = 0;
            for (Path f : files) {
                String text;
                try {
                    text = read(f);
                } catch (java.nio.charset.CharacterCodingException e) {
                    err.println("youcheng extract: " + f + " is not UTF-8 text");
                    return Cli.BAD_INPUT;
                }
                ArticleFacts facts = service.extract(f.toString(), text);
                if (queue) {
                    queued += ctx.getBean(ReviewService.class)
                            .enqueue(facts, text)
                            .size();
                }
                if (json) {
                    out.println(mapper.writeValueAsString(facts));
                } else {
                    print(CliText.of(spec), out, facts);
                }
            }
            if (queue) {
                err.println("youcheng extract: " + queued + " candidate ties queued for review");
            }
        }
        out.flush();
        return Cli.OK;
    }

    static String read(Path f) throws IOException {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static void print(CliText text, PrintWriter out, ArticleFacts facts) {
        out.println("== "
                + text.out(
                        "cli.out.extract",
                        facts.source(),
                        facts.relations().size(),
                        facts.totals().size()));
        for (ExtractedTie t : facts.relations()) {
            String kind = text.chinese() ? text.say("report.kind." + t.kind()) : t.kind();
            out.println("  " + t.domestic() + " — " + (t.partnerCountry() == null ? "" : t.partnerCountry() + " ")
                    + t.partner() + "  " + kind + (t.signed() == null ? "" : "  " + t.signed())
                    + "  [" + t.start() + "-" + t.end() + "] " + t.evidence());
        }
        for (ExtractedTotal t : facts.totals()) {
            out.println("  "
                    + text.out(
                            "cli.out.extract_total",
                            t.place(),
                            dash(t.sister()),
                            dash(t.partner()),
                            dash(t.allPartners()),
                            dash(t.countries()))
                    + (t.asOf() == null ? "" : " (" + t.asOf() + ")")
                    + "  [" + t.start() + "-" + t.end() + "] " + t.evidence());
        }
    }

    private static String dash(Integer n) {
        return n == null ? "-" : n.toString();
    }
}
