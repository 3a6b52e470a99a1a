import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.youcheng.support.Browser;

/**
 * The web benchmark (see bench/README.md): times pages of a running youcheng in headless Chromium until every chart
 * has drawn (the page's window.youchengRendered, ms since navigation), each against a peer measured in the same
 * run: the same page saved as static files (its HTML with the data inline, the same ECharts, script, CSS and world
 * map) served by `python3 -m http.server`. Also reports the JavaScript and CSS each page loads, as decoded and as
 * sent (Resource Timing).
 *
 *   java WebBench APP_URL PEER_URL PEER_DIR RUNS NAME=PATH...
 */
public class WebBench {

    public static void main(String[] args) throws Exception {
        String app = args[0];
        String peer = args[1];
        Path peerDir = Path.of(args[2]);
        int runs = Integer.parseInt(args[3]);
        Map<String, String> pages = new LinkedHashMap<>();
        for (String a : Arrays.copyOfRange(args, 4, args.length)) {
            pages.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        HttpClient http = HttpClient.newHttpClient();
        for (var e : pages.entrySet()) {
            save(http, app, e.getValue(), peerDir, e.getKey() + ".html");
        }
        System.out.println(
                "page\twhat\tcold_ms(median)\tcold_runs\twarm_ms(median)\tjs_css_decoded_bytes\tjs_css_sent_bytes");
        for (var e : pages.entrySet()) {
            String name = e.getKey();
            measure(name, "youcheng", app + e.getValue(), runs);
            measure(name, "peer", peer + "/" + name + ".html", runs);
        }
    }

    /**
     * One fresh browser per cold run (empty cache, no compiled code kept); it first settles on about:blank for two
     * seconds, so its own start-up (a dozen processes on two cores) is not timed. The warm figure is a second visit
     * in that browser.
     */
    static void measure(String page, String what, String url, int runs) {
        List<Double> cold = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        long[] weight = null;
        for (int i = 0; i < runs; i++) {
            try (Browser b = Browser.start(1280, 900)) {
                b.driver().get("about:blank");
                settle();
                cold.add(visit(b, url));
                if (weight == null) {
                    weight = weight(b);
                }
                b.driver().get("about:blank");
                settle();
                warm.add(visit(b, url));
            }
        }
        System.out.printf(
                "%s\t%s\t%.0f\t%s\t%.0f\t%d\t%d%n",
                page,
                what,
                median(cold),
                cold.stream().map(d -> String.valueOf(Math.round(d))).toList(),
                median(warm),
                weight[0],
                weight[1]);
    }

    static void settle() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static double visit(Browser b, String url) {
        b.driver().get(url);
        b.waitForCharts();
        return ((Number) b.js("return window.youchengRendered")).doubleValue();
    }

    static long[] weight(Browser b) {
        @SuppressWarnings("unchecked")
        List<Number> w = (List<Number>) b.js("""
                var d = 0, s = 0;
                performance.getEntriesByType('resource').forEach(function (r) {
                  if (/\\.(js|css)(\\?|$)/.test(r.name)) { d += r.decodedBodySize; s += r.encodedBodySize; }
                });
                return [d, s];""");
        return new long[] {w.get(0).longValue(), w.get(1).longValue()};
    }

    static double median(List<Double> xs) {
        List<Double> s = xs.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    /** The page's HTML and every file it names (scripts, CSS, the world map), at the same paths. */
    static void save(HttpClient http, String app, String path, Path dir, String file) throws Exception {
        String html = new String(get(http, app + path), java.nio.charset.StandardCharsets.UTF_8);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(file), html);
        Matcher m =
                Pattern.compile("(?:src|href)=\"(/[^\"]+\\.(?:js|css|json))\"").matcher(html);
        while (m.find()) {
            Path target = dir.resolve(m.group(1).substring(1));
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Files.write(target, get(http, app + m.group(1)));
            }
        }
    }

    static byte[] get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<InputStream> r =
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            throw new IOException(url + ": HTTP " + r.statusCode());
        }
        try (InputStream in = r.body()) {
            return in.readAllBytes();
        }
    }
}
