package org.youcheng.registry.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;

/**
 * The provinces of a country whose provinces the reference data lacks as a level, from the ISO 3166-2 subdivisions of
 * the npm package iso-3166-2 (MIT; codes, types and names in the country's language): Spain's 50 provinces, Italy's
 * provinces, Belgium's ten lie under regions that the sources file as the first level, and a Chinese table writes
 * such a province as a partner (哈恩省, 那慕尔省). Most are named after their capital, so each is made a first-level
 * division shown by its ISO name and filed under "Province of" + its name only, never by the bare name, which is the capital's; a
 * province written with 省 is then found from the city by {@code ProvinceOfCity}. A country's provinces are made only
 * when the reference data knows fewer than half of them by their Latin names (a level it lacks, not a few gaps), and
 * then only those it does not know; and only where the list has regions above the provinces (a country whose
 * provinces are its first level, Korea's or South Africa's, has them from the other sources under other spellings).
 */
final class IsoProvinceLoader {

    /** A level of the list above the provinces: Belgium's and Italy's regions, Spain's autonomous communities. */
    private static final Pattern ABOVE =
            Pattern.compile("\"([A-Z]{2})-[A-Z0-9]{1,3}\":\\{type:\"[^\"]*(Region|region|community|Division)[^\"]*\"");

    private static final Pattern PROVINCE =
            Pattern.compile("\"([A-Z]{2})-([A-Z0-9]{1,3})\":\\{type:\"Province\",name:\"([^\"]+)\"}");

    private static final Set<String> CHINA = Set.of("CN", "TW", "HK", "MO");

    /** The provinces made, of the countries the reference data knows, from the list's text ({@code iso3166.min.js}). */
    List<PlaceRow> addTo(List<PlaceRow> foreign, String iso) {
        Map<String, Map<String, String>> byCountry = new LinkedHashMap<>();
        Matcher m = PROVINCE.matcher(iso);
        while (m.find()) {
            if (CHINA.contains(m.group(1))) {
                continue; // the Chinese side comes from GB/T 2260
            }
            byCountry.computeIfAbsent(m.group(1), k -> new LinkedHashMap<>()).put(m.group(2), m.group(3));
        }
        Set<String> regions = new HashSet<>();
        Matcher above = ABOVE.matcher(iso);
        while (above.find()) {
            regions.add(above.group(1));
        }
        Set<String> known = Namesakes.divisionKeys(foreign, byCountry::containsKey);
        Set<String> countries = new HashSet<>();
        for (PlaceRow p : foreign) {
            countries.add(p.country);
            // a division the ISO 3166-2 list of iso3166-2-db already gave (ISO-IE-M) is known by its code
            known.add(p.code);
        }
        List<PlaceRow> made = new ArrayList<>();
        byCountry.forEach((country, provinces) -> {
            if (!countries.contains(country) || !regions.contains(country)) {
                return; // provinces with no regions above them are a country's first level, which the data has
            }
            List<Map.Entry<String, String>> unknown = provinces.entrySet().stream()
                    .filter(e -> !known.contains(country + "/" + Names.key(e.getValue()))
                            && !known.contains("ISO-" + country + "-" + e.getKey()))
                    .toList();
            if (unknown.size() * 2 <= provinces.size()) {
                return;
            }
            for (Map.Entry<String, String> e : unknown) {
                PlaceRow place =
                        new PlaceRow("ISO2-" + country + "-" + e.getKey(), Level.PROVINCE, country, "iso3166-2");
                // shown by the name ISO gives it (Jaén, at the level of a province), filed only as "Province of Jaén":
                // the bare name's key is the capital's, and "Jaén Province" would be filed under it too
                place.nameEn = e.getValue();
                place.needsReview = false;
                place.aliases.add("Province of " + e.getValue());
                made.add(place);
            }
        });
        return made;
    }
}
