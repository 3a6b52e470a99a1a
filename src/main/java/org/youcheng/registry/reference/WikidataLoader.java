package org.youcheng.registry.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.youcheng.common.Tsv;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;
import org.youcheng.registry.reference.WikidataLabels.Label;

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
    private static final java.util.regex.Pattern QUALIFIED =
            java.util.regex.Pattern.compile("^(\\p{IsHan}{2,}.*?)\\s*[(（][^()（）]+[)）]$");

    private final WikidataLabels labels;
    private final Map<String, PlaceRow> divisions = new HashMap<>();
    private final Map<String, List<PlaceRow>> divisionsByKey = new HashMap<>();

    /** Wikidata id → code of the place it became (itself, or the Chinese division it was matched to). */
    private final Map<String, String> codeByQid = new HashMap<>();

    WikidataLoader(
            Map<String, String> countryByKey,
            List<PlaceRow> divisionRows,
            java.util.function.Function<String, String> countryOfDivision) {
        this.labels = new WikidataLabels(countryByKey, countryOfDivision);
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
        Map<String, Label> labels = this.labels.read();
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
            codeByQid.put(l.qid, l.qid);
        }
        return new ArrayList<>(places.values());
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
}
