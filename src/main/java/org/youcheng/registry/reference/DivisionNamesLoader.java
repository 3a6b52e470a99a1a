package org.youcheng.registry.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.youcheng.common.Tsv;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;
import org.youcheng.registry.internal.EditDistance;

/**
 * The Chinese names of first-level divisions as the Chinese Wikipedia titles their articles (refdata/iso3166, from
 * the npm package iso3166-2-db): often another form than the Wikidata label (龍仔厝府 beside 沙没沙空府 for Samut
 * Sakhon, 全羅北道 beside 全北特别自治道, 下西里西亚省 beside 下希隆斯克省). Each name is added to the division it names:
 * a first-level division of the same country one of whose names is the row's English name or English Wikipedia title,
 * with or without a generic word (Region, Voivodeship, State …); else the one division of the country whose name is
 * close to the row's, written another way (Mecklenburg-Western Pomerania for Mecklenburg-Vorpommern, 喀尔巴阡山麓省 for
 * 喀尔巴阡山省). A row that meets several divisions adds nothing: a name is never given to a place it might not be. A
 * row close to no division, and whose names no place of its country bears, is a division the other sources lack
 * (Kakheti, Adjara, Norway's counties before 2020) and becomes one (origin {@code iso3166}, code {@code ISO-} and its
 * ISO 3166-2 code).
 */
final class DivisionNamesLoader {

    /** One row of the file: a division's country, its English names and its Chinese name as written. */
    record Row(String country, String iso, List<String> english, String nameZh) {}

    /** Generic words of English division names that the other sources write or leave out (Lower Silesian Voivodeship). */
    private static final Pattern GENERIC =
            Pattern.compile("(?i)^(the |region of |province of |state of |community of )|"
                    + "( (region|voivodeship|province|state|county|prefecture|governorate|department|district|oblast|krai|"
                    + "autonomous community|autonomous region|autonomous republic|special autonomous province|"
                    + "capital territory|capital district|municipality|canton|emirate))+$");

    private final List<Row> rows = new ArrayList<>();

    DivisionNamesLoader(Set<String> knownCountries) {
        for (String[] r : Tsv.read("refdata/iso3166/divisions.tsv")) {
            if (knownCountries.contains(r[0])) {
                rows.add(new Row(r[0], r[1], List.of(r[3], r[4]), r[5]));
            }
        }
    }

    DivisionNamesLoader(List<Row> rows) {
        this.rows.addAll(rows);
    }

    /**
     * Adds each row's Chinese name to the one division it names; returns the divisions made of the rows that named
     * none (to be added to the places).
     */
    List<PlaceRow> addTo(List<PlaceRow> places) {
        Map<String, List<PlaceRow>> divisionsByKey = new HashMap<>();
        Set<String> namesInUse = new java.util.HashSet<>();
        for (PlaceRow p : places) {
            Set<String> keys = new LinkedHashSet<>();
            for (String name : p.aliases) {
                keys.addAll(englishKeys(name));
                namesInUse.add(p.country + "/" + Names.key(name));
            }
            keys.addAll(englishKeys(p.nameEn));
            namesInUse.add(p.country + "/" + Names.key(p.nameZh));
            for (String k : keys) {
                namesInUse.add(p.country + "/" + k);
                if (p.level == Level.PROVINCE) {
                    divisionsByKey
                            .computeIfAbsent(p.country + "/" + k, x -> new ArrayList<>())
                            .add(p);
                }
            }
        }
        List<PlaceRow> made = new ArrayList<>();
        for (Row row : rows) {
            Set<PlaceRow> found = new LinkedHashSet<>();
            Set<String> keys = new LinkedHashSet<>();
            for (String english : row.english()) {
                keys.addAll(englishKeys(english));
            }
            for (String k : keys) {
                found.addAll(divisionsByKey.getOrDefault(row.country() + "/" + k, List.of()));
            }
            String zh = Names.simplified(row.nameZh());
            String zhMainland = Names.simplifiedMainland(row.nameZh());
            if (found.isEmpty()) {
                for (PlaceRow p : places) {
                    if (p.level == Level.PROVINCE
                            && p.country.equals(row.country())
                            && close(row, keys, zhMainland, p)) {
                        found.add(p);
                    }
                }
                if (found.size() > 1) {
                    continue;
                }
            }
            if (found.size() == 1) {
                PlaceRow division = found.iterator().next();
                division.aliases.add(zh);
                division.aliases.add(zhMainland);
                row.english().stream().filter(e -> !e.isBlank()).forEach(division.aliases::add);
                continue;
            }
            boolean known = namesInUse.contains(row.country() + "/" + Names.key(zh))
                    || namesInUse.contains(row.country() + "/" + Names.key(zhMainland))
                    || keys.stream().anyMatch(k -> namesInUse.contains(row.country() + "/" + k));
            if (!found.isEmpty() || known || keys.isEmpty()) {
                continue;
            }
            PlaceRow division =
                    new PlaceRow("ISO-" + row.country() + "-" + row.iso(), Level.PROVINCE, row.country(), "iso3166");
            division.nameZh = zhMainland;
            division.nameEn = row.english().get(0).isBlank()
                    ? row.english().get(1)
                    : row.english().get(0);
            division.pinyin = Names.pinyin(zhMainland);
            division.aliases.add(zh);
            division.aliases.add(zhMainland);
            row.english().stream().filter(e -> !e.isBlank()).forEach(division.aliases::add);
            made.add(division);
            namesInUse.add(row.country() + "/" + Names.key(zhMainland));
            keys.forEach(k -> namesInUse.add(row.country() + "/" + k));
        }
        return made;
    }

