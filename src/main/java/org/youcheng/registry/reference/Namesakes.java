package org.youcheng.registry.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.youcheng.registry.Names;

/**
 * The places of one country that the reference data already has, as a list of municipalities asks of them before it
 * makes a place: with which designations (市, 町, 郡, 区 …) each Chinese stem is written, place by place.
 */
final class Namesakes {

    /** A place's names as {@link #add} read them: whether any is in Chinese characters, and the Latin ones' keys. */
    record Written(boolean chinese, Set<String> latin) {}

    private final Map<String, List<Set<String>>> designationsByStem = new HashMap<>();
    private final Map<String, List<PlaceRow>> placesByStem = new HashMap<>();
    private final Map<String, List<PlaceRow>> placesByLatin = new HashMap<>();

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
        designations.forEach((stem, of) -> {
            designationsByStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(of);
            placesByStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(p);
        });
        if (p.nameEn != null) {
            placesByLatin
                    .computeIfAbsent(Names.key(p.nameEn), k -> new ArrayList<>())
                    .add(p);
        }
        return new Written(!designations.isEmpty(), latin);
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
        return designationsByStem.getOrDefault(Names.key(written), List.of()).stream()
                .anyMatch(of -> of.isEmpty() || of.contains(designation));
    }

    /**
     * The one place that bears the name with this designation or with none, or null when none or several do (a list's
     * municipality that is a known place gives that place its region).
     */
    PlaceRow only(String written, String designation) {
        String stem = Names.key(written);
        List<Set<String>> of = designationsByStem.getOrDefault(stem, List.of());
        List<PlaceRow> rows = placesByStem.getOrDefault(stem, List.of());
        PlaceRow found = null;
        for (int i = 0; i < of.size(); i++) {
            if (of.get(i).isEmpty() || of.get(i).contains(designation)) {
                if (found != null && found != rows.get(i)) {
                    return null;
                }
                found = rows.get(i);
            }
        }
        return found;
    }

    /** The one place whose English name reads so (つくば, written in kana, is Tsukuba), or null. */
    PlaceRow onlyReading(String reading) {
        List<PlaceRow> rows = placesByLatin.getOrDefault(Names.key(reading), List.of());
        return rows.size() == 1 ? rows.get(0) : null;
    }
}
