package org.youcheng.registry.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;

/**
 * The places of one country that the reference data already has, as a list of municipalities asks of them before it
 * makes a place: with which designations (市, 町, 郡, 区 …) each Chinese stem is written, place by place.
 */
final class Namesakes {

    /** A place's names as {@link #add} read them: whether any is in Chinese characters, and the Latin ones' keys. */
    record Written(boolean chinese, Set<String> latin) {}

    /** A place filed under a Chinese stem, with the designations it writes the stem with (none: the stem alone). */
    private record Filed(PlaceRow place, Set<String> designations) {
        boolean bears(String designation) {
            return designations.isEmpty() || designations.contains(designation);
        }
    }

    private final Map<String, List<Filed>> byStem = new HashMap<>();
    private final Map<String, List<PlaceRow>> byLatin = new HashMap<>();

    Written add(PlaceRow p) {
        Map<String, Set<String>> designations = new HashMap<>();
        Set<String> latin = new HashSet<>();
        for (String n : names(p)) {
            if (Names.hasHan(n)) {
                String full = Names.full(n);
                Set<String> of = designations.computeIfAbsent(Names.stripSuffix(full), k -> new HashSet<>());
                String designation = Names.zhSuffix(full);
                if (!designation.isEmpty()) {
                    of.add(designation);
                }
            } else {
                latin.add(Names.key(n));
            }
        }
        designations.forEach((stem, of) ->
                byStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(new Filed(p, of)));
        if (p.nameEn != null) {
            byLatin.computeIfAbsent(Names.key(p.nameEn), k -> new ArrayList<>()).add(p);
        }
        return new Written(!designations.isEmpty(), latin);
    }

    /**
     * The first-level divisions of the countries a test accepts, by country and each name's key ({@code GB/essex}):
     * what a loader of divisions must not make twice.
     */
    static Set<String> divisionKeys(List<PlaceRow> places, java.util.function.Predicate<String> country) {
        Set<String> keys = new HashSet<>();
        for (PlaceRow p : places) {
            if (p.level == Level.PROVINCE && country.test(p.country)) {
                for (String n : names(p)) {
                    keys.add(p.country + "/" + Names.key(n));
                }
            }
        }
        return keys;
    }

    /** A place's names: its aliases, its English and its Chinese name, those that are written. */
    static List<String> names(PlaceRow p) {
        List<String> names = new ArrayList<>(p.aliases);
        names.add(p.nameEn);
        names.add(p.nameZh);
        return names.stream().filter(n -> n != null && !n.isBlank()).toList();
    }

    /**
     * Whether a place already bears the name {@code written} with this designation or with none (水原 for 水原市): a
     * namesake of another designation (美浜区 for 美浜町) is another place.
     */
    boolean has(String written, String designation) {
        return byStem.getOrDefault(Names.key(written), List.of()).stream().anyMatch(f -> f.bears(designation));
    }

    /**
     * The one place that bears the name with this designation or with none, or null when none or several do (a list's
     * municipality that is a known place gives that place its region).
     */
    PlaceRow only(String written, String designation) {
        List<PlaceRow> bearing = byStem.getOrDefault(Names.key(written), List.of()).stream()
                .filter(f -> f.bears(designation))
                .map(Filed::place)
                .distinct()
                .toList();
        return bearing.size() == 1 ? bearing.get(0) : null;
    }

    /** The one place whose English name reads so (つくば, written in kana, is Tsukuba), or null. */
    PlaceRow onlyReading(String reading) {
        List<PlaceRow> rows = byLatin.getOrDefault(Names.key(reading), List.of());
        return rows.size() == 1 ? rows.get(0) : null;
    }
}
