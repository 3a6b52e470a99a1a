package org.youcheng.extract.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.youcheng.extract.ExtractScorer.Gold;
import org.youcheng.extract.ExtractScorer.Tie;
import org.youcheng.extract.ExtractScorer.Total;

/**
 * What the scorer reads: gold files, and the lines `extract --json` prints (each a source with its ties and
 * totals).
 */
public final class GoldFiles {

    private GoldFiles() {}

    /** Reads DIR/*.json (gold files), keyed by file stem in name order. */
    public static Map<String, Gold> readGold(Path dir, ObjectMapper json) {
        Map<String, Gold> gold = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList()) {
                JsonNode g;
                try {
                    g = json.readTree(f.toFile());
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new UncheckedIOException(
                            "gold file " + f + " is not JSON: " + e.getOriginalMessage() + " (line "
                                    + e.getLocation().getLineNr() + ")",
                            e);
                }
                String name = f.getFileName().toString();
                gold.put(
                        name.substring(0, name.length() - 5),
                        new Gold(
                                items(g.path("relations"), Tie::of),
                                items(g.path("optional"), Tie::of),
                                items(g.path("totals"), Total::of)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold files in " + dir + ": " + e.getMessage(), e);
        }
        return gold;
    }

    private static <T> List<T> items(JsonNode array, Function<JsonNode, T> item) {
        List<T> out = new ArrayList<>();
        array.forEach(n -> out.add(item.apply(n)));
        return out;
    }

    /** Each line's source and the items of one of its arrays (relations, totals); blank lines skipped. */
    public static <T> List<Map.Entry<String, List<T>>> bySource(
            List<String> lines, ObjectMapper json, String field, Function<JsonNode, T> item) throws IOException {
        List<Map.Entry<String, List<T>>> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode p = json.readTree(line);
            JsonNode source = p.get("source");
            out.add(new AbstractMap.SimpleEntry<>(
                    source == null || source.isNull() ? null : source.asText(), items(p.path(field), item)));
        }
        return out;
    }

    /** The gold stem a prediction's source names: its file name without .txt or .json; null when none. */
    public static String stem(String source, Map<String, Gold> gold) {
        String s = source == null ? "" : source;
        String base = s.substring(s.lastIndexOf('/') + 1);
        String stem = base.replaceFirst("\\.(txt|json)$", "");
        return gold.containsKey(stem) ? stem : null;
    }
}
