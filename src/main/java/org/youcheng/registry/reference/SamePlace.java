package org.youcheng.registry.reference;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;

/**
 * Which known place a point of a gazetteer (Natural Earth, GeoNames) is: one of its country that shares a name and
 * lies near, else the only one of that name that both scripts name alike, else the only one without a position.
 */
final class SamePlace {

    private static final double MERGE_KM = 30;
    /** How far apart two sources may place a town they name alike in both scripts. */
    private static final double AGREE_KM = 100;

    private SamePlace() {}

    /** How many places of the country without a position share a name with the point. */
    static long unplacedNamesakes(
            NaturalEarthLoader.Point pt, String country, Map<String, List<PlaceRow>> byCountryKey) {
        Set<PlaceRow> found = new LinkedHashSet<>();
        for (String n : pt.names()) {
            for (PlaceRow p : byCountryKey.getOrDefault(country + "|" + Names.key(n), List.of())) {
                if (p.level != Level.PROVINCE && p.lat == null) {
                    found.add(p);
                }
            }
        }
        return found.size();
    }

    static PlaceRow byName(NaturalEarthLoader.Point pt, String country, Map<String, List<PlaceRow>> byCountryKey) {
        Set<PlaceRow> found = new LinkedHashSet<>();
        for (String n : pt.names()) {
            for (PlaceRow p : byCountryKey.getOrDefault(country + "|" + Names.key(n), List.of())) {
                if (p.level != Level.PROVINCE) {
                    found.add(p);
                }
            }
        }
        List<PlaceRow> near = found.stream()
                .filter(p -> p.lat != null && km(p.lat, p.lng, pt.lat(), pt.lng()) <= MERGE_KM)
                .toList();
        if (!near.isEmpty()) {
            return near.get(0);
        }
        if (found.size() == 1 && agrees(found.iterator().next(), pt)) {
            return found.iterator().next();
        }
        // a labelled place without coordinates: only when the name is unambiguous in its country
        List<PlaceRow> unplaced = found.stream().filter(p -> p.lat == null).toList();
        return found.size() == 1 && unplaced.size() == 1 ? unplaced.get(0) : null;
    }

    /**
     * The only place of a name in its country, whose Latin and Chinese names both are the point's, within
     * {@value #AGREE_KM} km: the same place, its two sources placing it apart (GeoNames' 那珂市 50 km from Wikidata's).
     */
    private static boolean agrees(PlaceRow p, NaturalEarthLoader.Point pt) {
        if (p.lat == null
                || p.nameEn == null
                || !Names.key(p.nameEn).equals(Names.key(pt.names().get(0)))) {
            return false;
        }
        Set<String> keys = new java.util.HashSet<>();
        p.aliases.forEach(a -> keys.add(Names.key(a)));
        return pt.names().stream().anyMatch(n -> Names.hasHan(n) && keys.contains(Names.key(n)))
                && km(p.lat, p.lng, pt.lat(), pt.lng()) <= AGREE_KM;
    }

    private static double km(double lat1, double lng1, double lat2, double lng2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lng2 - lng1);
        double a =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
