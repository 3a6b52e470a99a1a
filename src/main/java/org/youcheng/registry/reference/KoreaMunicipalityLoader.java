package org.youcheng.registry.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.youcheng.common.Tsv;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;

/**
 * South Korea's municipalities that no other source names (refdata/korea): the counties (군 gun) and districts (구 gu)
 * that Chinese tables write in their hanja (扶安郡 Buan, 衿川区 Geumcheon, 釜山广域市东区), which the gazetteer's
 * populated places lack. Each is made a place under its province or metropolitan city, named in hanja (simplified)
 * and in Latin letters the ways English writes it (Buan-gun, Buan County, Buan; Dong-gu, Dong District): a city (시),
 * a county (군) or a district (구). A municipality a Korean place already is, is left to it: one with its hanja with the
 * same designation or none (水原市, 水原), or a city (시) with its Latin name (Suwon). A district of one name in several
 * metropolitan cities (東區 of Busan, Daegu, Incheon …) is made in each, under its city: the region written in front
 * of it (釜山广域市东区) tells them apart.
 */
final class KoreaMunicipalityLoader {

    private static final Map<String, String> ENGLISH = Map.of("gun", "County", "gu", "District", "si", "City");

    /** The municipalities made places, each under its province when the reference data has that province. */
    List<PlaceRow> addTo(List<PlaceRow> foreign) {
        Namesakes namesakes = new Namesakes();
        Set<String> latin = new HashSet<>();
        Map<String, String> provinces = new HashMap<>();
        Map<String, PlaceRow> cities = new HashMap<>();
        for (PlaceRow p : foreign) {
            if (!"KR".equals(p.country)) {
                continue;
            }
            if (p.level == Level.PROVINCE) {
                for (String n : Namesakes.names(p)) {
                    provinces.putIfAbsent(Names.key(n), p.code);
                }
            } else {
                latin.addAll(namesakes.add(p).latin());
                if (p.level == Level.CITY) {
                    for (String n : Namesakes.names(p)) {
                        cities.merge(Names.key(n), p, KoreaMunicipalityLoader::larger);
                    }
                }
            }
        }
        List<PlaceRow> made = new ArrayList<>();
        for (String[] r : Tsv.read("refdata/korea/municipalities.tsv")) {
            String hanja = Names.simplified(r[5]);
            String designation = Names.zhSuffix(hanja);
            String bare = r[4].replaceAll("-(si|gun|gu)$", "");
            boolean known = namesakes.has(hanja, designation) || ("si".equals(r[6]) && latin.contains(Names.key(bare)));
            if (known) {
                continue;
            }
            PlaceRow place = new PlaceRow("KRM-" + r[0], level(r[6]), "KR", "korea");
            place.nameEn = r[4];
            place.nameZh = hanja;
            place.parentCode = province(provinces, r[1], r[2]);
            if (place.parentCode == null) {
                // a district of a metropolitan city (釜山廣域市東區): the city is a place of the gazetteer, not a province
                place.parentCode = metropolitanCity(cities, r[1], r[2]);
            }
            place.needsReview = false;
            place.aliases.add(r[4]);
            place.aliases.add(bare + " " + ENGLISH.get(r[6]));
            if (!"gu".equals(r[6])) {
                // a district is not named without its city (there are six 東區, Dong-gu)
                place.aliases.add(bare);
            } else if (place.parentCode != null) {
                // English writes a district with its city: Dong District, Busan; Dong-gu, Busan
                place.aliases.add(bare + " " + ENGLISH.get(r[6]) + ", " + r[1]);
                place.aliases.add(r[4] + ", " + r[1]);
            }
            place.aliases.add(hanja);
            made.add(place);
        }
        return made;
    }

    private static Level level(String designation) {
        return switch (designation) {
            case "gun" -> Level.COUNTY;
            case "gu" -> Level.DISTRICT;
            default -> Level.CITY;
        };
    }

    /**
     * The metropolitan or special city a district belongs to, as a city of the gazetteer (釜山 Busan, 서울 Seoul): by its
     * name in hanja, else in Latin letters; the most populous place of the name.
     */
    private static String metropolitanCity(Map<String, PlaceRow> cities, String english, String hanja) {
        for (String name : List.of(Names.simplified(hanja), english)) {
            PlaceRow city =
                    Names.hasHan(name) && !Names.hasHan(name.substring(0, 1)) ? null : cities.get(Names.key(name));
            if (city != null) {
                return city.code;
            }
        }
        return null;
    }

    private static PlaceRow larger(PlaceRow a, PlaceRow b) {
        long pa = a.population == null ? 0 : a.population;
        long pb = b.population == null ? 0 : b.population;
        return pb > pa ? b : a;
    }

    /** The province by its name in hanja (慶尚南道, 釜山廣域市) or in Latin letters (Seoul, Gyeonggi-do). */
    private static String province(Map<String, String> provinces, String english, String hanja) {
        for (String name : List.of(
                Names.simplified(hanja),
                english,
                english.replaceAll("-do$", ""),
                english.replaceAll("-do$", " Province"))) {
            String code = provinces.get(Names.key(name));
            if (code != null) {
                return code;
            }
        }
        return null;
    }
}
