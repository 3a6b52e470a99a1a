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
 * reading of its name in Latin letters; it has no position, since the source gives none.
 *
 * <p>A municipality a Japanese place already is, is left to that place: one that has its kanji with the same
 * designation (館山 and 館山市 for 館山市) or with none at all (東串良 for 東串良町), or whose only names are in Latin
 * letters and give its reading. A namesake is not the same place: Japan has three towns 美浜町 (Fukui, Aichi, Wakayama) beside the ward
 * 美浜区 of Chiba, and a 加美町 in Miyagi beside the city 香美市 of Kōchi, all read Mihama or Kami; a place of the
 * same reading but other kanji or another designation leaves the municipality to be made.
 */
final class JapanMunicipalityLoader {

    /** The municipalities made places, each under its prefecture when the reference data has that prefecture. */
    List<PlaceRow> addTo(List<PlaceRow> foreign) {
        Namesakes namesakes = new Namesakes();
        Set<String> readingsWithoutKanji = new HashSet<>();
        Map<String, String> prefectures = new HashMap<>();
        for (PlaceRow p : foreign) {
            if (!"JP".equals(p.country)) {
                continue;
            }
            Namesakes.Written written = namesakes.add(p);
            if (!written.chinese()) {
                readingsWithoutKanji.addAll(written.latin());
            }
            if (p.level == Level.PROVINCE && p.nameEn != null) {
                prefectures.putIfAbsent(Names.key(p.nameEn), p.code);
            }
        }
        List<PlaceRow> made = new ArrayList<>();
        List<String[]> rows = Tsv.read("refdata/japan/municipalities.tsv");
        Map<String, Integer> sameName = new HashMap<>();
        Map<String, Integer> sameReading = new HashMap<>();
        rows.forEach(r -> {
            sameName.merge(r[3] + r[4], 1, Integer::sum);
            sameReading.merge(Names.key(r[5]), 1, Integer::sum);
        });
        for (String[] r : rows) {
            Set<String> written = GeoNamesLoader.chineseForms(r[3] + r[4]);
            String designation = r[4];
            boolean byReading = readingsWithoutKanji.contains(Names.key(r[5]));
            if (byReading && sameReading.get(Names.key(r[5])) == 1) {
                // a place known only by its Latin name (Tsubetsu) takes the kanji Chinese tables write (津別町)
                PlaceRow latinOnly = namesakes.onlyReading(r[5]);
                if (latinOnly != null
                        && latinOnly.nameZh == null
                        && latinOnly.aliases.stream().noneMatch(Names::hasHan)) {
                    latinOnly.aliases.addAll(written);
                    if (latinOnly.parentCode == null) {
                        latinOnly.parentCode = prefectures.get(Names.key(r[2]));
                    }
                }
            }
            boolean known = byReading || written.stream().anyMatch(w -> namesakes.has(w, designation));
            PlaceRow same = written.isEmpty() && !Names.hasHan(r[3])
                    ? namesakes.onlyReading(r[5]) // つくば: a name in kana, the place by its reading
                    : written.stream()
                            .map(w -> namesakes.only(w, designation))
                            .filter(java.util.Objects::nonNull)
                            .findFirst()
                            .orElse(null);
            if (same != null && same.level == Level.CITY && sameName.get(r[3] + r[4]) == 1) {
                // the list knows the prefecture of a city the other sources file without one, and the reading the
                // municipality gives itself (与那国 is Yonaguni, though GeoNames writes Yonakuni)
                if (same.parentCode == null) {
                    same.parentCode = prefectures.get(Names.key(r[2]));
                }
                if (same.nameEn != null && !Names.key(same.nameEn).equals(Names.key(r[5]))) {
                    same.aliases.add(r[5]);
                    if ("geonames".equals(same.origin)) {
                        // GeoNames may name the town by its seat (津別町 filed as Honchō, "main town", a name hundreds
                        // of places bear): the municipality's own reading names it
                        same.aliases.add(same.nameEn);
                        same.nameEn = r[5];
                    }
                }
                known = true;
            }
            if (known) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            names.add(r[5]);
            names.addAll(written);
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
