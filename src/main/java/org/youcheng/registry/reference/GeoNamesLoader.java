package org.youcheng.registry.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.youcheng.common.Tsv;
import org.youcheng.registry.Names;

/**
 * GeoNames' populated places that have a name in Chinese characters (refdata/geonames): towns of every size that the
 * Wikidata labels and Natural Earth do not name in Chinese (旺多姆, 内灘町, 阿穆尔河畔共青城), with population and
 * position. Each is merged into the place it is, as Natural Earth's points are, else becomes a place of its own; in
 * the United States and Switzerland it is filed under its state or canton, which GeoNames gives by its ISO code.
 */
final class GeoNamesLoader {

    private final List<NaturalEarthLoader.Point> points = new ArrayList<>();

    GeoNamesLoader(Set<String> knownCountries, Map<String, String> isoStates) {
        for (String[] r : Tsv.read("refdata/geonames/cities.tsv")) {
            if (!knownCountries.contains(r[1])) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            names.add(r[3]);
            names.add(r[4]);
            names.add(abbreviatedSaint(r[3]));
            for (String zh : r[5].split("\\|")) {
                names.addAll(chineseForms(zh));
            }
            names.removeIf(String::isBlank);
            long population = Long.parseLong(r[6]);
            points.add(new NaturalEarthLoader.Point(
                    r[0],
                    "",
                    r[1],
                    r[2],
                    List.copyOf(names),
                    r.length > 9 ? isoStates.getOrDefault(r[1] + "-" + r[9], "") : "",
                    population > 0 ? population : null,
                    Double.parseDouble(r[7]),
                    Double.parseDouble(r[8])));
        }
    }

    /** The countries whose GeoNames admin1 codes are the second part of their ISO 3166-2 codes (US-CA, CH-ZH). */
    private static final Set<String> ISO_ADMIN1 = Set.of("US", "CH");

    private static final Pattern ISO_STATE =
            Pattern.compile("\"(([A-Z]{2})-[A-Z]{2})\":\\{type:\"[^\"]*\",name:\"([^\"]+)\"");

    /**
     * The states and cantons of the countries in {@link #ISO_ADMIN1} by ISO code (US-CA → California), from the npm
     * package iso-3166-2 ({@code iso3166.min.js}, its text): the name of the first-level division a GeoNames town of
     * those countries lies in.
     */
    static Map<String, String> isoStates(String iso) {
        Map<String, String> states = new HashMap<>();
        Matcher m = ISO_STATE.matcher(iso);
        while (m.find()) {
            if (ISO_ADMIN1.contains(m.group(2))) {
                states.put(m.group(1), m.group(3));
            }
        }
        return states;
    }

    List<NaturalEarthLoader.Point> points() {
        return points;
    }

    /**
     * A name beginning with Sankt, Saint or Sainte as other sources write it, shortened (Sankt Pölten is St. Pölten,
     * Saint-Étienne St-Étienne), so that the point meets the place those sources made; else the name.
     */
    static String abbreviatedSaint(String name) {
        return SAINT.matcher(name).replaceFirst(m -> m.group(1).equals("Sainte") ? "Ste." : "St.");
    }

    private static final java.util.regex.Pattern OTHER_KANA =
            java.util.regex.Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}]");
    private static final java.util.regex.Pattern SAINT =
            java.util.regex.Pattern.compile("^(Sankt|Saint|Sainte)(?=[ -])");

    /**
     * A name in Chinese characters as Chinese tables may write it: simplified; a Japanese kanji name also with the
     * characters Chinese writes for the Japanese forms (内灘 → 内滩), and without the small kana Japanese writes inside
     * it, which Chinese drops or writes 之 (金ケ崎町 → 金崎町, 三ノ輪 → 三之轮).
     */
    static Set<String> chineseForms(String name) {
        Set<String> forms = new LinkedHashSet<>();
        String simplified = Names.simplified(name);
        forms.add(simplified);
        forms.add(Names.simplified(Names.japaneseForms(name)));
        for (String f : List.copyOf(forms)) {
            if (f.matches(".*[ケヶノ].*")) {
                forms.add(f.replaceAll("[ケヶ]", "").replace("ノ", "之"));
                forms.add(f.replaceAll("[ケヶノ]", ""));
            }
        }
        for (String f : List.copyOf(forms)) {
            if (f.length() >= 3 && f.endsWith("岛")) {
                // a town named by its island (巴淡岛, Batam) is written without 岛 as a town: 巴淡市
                forms.add(f.substring(0, f.length() - 1));
            }
        }
        forms.removeIf(f -> !Names.hasHan(f)
                || OTHER_KANA.matcher(f.replaceAll("[ケヶノ]", "")).find());
        return forms;
    }
}
