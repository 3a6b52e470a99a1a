package org.youcheng.registry.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.youcheng.common.Tsv;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;

/**
 * Japan's municipalities that no other source names (refdata/japan): the towns and villages that GeoNames' populated
 * places of 500 people or more leave out (甲佐町 Kosa, 東串良町 Higashikushira), which Chinese tables write in their
 * kanji. Each is made a place under its prefecture, named in kanji (as Chinese writes it, simplified) and by the
 * reading of its name in Latin letters; it has no position, since the source gives none. A municipality one of whose
 * names a Japanese place already has is left to that place: the source adds nothing to it, and a namesake in another
 * prefecture would be merged wrongly.
 */
final class JapanMunicipalityLoader {

    /** The municipalities made places, each under its prefecture when the reference data has that prefecture. */
    List<PlaceRow> addTo(List<PlaceRow> foreign) {
        Set<String> known = new HashSet<>();
        Map<String, String> prefectures = new HashMap<>();
        for (PlaceRow p : foreign) {
            if (!"JP".equals(p.country)) {
                continue;
            }
            for (String alias : p.aliases) {
                known.add(Names.key(alias));
            }
            known.add(Names.key(p.nameEn));
            known.add(Names.key(p.nameZh));
            if (p.level == Level.PROVINCE && p.nameEn != null) {
                prefectures.putIfAbsent(Names.key(p.nameEn), p.code);
            }
        }
        List<PlaceRow> made = new ArrayList<>();
        for (String[] r : Tsv.read("refdata/japan/municipalities.tsv")) {
            Set<String> names = new LinkedHashSet<>();
            names.add(r[5]);
            names.addAll(GeoNamesLoader.chineseForms(r[3] + r[4]));
            if (names.stream().anyMatch(n -> known.contains(Names.key(n)))) {
                continue;
            }
            PlaceRow place = new PlaceRow("JPM-" + r[0], Level.CITY, "JP", "japan");
            place.nameEn = r[5];
            place.nameZh = names.stream().filter(Names::hasHan).findFirst().orElse(null);
            place.parentCode = prefectures.get(Names.key(r[2]));
            place.needsReview = false;
            place.aliases.addAll(names);
            made.add(place);
        }
        return made;
    }
}
