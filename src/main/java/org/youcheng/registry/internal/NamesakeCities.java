package org.youcheng.registry.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;

/** The cities named after a division found by its spelling, for the usual choice of level (Nelson Region: Nelson). */
final class NamesakeCities {

    private static final Pattern DIVISION_WORD = Pattern.compile(
            "(?i)\\s+(region|district|province|prefecture|county|state|oblast|governorate|department)$");

    private NamesakeCities() {}

    /**
     * Divisions found by their spelling for a name not written as a division: with the cities of the country that
     * bear the division's English name without its designation (Nelson Region: Nelson), for the usual level choice.
     */
    static List<Gazetteer.Entry> with(Gazetteer g, List<Gazetteer.Entry> places, String full, String country) {
        if (ForeignName.divisionSuffix(full, country) || places.stream().anyMatch(e -> e.level() != Level.PROVINCE)) {
            return places;
        }
        LinkedHashSet<Gazetteer.Entry> all = new LinkedHashSet<>(places);
        for (Gazetteer.Entry division : places) {
            if (division.nameEn() == null) {
                continue;
            }
            String bare =
                    DIVISION_WORD.matcher(division.nameEn()).replaceAll("").strip();
            if (bare.length() >= 3 && !bare.equalsIgnoreCase(division.nameEn())) {
                g.byKey(Names.key(bare)).stream()
                        .filter(e -> e.country().equals(country) && e.level() != Level.PROVINCE)
                        .forEach(all::add);
            }
        }
        return List.copyOf(all);
    }
}
