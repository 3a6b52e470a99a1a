package org.youcheng.extract.internal;

import java.util.ArrayList;
import java.util.List;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;

/**
 * The gazetteer as a text scanner: every Chinese name key of every place (without its suffix) and every Chinese
 * country name, in tries, so that an article is read once, left to right, looking each position up.
 */
final class PlaceLexicon {

    /**
     * Administrative suffixes written after a name, longest first; the scorer and the registry strip most of them,
     * extraction also needs to see where a written name ends.
     */
    static final List<String> SUFFIXES = List.of(
            "维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治共和国", "市镇联合体", "特别自治市", "自治区", "自治州", "自治县", "自治旗", "广域市", "特别市",
            "直辖市", "联邦区", "边疆区", "联合体", "大区", "新区", "地区", "群岛", "市", "省", "州", "县", "区", "郡", "府", "道", "都", "盟", "旗",
            "镇", "町", "村", "邦", "岛", "城");

    private final Trie places = new Trie(1 << 18);
    private final List<Gazetteer.Entry[]> entries = new ArrayList<>();
    private final Trie countries = new Trie(1 << 12);
    private final List<String> countryCodes = new ArrayList<>();
    private final Trie suffixes = new Trie();
    private final Gazetteer gazetteer;

    PlaceLexicon(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        gazetteer.forEachKey((key, list) -> {
            if (key.length() >= 2 && Names.hasHan(key) && !list.isEmpty()) {
                places.put(key, entries.size());
                entries.add(list.toArray(Gazetteer.Entry[]::new));
            }
        });
        gazetteer.forEachCountryAlias((key, code) -> {
            if (key.length() >= 2 && Names.hasHan(key)) {
                countries.put(key, countryCodes.size());
                countryCodes.add(code);
            }
        });
        for (int i = 0; i < SUFFIXES.size(); i++) {
            suffixes.put(SUFFIXES.get(i), i);
        }
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    private volatile TransliterationChars transliteration;

    /** The characters transliterations are written with, counted from the gazetteer on first use. */
    TransliterationChars transliteration() {
        TransliterationChars t = transliteration;
        if (t == null) {
            t = new TransliterationChars(gazetteer);
            transliteration = t;
        }
        return t;
    }

    /** A name found at a position: where it ends and the places filed under it. */
    record PlaceHit(int end, Gazetteer.Entry[] entries) {

        /** Of the places the name may be, the one in the country (any foreign one when null) with most ties. */
        Gazetteer.Entry inCountry(String countryCode) {
            return inCountry(countryCode, "", 0, 0);
        }

        /**
         * {@link #inCountry(String)}, first among the places named as {@code text[from, to)} writes the name (大阪府 the
         * prefecture, 大阪市 the city).
         */
        Gazetteer.Entry inCountry(String countryCode, String text, int from, int to) {
            Gazetteer.Entry best = null;
            boolean bestAsWritten = false;
            for (Gazetteer.Entry e : entries) {
                if (countryCode == null ? !"CN".equals(e.country()) : countryCode.equals(e.country())) {
                    boolean asWritten = to > from
                            && e.nameZh() != null
                            && e.nameZh().length() == to - from
                            && text.startsWith(e.nameZh(), from);
                    if (best == null
                            || asWritten && !bestAsWritten
                            || asWritten == bestAsWritten && e.ties() > best.ties()) {
                        bestAsWritten = asWritten;
                        best = e;
                    }
                }
            }
            return best;
        }
    }

    /** Whether a Chinese place's name begins at {@code i} (佐世保市的厦门公园: no part of a foreign name). */
    boolean chineseAt(String s, int i, int limit, int[] scratch) {
        return chinese(place(s, i, limit, scratch));
    }

    /** Whether a hit names a Chinese place. */
    static boolean chinese(PlaceHit hit) {
        if (hit != null) {
            for (Gazetteer.Entry e : hit.entries()) {
                if ("CN".equals(e.country())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A country name found at a position. */
    record CountryHit(int end, String code) {}

    PlaceHit place(CharSequence text, int from, int limit, int[] scratch) {
        int end = places.longest(text, from, limit, scratch);
        return end < 0 ? null : new PlaceHit(end, entries.get(scratch[0]));
    }

    CountryHit country(CharSequence text, int from, int limit, int[] scratch) {
        int end = countries.longest(text, from, limit, scratch);
        return end < 0 ? null : new CountryHit(end, countryCodes.get(scratch[0]));
    }

    /** The end of the longest administrative suffix at a position, or -1. */
    int suffix(CharSequence text, int from, int limit, int[] scratch) {
        return suffixes.longest(text, from, limit, scratch);
    }

    /** Whether a written name ends with an administrative suffix. */
    static boolean endsWithSuffix(CharSequence text, int start, int end) {
        for (String s : SUFFIXES) {
            int n = s.length();
            if (end - start > n && endsWith(text, end, s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(CharSequence text, int end, String suffix) {
        for (int k = 0, n = suffix.length(); k < n; k++) {
            if (text.charAt(end - n + k) != suffix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Chinese levels ranked for a name written without its suffix: 湖南 is the province, 长沙 the city. */
    static int chineseRank(Level level) {
        return switch (level) {
            case PROVINCE -> 0;
            case PREFECTURE -> 1;
            case COUNTY -> 2;
            default -> 3;
        };
    }

    /**
     * 名古屋市加强同…, 大阪府积极…: after a place's suffix, a verb, adverb or adjective of the dictionary ends the name,
     * unless a place or a suffix begins there (光州广域市, 京畿道水原市).
     */
    boolean predicateAfterSuffix(String s, int k, int[] scratch) {
        return k >= 1 && SUFFIX_ENDS.indexOf(s.charAt(k - 1)) >= 0 && predicateAt(s, k, scratch);
    }

    /**
     * 仙台回来, 釜山举行: a verb, adverb or adjective of the dictionary at {@code k}, where no place and no suffix
     * begins: after a known name, it ends the name.
     */
    boolean predicateAt(String s, int k, int[] scratch) {
        if (k < 1 || k + 2 > s.length()) {
            return false;
        }
        int limit = Math.min(s.length(), k + 8);
        return suffix(s, k, limit, scratch) <= 0
                && place(s, k, limit, scratch) == null
                && CommonWords.predicate(s.substring(k, k + 2));
    }

    /** The last characters of places' suffixes. */
    private static final String SUFFIX_ENDS = "市州省县郡区道府都城";
}