    /** Chinese suffixes and joiners left out when two Chinese names are compared by their characters. */
    private static final Pattern ZH_GENERIC = Pattern.compile("[省州区郡府县道市地大自治共和国边疆-－·\\s]");

    /**
     * Whether a division may be the row's, written another way: their English names begin alike (eight letters, or six
     * that are most of the shorter name: Central Macedonia is not Central Greece) or are nearly the same, or their
     * Chinese names share at least half of the characters of the shorter one, two or more (suffixes left out).
     */
    static boolean close(Row row, Set<String> rowKeys, String rowZh, PlaceRow p) {
        Set<String> theirs = new LinkedHashSet<>();
        for (String name : p.aliases) {
            theirs.addAll(englishKeys(name));
        }
        theirs.addAll(englishKeys(p.nameEn));
        for (String mine : rowKeys) {
            for (String other : theirs) {
                int prefix = commonPrefix(mine, other);
                boolean alike = prefix >= 8 || prefix >= 6 && prefix * 5 >= 3 * Math.min(mine.length(), other.length());
                if (alike || similarity(mine, other) >= 0.8) {
                    return true;
                }
            }
        }
        Set<Integer> mine = chars(rowZh);
        for (String name : p.aliases) {
            if (!Names.hasHan(name)) {
                continue;
            }
            Set<Integer> other = chars(Names.simplifiedMainland(name));
            int shared = (int) mine.stream().filter(other::contains).count();
            int smaller = Math.min(mine.size(), other.size());
            if (smaller >= 2 && shared * 2 >= smaller + (smaller % 2) && shared >= 2) {
                return true;
            }
        }
        return false;
    }

    private static Set<Integer> chars(String zh) {
        Set<Integer> set = new LinkedHashSet<>();
        ZH_GENERIC.matcher(zh == null ? "" : zh).replaceAll("").codePoints().forEach(set::add);
        return set;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private static double similarity(String a, String b) {
        int longest = Math.max(a.length(), b.length());
        return longest == 0 ? 0 : 1.0 - (double) EditDistance.between(a, b) / longest;
    }

    /** The keys an English division name is matched by: as written, and without its generic word. */
    static Set<String> englishKeys(String name) {
        Set<String> keys = new LinkedHashSet<>();
        if (name == null || name.isBlank() || Names.hasHan(name)) {
            return keys;
        }
        keys.add(Names.key(name));
        String bare = GENERIC.matcher(name.strip()).replaceAll("").strip();
        if (bare.length() >= 3) {
            keys.add(Names.key(bare));
        }
        keys.remove("");
        return keys;
    }
}
