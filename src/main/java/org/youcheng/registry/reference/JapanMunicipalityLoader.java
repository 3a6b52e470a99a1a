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
        Map<String, PlaceRow> byCode = new HashMap<>();
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
                    byCode.put(r[0], latinOnly);
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
                byCode.put(r[0], same);
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
            byCode.put(r[0], place);
        }
        Set<String> stems = new HashSet<>(); // every municipality's stem with its designation, and a city's bare
        rows.forEach(r -> GeoNamesLoader.chineseForms(r[3]).forEach(w -> {
            stems.add(Names.key(w) + r[4]);
            if ("市".equals(r[4])) {
                stems.add(Names.key(w));
            }
        }));
        formerNames(byCode, namesakes, stems);
        return made;
    }

    /**
     * The former names of the municipalities (refdata/japan/former.tsv: merged, renamed or made cities since 1970),
     * given to the place each municipality is now, as Chinese tables of ties signed before a merger write them
     * (水上町 for みなかみ町 Minakami, 松任市 for 白山市 Hakusan). A name whose stem a Japanese city or place of no
     * designation still bears, or a municipality of the same designation, is left out: the town 高松町 merged into
     * Okayama, but 高松 is Takamatsu; 水上町 is kept beside the village 水上村, a name of another designation.
     */
    private static void formerNames(Map<String, PlaceRow> byCode, Namesakes namesakes, Set<String> stems) {
        for (String[] r : Tsv.read("refdata/japan/former.tsv")) {
            PlaceRow now = byCode.get(r[3]);
            Set<String> forms = GeoNamesLoader.chineseForms(r[0]);
            String designation = r[0].substring(r[0].length() - 1);
            if (now == null
                    || forms.stream()
                            .anyMatch(w -> stems.contains(Names.key(w))
                                    || stems.contains(Names.key(w) + designation)
                                    || namesakes.has(w, "市")
                                    || namesakes.has(w, designation))) {
                continue;
            }
            now.aliases.addAll(forms);
        }
    }
}
