import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.youcheng.network.graph.BrandesBetweenness;
import org.youcheng.network.graph.Graph;
import org.youcheng.network.graph.MultiSourceBreadthFirstSearch;
import org.youcheng.network.graph.PowerIterationPageRank;
import org.youcheng.network.graph.UnionFindComponents;

/**
 * youcheng's side of the graph benchmark: the same metrics as peers.py, on the classes of network/graph, in a warm
 * JVM (each metric run until warm, then the median of the measured samples). Prints one JSON object.
 *
 * usage: java -cp target/classes bench/graph/GraphBench.java EDGES SOURCES METRIC,METRIC... [RUNS]
 */
public class GraphBench {

    static final double WARM_SECONDS = 2.0;
    static final double SAMPLE_SECONDS = 0.2;

    public static void main(String[] args) throws IOException {
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        int[][] edges = load(Path.of(args[0]), index, names);
        int[] sources = Files.readAllLines(Path.of(args[1])).stream()
                .filter(s -> !s.isBlank())
                .mapToInt(s -> index.get(s.strip()))
                .toArray();
        String[] metrics = args[2].split(",");
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int n = names.size();
        long t0 = System.nanoTime();
        Graph g = Graph.of(n, edges[0], edges[1]);
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        StringBuilder json = new StringBuilder("{\"vertices\":" + n + ",\"edges\":" + g.edgeCount() + ",\"build\":"
                + buildSeconds + ",\"youcheng\":{");
        StringBuilder check = new StringBuilder();
        for (int k = 0; k < metrics.length; k++) {
            String metric = metrics[k];
            Object[] last = new Object[1];
            Supplier<Object> task = switch (metric) {
                case "degree" -> g::degrees;
                case "pagerank" -> () -> new PowerIterationPageRank().scores(g);
                case "betweenness" -> () -> new BrandesBetweenness().scores(g);
                case "components" -> () -> new UnionFindComponents().find(g);
                case "bfs" -> () -> bfs(g, sources);
                default -> throw new IllegalArgumentException("unknown metric " + metric);
            };
            double seconds = measure(task, runs, last);
            System.err.printf(Locale.ROOT, "youcheng %s: %.4f s%n", metric, seconds);
            json.append(k > 0 ? "," : "")
                    .append('"')
                    .append(metric)
                    .append("\":")
                    .append(seconds);
            switch (metric) {
                case "pagerank", "betweenness" -> {
                    double[] s = (double[]) last[0];
                    List<Integer> order = IntStream.range(0, n)
                            .boxed()
                            .sorted((a, b) -> s[a] != s[b]
                                    ? Double.compare(s[b], s[a])
                                    : names.get(a).compareTo(names.get(b)))
                            .toList();
                    check.append(",\"youcheng_")
                            .append(metric)
                            .append("_top\":[")
                            .append(order.stream()
                                    .limit(20)
                                    .map(v -> '"' + names.get(v) + '"')
                                    .collect(Collectors.joining(",")))
                            .append(']');
                    if (metric.equals("pagerank")) {
                        check.append(",\"youcheng_pagerank\":{")
                                .append(order.stream()
                                        .limit(100)
                                        .map(v -> '"' + names.get(v) + "\":" + s[v])
                                        .collect(Collectors.joining(",")))
                                .append('}');
                    }
                }
                case "components" -> {
                    var c = (UnionFindComponents.Components) last[0];
                    check.append(",\"youcheng_components\":[")
                            .append(c.count())
                            .append(",")
                            .append(Arrays.toString(Arrays.copyOf(c.sizes(), Math.min(5, c.count()))))
                            .append(']');
                }
                case "bfs" -> check.append(",\"youcheng_bfs\":").append(last[0]);
                default -> {}
            }
        }
        json.append("},\"check\":{")
                .append(check.length() > 0 ? check.substring(1) : "")
                .append("}}");
        System.out.println(json);
    }

    /** Every source's distance to every vertex (as igraph's and NetworkX's searches give); returns their sum. */
    static long bfs(Graph g, int[] sources) {
        long sum = 0;
        for (int[] row : MultiSourceBreadthFirstSearch.distances(g, sources)) {
            for (int d : row) {
                sum += Math.max(d, 0);
            }
        }
        return sum;
    }

    /**
     * Runs the task until it has run for WARM_SECONDS and at least `runs` times, then the median per call of `runs`
     * samples; a quick task is repeated within a sample until the sample lasts SAMPLE_SECONDS (as peers.py does).
     */
    static double measure(Supplier<Object> task, int runs, Object[] last) {
        long warmUntil = System.nanoTime() + (long) (WARM_SECONDS * 1e9);
        int warm = 0;
        long lastTime = 0;
        while (warm < runs || System.nanoTime() < warmUntil) {
            long t = System.nanoTime();
            last[0] = task.get();
            lastTime = System.nanoTime() - t;
            warm++;
        }
        int reps = (int) Math.max(1, SAMPLE_SECONDS * 1e9 / Math.max(1, lastTime));
        double[] times = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            for (int k = 0; k < reps; k++) {
                last[0] = task.get();
            }
            times[r] = (System.nanoTime() - t) / 1e9 / reps;
        }
        Arrays.sort(times);
        return runs % 2 == 1 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
    }

    static int[][] load(Path path, Map<String, Integer> index, List<String> names) throws IOException {
        int[] from = new int[1 << 16];
        int[] to = new int[1 << 16];
        int m = 0;
        try (BufferedReader in = Files.newBufferedReader(path)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int tab = line.indexOf('\t');
                if (m == from.length) {
                    from = Arrays.copyOf(from, m * 2);
                    to = Arrays.copyOf(to, m * 2);
                }
                from[m] = id(line.substring(0, tab), index, names);
                to[m++] = id(line.substring(tab + 1), index, names);
            }
        }
        return new int[][] {Arrays.copyOf(from, m), Arrays.copyOf(to, m)};
    }

    static int id(String name, Map<String, Integer> index, List<String> names) {
        Integer i = index.get(name);
        if (i == null) {
            i = names.size();
            index.put(name, i);
            names.add(name);
        }
        return i;
    }
}
