package org.youcheng.registry.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.youcheng.common.Tsv;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;

/**
 * Natural Earth's populated places (refdata/naturalearth): every national capital and the larger towns of the world,
 * with population, former and alternative names. Each point is merged into the Wikidata place it is (same Wikidata id;
 * else same country, a shared name and, where both have coordinates, within 30 km), adding its names, population
 * and position; the others become foreign places of their own. Points on the mainland of China are left to GB/T 2260;
 * points in Taiwan, Hong Kong and Macau are in China, as everywhere in the registry.
 */
final class NaturalEarthLoader {

    private static final Map<String, String> CHINA_PART = Map.of("TW", "CN-710000");
    private static final Set<String> NOT_HERE = Set.of("CN", "HK", "MO");

    /** One point of the file. */
    record Point(
            String geonameId,
            String qid,
            String country,
            String featureClass,
            List<String> names,
            String adm1,
            Long population,
            double lat,
            double lng) {}

    private final List<Point> points = new ArrayList<>();
    /** First-level division name key → country → how many of the file's towns lie in a division of that name. */
    private final Map<String, Map<String, Integer>> countriesByAdm1 = new HashMap<>();

    NaturalEarthLoader(Set<String> knownCountries) {
        for (String[] r : Tsv.read("refdata/naturalearth/populated-places.tsv")) {
            String country = r[2];
            if (!knownCountries.contains(country) && !CHINA_PART.containsKey(country)
                    || nullIsland(Double.parseDouble(r[10]), Double.parseDouble(r[11]))) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            names.add(r[5]);
            names.add(r[4]);
            if (!r[6].isBlank()) {
                // Natural Earth's Chinese names are partly Taiwan usage (永珍 for 万象): keep both readings
                names.add(Names.simplified(r[6]));
                names.add(Names.simplifiedMainland(r[6]));
            }
            for (String a : r[7].split("\\|")) {
                names.add(a);
            }
            names.removeIf(String::isBlank);
            points.add(new Point(
                    r[0],
                    r[1],
                    country,
                    r[3],
                    List.copyOf(names),
                    r[8],
                    r[9].isBlank() ? null : Long.valueOf(r[9]),
                    Double.parseDouble(r[10]),
                    Double.parseDouble(r[11])));
            if (!r[8].isBlank() && !CHINA_PART.containsKey(country)) {
                countriesByAdm1
                        .computeIfAbsent(Names.key(r[8]), k -> new HashMap<>())
                        .merge(country, 1, Integer::sum);
            }
        }
    }

    /**
     * The country a first-level division of this name lies in: the one country with a division of the name, or, when
     * several have one, the country where the file has at least three times as many towns in it as in any other
     * (Maryland: dozens of towns in the U.S. state, one in the county of Liberia); else null.
     */
    String countryOfDivision(String englishName) {
        Map<String, Integer> c = englishName == null ? null : countriesByAdm1.get(Names.key(englishName));
        if (c == null) {
            return null;
        }
        List<Map.Entry<String, Integer>> ranked = c.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .toList();
        boolean dominant = ranked.size() == 1
                || ranked.get(0).getValue() >= 3 * ranked.get(1).getValue();
        String code = ranked.get(0).getKey();
        return dominant && !NOT_HERE.contains(code) ? code : null;
    }

    /**
     * Whether a position is 0° N, 0° E: open data writes it for a position it lacks (Natural Earth has a row that mixes
     * Oymyakon's names with "Null Island" there); no town lies there, and the point would carry a town's names into
     * the gulf of Guinea.
     */
    static boolean nullIsland(double lat, double lng) {
        return lat == 0 && lng == 0;
    }

    /** The points read, in the file's order. */
    List<Point> points() {
        return List.copyOf(points);
    }

    /** Merges the points into the foreign places; returns the places made of the points that matched none. */
    List<PlaceRow> merge(List<PlaceRow> foreign) {
        return merge(points, foreign, "naturalearth", "NE-");
    }

    /**
     * Merges points of a gazetteer into the foreign places (same Wikidata id, same GeoNames id, else a shared name
     * nearby); the points that matched none become places of their own, coded {@code codePrefix} + GeoNames id.
     * Returns those new places. A place keeps the first population it was given.
     */
    static List<PlaceRow> merge(List<Point> points, List<PlaceRow> foreign, String origin, String codePrefix) {
        Map<String, PlaceRow> byCode = new HashMap<>();
        Map<String, PlaceRow> byGeonameId = new HashMap<>();
        Map<String, List<PlaceRow>> byCountryKey = new HashMap<>();
        Map<String, List<PlaceRow>> provinces = new HashMap<>();
        for (PlaceRow p : foreign) {
            byCode.put(p.code, p);
            if (p.geonameId != null) {
                byGeonameId.put(p.geonameId, p);
            }
            for (String alias : p.aliases) {
                byCountryKey
                        .computeIfAbsent(p.country + "|" + Names.key(alias), k -> new ArrayList<>(1))
                        .add(p);
            }
            if (p.level == Level.PROVINCE && p.nameEn != null) {
                provinces
                        .computeIfAbsent(p.country + "|" + Names.key(p.nameEn), k -> new ArrayList<>(1))
                        .add(p);
            }
        }
        List<PlaceRow> made = new ArrayList<>();
        for (Point pt : points) {
            String country = CHINA_PART.containsKey(pt.country()) ? "CN" : pt.country();
            if (NOT_HERE.contains(pt.country())) {
                continue;
            }
            PlaceRow place = pt.qid().isEmpty() ? null : byCode.get(pt.qid());
            if (place == null && !pt.geonameId().isEmpty()) {
                place = byGeonameId.get(pt.geonameId());
            }
            if (place == null) {
                place = SamePlace.byName(pt, country, byCountryKey);
            }
            if (place == null
                    && !"naturalearth".equals(origin)
                    && SamePlace.unplacedNamesakes(pt, country, byCountryKey) > 0) {
                // a town of GeoNames that may be one of several places of its name without a position: which one is
                // not known, and a copy beside them would be a duplicate that takes its ties
                continue;
            }
            if (place == null) {
                String code = pt.qid().isEmpty() ? codePrefix + pt.geonameId() : pt.qid();
                if (byCode.containsKey(code)) {
                    continue;
                }
                place = new PlaceRow(code, Level.CITY, country, origin);
                place.nameEn = pt.names().get(0);
                place.nameZh =
                        pt.names().stream().filter(Names::hasHan).findFirst().orElse(null);
                place.parentCode = CHINA_PART.get(pt.country());
                place.needsReview = false;
                byCode.put(code, place);
                made.add(place);
            }
            place.aliases.addAll(pt.names());
            if (place.geonameId == null && !pt.geonameId().isEmpty()) {
                place.geonameId = pt.geonameId();
                byGeonameId.put(pt.geonameId(), place);
            }
            if (place.nameZh == null) {
                place.nameZh =
                        pt.names().stream().filter(Names::hasHan).findFirst().orElse(null);
            }
            if (place.lat == null) {
                place.lat = pt.lat();
                place.lng = pt.lng();
            }
            if (pt.population() != null && pt.population() > 0 && place.population == null) {
                place.population = pt.population();
            }
            if (place.parentCode == null && !pt.adm1().isBlank() && place.level != Level.PROVINCE) {
                List<PlaceRow> region = provinces.getOrDefault(country + "|" + Names.key(pt.adm1()), List.of());
                if (region.size() == 1) {
                    place.parentCode = region.get(0).code;
                }
            }
        }
        return made;
    }
}
