package org.youcheng.registry.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;

/**
 * Foreign places from Wikidata: the twin-network nodes (ids, English names, coordinates) joined with the Chinese
 * and English labels of 37,000 cities and first-level divisions. Fixes the network's country coding on the way:
 * the country a label lists an item under wins over the network's point-in-polygon guess, and Taiwan, Hong Kong
 * and Macau are placed in China. Chinese items are matched to their GB/T 2260 division instead of becoming
 * places of their own.
 */
final class WikidataLoader {

    private static final Map<String, String> NETWORK_CODES =
            Map.of("CN-TW", "CN", "HK", "CN", "MO", "CN", "XC", "CY", "XS", "SO");
    private static final Map<String, String> CHINA_PART_PROVINCE =
            Map.of("中华民国", "CN-710000", "台湾", "CN-710000", "香港", "CN-810000", "澳门", "CN-820000");

    /**
     * The Wikidata classes of China's province-level divisions as the labels list them (province of China, autonomous
     * region, direct-administered municipality): their labels give the divisions their English names (陕西省 Shaanxi,
     * 内蒙古自治区 Inner Mongolia), which the division data lacks. Former provinces are other classes and stay out.
     */
    private static final java.util.Set<String> CHINA_PROVINCE_CLASSES =
            java.util.Set.of("Q1615742", "Q57362", "Q1208802");

    private static final java.util.regex.Pattern QUALIFIED =
            java.util.regex.Pattern.compile("^(\\p{IsHan}{2,}.*?)\\s*[(（][^()（）]+[)）]$");

    private final Map<String, String> countryByKey;
    private final java.util.function.Function<String, String> countryOfDivision;
    private final Map<String, PlaceRow> divisions = new HashMap<>();
    private final Map<String, List<PlaceRow>> divisionsByKey = new HashMap<>();

    /** Wikidata id → code of the place it became (itself, or the Chinese division it was matched to). */
    private final Map<String, String> codeByQid = new HashMap<>();

    WikidataLoader(
            Map<String, String> countryByKey,
            List<PlaceRow> divisionRows,
            java.util.function.Function<String, String> countryOfDivision) {
        this.countryByKey = countryByKey;
        this.countryOfDivision = countryOfDivision;
        for (PlaceRow d : divisionRows) {
            divisions.put(d.code, d);
            divisionsByKey
                    .computeIfAbsent(Names.key(d.nameZh), k -> new ArrayList<>())
                    .add(d);
        }
    }

    Map<String, String> codeByQid() {
        return codeByQid;
    }

    /** Returns the foreign places (and places in Taiwan); enriches the division rows with English names. */
    List<PlaceRow> load() {
        Map<String, Label> labels = new LinkedHashMap<>();
        for (String[] r : Tsv.read("refdata/wikidata/labels.tsv")) {
            Label l = labels.computeIfAbsent(r[0], Label::new);
            l.city |= r[1].equals("city");
            l.province |= r[1].equals("province");
            if (l.nameZh == null && !r[3].isBlank()) {
                l.nameZh = Names.simplified(r[3]);
                // a label in Taiwan usage (寮國, 永珍) also by its mainland name
                l.nameZhMainland = Names.simplifiedMainland(r[3]);
            }
            if (l.nameEn == null && !r[4].isBlank()) {
                l.nameEn = r[4];
            }
            if (l.group == null) {
                String group = Names.simplified(r[2]);
                l.chinaPart = CHINA_PART_PROVINCE.get(group);
                boolean chinaProvince = CHINA_PROVINCE_CLASSES.contains(group.split(" : ", 2)[0]);
                l.group = l.chinaPart != null || chinaProvince ? "CN" : countryByKey.get(Names.full(group));
                if (l.group == null) {
                    // a country named in Taiwan usage (突尼西亞 is 突尼斯, 紐西蘭 新西兰)
                    l.group = countryByKey.get(Names.full(Names.simplifiedMainland(r[2])));
                }
                if (l.group == null && group.contains(" : ")) {
                    l.group = divisionCountry(group, r[5], l.nameEn);
                }
            }
        }
        Map<String, PlaceRow> places = new LinkedHashMap<>();
        for (String[] n : Tsv.read("refdata/wikidata/twin-nodes.tsv")) {
            String qid = n[0];
            Label l = labels.getOrDefault(qid, new Label(qid));
            String country = l.group != null ? l.group : NETWORK_CODES.getOrDefault(n[5], n[5]);
            String chinaPart = l.chinaPart != null
                    ? l.chinaPart
                    : switch (n[5]) {
                        case "CN-TW" -> "CN-710000";
                        case "HK" -> "CN-810000";
                        case "MO" -> "CN-820000";
                        default -> null;
                    };
            if ("CN".equals(country) && chinaPart == null) {
                PlaceRow division = matchDivision(l.nameZh, n[1]);
                if (division != null) {
                    enrich(division, n[1], l, n);
                    codeByQid.put(qid, division.code);
                    continue;
                }
            }
            if (chinaPart != null && (n[1].equals("Hong Kong") || n[1].equals("Macau"))) {
                enrich(divisions.get(chinaPart), n[1], l, n);
                codeByQid.put(qid, chinaPart);
                continue;
            }
            PlaceRow p = foreign(qid, l, country == null ? NETWORK_CODES.getOrDefault(n[5], n[5]) : country);
            p.nameEn = n[1];
            p.aliases.add(n[1]);
            p.lng = Double.valueOf(n[2]);
            p.lat = Double.valueOf(n[3]);
            p.parentCode = chinaPart;
            p.needsReview = "CN".equals(p.country) && chinaPart == null;
            places.put(qid, p);
            codeByQid.put(qid, qid);
        }
        for (Label l : labels.values()) {
            if (places.containsKey(l.qid) || codeByQid.containsKey(l.qid) || l.group == null) {
                continue;
            }
            if ("CN".equals(l.group) && l.chinaPart == null) {
                PlaceRow division = matchDivision(l.nameZh, l.nameEn);
                if (division != null && l.nameEn != null) {
                    division.aliases.add(l.nameEn);
                    if (division.nameEn == null) {
                        division.nameEn = l.nameEn;
                    }
                }
                continue;
            }
            PlaceRow p = foreign(l.qid, l, l.group);
            p.parentCode = l.chinaPart;
            places.put(l.qid, p);
        }
        return new ArrayList<>(places.values());
    }

