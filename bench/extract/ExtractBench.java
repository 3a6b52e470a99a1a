import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.youcheng.YouchengApplication;
import org.youcheng.extract.ArticleFacts;
import org.youcheng.extract.ExtractService;
import org.youcheng.extract.Extractor;
import org.youcheng.registry.Places;

/**
 * The extraction benchmark (see bench/extract/README.md): a warm, single-threaded harness. Builds a corpus by
 * repeating the articles of a folder up to a size, extracts every article of it several times after a warm-up, and
 * times, in the same run, the peer: one String.indexOf scan of the same corpus for a tie word. Writes the corpus and
 * the gazetteer's Chinese names for the second peer (grep -F -f names over the corpus, run by run.sh).
 *
 *   java ExtractBench DB ARTICLES_DIR MEGABYTES ROUNDS OUT_DIR
 */
public class ExtractBench {

    public static void main(String[] args) throws Exception {
        String db = args[0];
        Path articlesDir = Path.of(args[1]);
        long target = Long.parseLong(args[2]) * 1_000_000L;
        int rounds = Integer.parseInt(args[3]);
        Path out = Path.of(args[4]);
        List<String> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(articlesDir)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        List<String> corpus = new ArrayList<>();
        long bytes = 0;
        while (bytes < target) {
            for (String a : articles) {
                corpus.add(a);
                bytes += a.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        Files.writeString(out.resolve("corpus.txt"), String.join("\n", corpus), StandardCharsets.UTF_8);
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(YouchengApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run("--youcheng.db=" + db)) {
            long t0 = System.nanoTime();
            Extractor extractor = ctx.getBean(ExtractService.class).extractor();
            System.err.printf(
                    "extractor built in %.0f ms (gazetteer read, tries, simplification table)%n",
                    (System.nanoTime() - t0) / 1e6);
            List<String> names = new ArrayList<>();
            ctx.getBean(Places.class).gazetteer().forEachKey((k, v) -> {
                if (k.length() >= 2 && k.codePoints().allMatch(Character::isIdeographic)) {
                    names.add(k);
                }
            });
            Files.write(out.resolve("names.txt"), names, StandardCharsets.UTF_8);
            double mb = bytes / 1e6;
            for (int i = 0; i < 2; i++) {
                extractAll(extractor, corpus);
                scanAll(corpus);
            }
            double[] ours = new double[rounds];
            double[] peer = new double[rounds];
            long found = 0;
            long hits = 0;
            for (int i = 0; i < rounds; i++) {
                long s = System.nanoTime();
                found = extractAll(extractor, corpus);
                ours[i] = (System.nanoTime() - s) / 1e9;
                s = System.nanoTime();
                hits = scanAll(corpus);
                peer[i] = (System.nanoTime() - s) / 1e9;
            }
            Arrays.sort(ours);
            Arrays.sort(peer);
            double o = ours[rounds / 2];
            double p = peer[rounds / 2];
            System.out.printf("corpus\t%d articles\t%.1f MB (UTF-8)%n", corpus.size(), mb);
            System.out.printf(
                    "youcheng extract\t%.3f s (median of %d)\t%.1f MB/s\t%d ties found%n", o, rounds, mb / o, found);
            System.out.printf("peer: String.indexOf(\"友好\") count\t%.3f s\t%.1f MB/s\t%d hits%n", p, mb / p, hits);
            System.out.printf("ratio youcheng/peer\t%.3f%n", p / o);
        }
    }

    static long extractAll(Extractor extractor, List<String> corpus) {
        long n = 0;
        for (int i = 0; i < corpus.size(); i++) {
            ArticleFacts f = extractor.extract("a" + i, corpus.get(i));
            n += f.relations().size() + f.totals().size();
        }
        return n;
    }

    static long scanAll(List<String> corpus) {
        long n = 0;
        for (String a : corpus) {
            for (int i = a.indexOf("友好"); i >= 0; i = a.indexOf("友好", i + 1)) {
                n++;
            }
        }
        return n;
    }
}
