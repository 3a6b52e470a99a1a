package org.youcheng.registry.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.youcheng.common.Tsv;
import org.youcheng.registry.Names;
import org.youcheng.registry.TransliterationModel;

/**
 * The pairs of a Chinese and a Latin name of one foreign place in the bundled reference data (Wikidata's labels,
 * GeoNames' towns with a Chinese name), from which {@link TransliterationModel} learns how Chinese writes foreign
 * sounds. Places of countries that write their names in Chinese characters (Japan, the Koreas, Vietnam), or whose
 * Chinese names are not transliterations (China itself), are left out.
 */
public final class TransliterationPairs {

    /** Country groups of the Wikidata labels, as simplified, whose names are not read by their sounds. */
    private static final Set<String> NOT_BY_SOUNDS_GROUPS =
            Set.of("日本", "中华人民共和国", "中华民国", "大韩民国", "越南", "朝鲜民主主义人民共和国");

    private static final Set<String> NOT_BY_SOUNDS_COUNTRIES = Set.of("JP", "KR", "KP", "VN", "CN", "TW", "HK", "MO");

    /** The model learned from these pairs, as shipped (written by {@link #main}). */
    public static final String MODEL = "refdata/transliteration/pieces.tsv";

    private TransliterationPairs() {}

    /**
     * Learns the model from the bundled pairs and writes it to the file given ({@link #MODEL} under
     * src/main/resources): run again whenever the Wikidata labels or the GeoNames towns change.
     */
    public static void main(String[] args) throws java.io.IOException {
        List<TransliterationModel.Pair> pairs = bundled();
        TransliterationModel model = TransliterationModel.train(pairs);
        try (java.io.Writer out = java.nio.file.Files.newBufferedWriter(java.nio.file.Path.of(args[0]))) {
            model.write(
                    out,
                    "How Chinese writes the letters of foreign names: expected counts of a Latin piece with a Chinese"
                            + " character, learned by TransliterationModel from the " + pairs.size()
                            + " pairs of names of refdata/wikidata/labels.tsv and refdata/geonames/cities.tsv"
                            + " (TransliterationPairs.main writes this file).");
        }
    }

    public static List<TransliterationModel.Pair> bundled() {
        Set<TransliterationModel.Pair> pairs = new LinkedHashSet<>();
        byCountry().values().forEach(pairs::addAll);
        return new ArrayList<>(pairs);
    }

    /**
     * The pairs grouped by the country their source files them under (the Wikidata labels' group as written, the
     * GeoNames code), for the benchmark that reads held-out pairs against the other names of their country.
     */
    public static Map<String, Set<TransliterationModel.Pair>> byCountry() {
        Map<String, Set<TransliterationModel.Pair>> pairs = new LinkedHashMap<>();
        for (String[] r : Tsv.read("refdata/wikidata/labels.tsv")) {
            String group = Names.simplified(r[2]);
            if (!NOT_BY_SOUNDS_GROUPS.contains(group) && !group.endsWith("朝")) {
                add(pairs.computeIfAbsent(group, k -> new LinkedHashSet<>()), r[3], r[4]);
            }
        }
        for (String[] r : Tsv.read("refdata/geonames/cities.tsv")) {
            if (!NOT_BY_SOUNDS_COUNTRIES.contains(r[1])) {
                for (String zh : r[5].split("\\|")) {
                    add(pairs.computeIfAbsent(r[1], k -> new LinkedHashSet<>()), zh, r[4]);
                }
            }
        }
        return pairs;
    }

    private static void add(Set<TransliterationModel.Pair> pairs, String zh, String latin) {
        String han = TransliterationModel.hanKey(zh);
        String letters = TransliterationModel.latinKey(latin);
        if (han != null && letters != null) {
            pairs.add(new TransliterationModel.Pair(han, letters));
        }
    }
}