    /**
     * The country of a first-level division listed under its class ("Q50337 : prefecture of Japan", "Q35657 : U.S.
     * state") instead of a country: the country the class names, else the only country where Natural Earth has a
     * first-level division of this English name. Former and historical divisions stay out.
     */
    private String divisionCountry(String group, String groupEn, String nameEn) {
        String classes = (group + " " + Names.simplified(groupEn)).toLowerCase(java.util.Locale.ROOT);
        if (classes.contains("former")
                || classes.contains("historical")
                || classes.contains("empire")
                || classes.contains("kingdom of")) {
            return null;
        }
        for (String c : new String[] {group, Names.simplified(groupEn)}) {
            int of = c.lastIndexOf(" of ");
            if (of > 0) {
                String named = c.substring(of + 4).replaceFirst("^the ", "");
                String code = countryByKey.get(Names.full(named));
                if (code != null && !"CN".equals(code)) {
                    return code;
                }
            }
        }
        String code = countryOfDivision.apply(nameEn);
        return "CN".equals(code) ? null : code;
    }

    private PlaceRow foreign(String qid, Label l, String country) {
        PlaceRow p = new PlaceRow(qid, level(l), country, "wikidata");
        p.nameZh = l.nameZh;
        p.nameEn = l.nameEn;
        if (l.nameZh != null) {
            p.aliases.add(l.nameZh);
            p.aliases.add(l.nameZhMainland);
            // a label with its disambiguation in brackets (哈斯丁 (纽西兰), 汉密尔顿 (新西兰)) is also the name alone
            java.util.regex.Matcher m = QUALIFIED.matcher(l.nameZh);
            if (m.matches()) {
                p.aliases.add(m.group(1).strip());
            }
        }
        if (l.nameEn != null) {
            p.aliases.add(l.nameEn);
        }
        return p;
    }

    /**
     * A division listed only as one is a division; a city only as one a city. An item listed as both (a city-state:
     * 柏林, 东京都, 巴塞尔城市州, 科尼亚省 and the city of Konya) is the division when its Chinese label is written as
     * one, with a division's suffix; otherwise a city.
     */
    static Level level(boolean city, boolean province, String nameZh) {
        if (!province) {
            return Level.CITY;
        }
        return !city
                        || (nameZh != null
                                && DIVISION_LABEL
                                        .matcher(Names.simplified(nameZh))
                                        .matches())
                ? Level.PROVINCE
                : Level.CITY;
    }

    private static Level level(Label l) {
        return level(l.city, l.province, l.nameZh);
    }

    private static final java.util.regex.Pattern DIVISION_LABEL =
            java.util.regex.Pattern.compile("\\p{IsHan}{2,}(?:州|省|都|道|府|邦|大区|自治区)");

    private void enrich(PlaceRow division, String networkName, Label l, String[] node) {
        division.aliases.add(networkName);
        if (l.nameEn != null) {
            division.aliases.add(l.nameEn);
        }
        if (division.nameEn == null) {
            division.nameEn = l.nameEn != null ? l.nameEn : networkName;
        }
        division.lng = Double.valueOf(node[2]);
        division.lat = Double.valueOf(node[3]);
    }

    /** The division a Chinese Wikidata item stands for: by Chinese label, else by pinyin of the English label. */
    private PlaceRow matchDivision(String nameZh, String nameEn) {
        List<PlaceRow> found = nameZh == null ? List.of() : divisionsByKey.getOrDefault(Names.key(nameZh), List.of());
        if (found.isEmpty() && nameEn != null) {
            String en = Names.key(nameEn);
            found = divisions.values().stream()
                    .filter(d -> Names.key(d.pinyin).equals(en))
                    .toList();
        }
        return found.stream()
                .min(Comparator.comparingInt((PlaceRow d) -> d.level.tier()).thenComparing(d -> d.code))
                .orElse(null);
    }

    private static final class Label {
        final String qid;
        String nameZh;
        String nameZhMainland;
        String nameEn;
        String group;
        String chinaPart;
        boolean city;
        boolean province;

        Label(String qid) {
            this.qid = qid;
        }
    }
}
