package org.youcheng.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-memory index of every place by name key, for resolving names at import speed. Built from the
 * database by {@link GazetteerRepository}; places created during an import are added as they are made.
 */
public final class Gazetteer {

    /** What the resolver needs to know of a place. */
    public record Entry(long id, String nameZh, String nameEn, Level level, String country, long parentId, int ties) {
        public String name() {
            return nameZh != null ? nameZh : nameEn;
        }
    }

    private final Map<Long, Entry> byId = new HashMap<>();
    private final Map<String, Long> idByCode = new HashMap<>();
    private final Map<String, List<Entry>> byKey = new HashMap<>();
    private final Map<String, String> countryByAlias;
    private final Map<Long, Long> population = new HashMap<>();

    Gazetteer(Map<String, String> countryByAlias) {
        this.countryByAlias = countryByAlias;
    }

    /** An empty gazetteer knowing only these countries (alias key → code); places are added with {@link #addPlace}. */
    public static Gazetteer withCountries(Map<String, String> countryByAlias) {
        return new Gazetteer(new HashMap<>(countryByAlias));
    }

    /** Every name key with the places filed under it, for building a text scanner over all names. */
    public void forEachKey(java.util.function.BiConsumer<String, List<Entry>> action) {
        byKey.forEach(action);
    }

    /** Every country alias key with its country code. */
    public void forEachCountryAlias(java.util.function.BiConsumer<String, String> action) {
        countryByAlias.forEach(action);
    }

    public void add(Entry e, String code) {
        Entry before = byId.put(e.id(), e);
        idByCode.put(code, e.id());
        if (before == null && e.parentId() != 0) {
            children.computeIfAbsent(e.parentId(), k -> new ArrayList<>(1)).add(e.id());
        }
    }

    /** The place with this registry code (CN-370200, Q8686, YC-…), or null. */
    public Entry byCode(String code) {
        Long id = code == null ? null : idByCode.get(code.strip());
        return id == null ? null : byId.get(id);
    }

    public void name(long placeId, String key) {
        Entry e = byId.get(placeId);
        if (e == null) {
            return;
        }
        file(key, e);
        java.util.regex.Matcher designated = DESIGNATED.matcher(key);
        if (!"CN".equals(e.country()) && designated.matches()) {
            // a division by its name without the designation tables leave out: 济州特别自治道 is 济州道,
            // 世宗特别自治市 世宗市
            if (designated.group(2) != null) {
                file(designated.group(1) + designated.group(2), e);
            }
            file(designated.group(1), e);
        }
        if ("CN".equals(e.country()) && e.level().tier() >= 2) {
            // an autonomous county or prefecture by its short name: 峨边彝族自治县 is also 峨边县
            java.util.regex.Matcher m = AUTONOMOUS.matcher(key);
            if (m.matches()) {
                file(m.group(1), e);
            }
        }
    }

    private static final java.util.regex.Pattern DESIGNATED =
            java.util.regex.Pattern.compile("(\\p{IsHan}{2,}?)(?:特别自治|特别|广域|自治)(道|市|州|省)?");
    private static final java.util.regex.Pattern AUTONOMOUS =
            java.util.regex.Pattern.compile("(\\p{IsHan}{2,}?)(?:\\p{IsHan}{1,3}族)+");

    private void file(String key, Entry e) {
        List<Entry> list = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(e)) {
            list.add(e);
        }
    }

    private final Map<Long, List<Long>> children = new HashMap<>();
    private final java.util.Set<Long> tiedPairs = new java.util.HashSet<>();

    /** Records a tie between two places, for preferring a domestic side's existing partners. */
    public void tie(long a, long b) {
        tiedPairs.add(Math.min(a, b) * 1_000_000_000L + Math.max(a, b));
    }

    /** Whether two places already have a tie. */
    public boolean tied(long a, long b) {
        return tiedPairs.contains(Math.min(a, b) * 1_000_000_000L + Math.max(a, b));
    }

    /** The places directly under a place. */
    public List<Entry> children(long id) {
        return children.getOrDefault(id, List.of()).stream().map(byId::get).toList();
    }

    /** Files a place made during an import, so that later rows of the same file find it. */
    public synchronized void addPlace(Entry e, String code, String... names) {
        add(e, code);
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        for (String n : names) {
            if (n != null && !n.isBlank()) {
                String key = Names.key(n);
                name(e.id(), key);
                keys.add(key);
            }
        }
        // the spelling indexes, when built, take the new place's keys (not rebuilt for every place an import makes)
        for (String key : keys) {
            if (spellings != null && Names.hasHan(key)) {
                spellings.computeIfAbsent(e.country(), c -> new ArrayList<>()).add(new Spelling(key, e));
            }
            if (latinSpellings != null && latinKey(key)) {
                latinSpellings
                        .computeIfAbsent(e.country(), c -> new ArrayList<>())
                        .add(new Spelling(key, e));
            }
        }
    }

    private static boolean latinKey(String key) {
        return key.length() >= 3 && key.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    /** Records a place's population (a size clue between places of one name). */
    public void population(long placeId, long people) {
        population.put(placeId, people);
    }

    /** The place's population where reference data knows it, else 0. */
    public long population(long placeId) {
        return population.getOrDefault(placeId, 0L);
    }

    public Entry get(long id) {
        return byId.get(id);
    }

    public List<Entry> byKey(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /**
     * The country whose name (any alias) is this text, or null: as written; else in mainland usage (義大利 is 意大利,
     * 葉門 也门); else the one country whose name begins with it (吉尔吉斯 for 吉尔吉斯斯坦), from three characters on.
     */
    public String country(String text) {
        if (text == null) {
            return null;
        }
        String code = countryByAlias.get(Names.full(text));
        if (code == null) {
            code = countryByAlias.get(Names.full(Names.simplifiedMainland(text.strip())));
        }
        String full = Names.full(text);
        if (code == null && full.length() >= 3 && Names.hasHan(full)) {
            java.util.Set<String> codes = new java.util.HashSet<>();
            countryByAlias.forEach((alias, c) -> {
                if (alias.startsWith(full)) {
                    codes.add(c);
                }
            });
            code = codes.size() == 1 ? codes.iterator().next() : null;
        }
        return code;
    }

    /** A Chinese name key a foreign place is filed under. */
    public record Spelling(String key, Entry place) {}

    private Map<String, List<Spelling>> spellings;

    /** The Chinese name keys of a country's places, for matching a spelling the gazetteer does not have. */
    public synchronized List<Spelling> spellings(String country) {
        if (spellings == null) {
            spellings = spellingsByCountry(Names::hasHan);
        }
        return spellings.getOrDefault(country, List.of());
    }

    private Map<String, List<Spelling>> latinSpellings;

    /** The Latin name keys of a country's places (Vladivostok, Borlänge), for reading a transliteration by its sounds. */
    public synchronized List<Spelling> latinSpellings(String country) {
        if (latinSpellings == null) {
            latinSpellings = spellingsByCountry(Gazetteer::latinKey);
        }
        return latinSpellings.getOrDefault(country, List.of());
    }

    private Map<String, List<Spelling>> spellingsByCountry(java.util.function.Predicate<String> keys) {
        Map<String, List<Spelling>> all = new HashMap<>();
        byKey.forEach((key, entries) -> {
            if (keys.test(key)) {
                for (Entry e : entries) {
                    all.computeIfAbsent(e.country(), c -> new ArrayList<>()).add(new Spelling(key, e));
                }
            }
        });
        return all;
    }

    /** The country one of whose names (aliases) is exactly this text, or null. */
    public String countryNamed(String text) {
        return countryByAlias.get(Names.full(text));
    }

    /** Every country name the text starts with, longest first, as {code, rest} (刚果金沙萨: 刚果金 …, 刚果 …). */
    public List<String[]> countryPrefixes(String fullName) {
        List<String[]> found = new ArrayList<>(2);
        for (int i = Math.min(fullName.length() - 1, 16); i >= 2; i--) {
            String code = countryByAlias.get(fullName.substring(0, i));
            if (code != null) {
                String rest = fullName.substring(i);
                int form = Names.stateForm(rest); // 约旦王国克拉克市: the state form is no part of the place's name
                if (form > 0 && rest.length() - form >= 2) found.add(new String[] {code, rest.substring(form)});
                found.add(new String[] {code, rest});
            }
        }
        return found;
    }

    /** Whether {@code ancestor} is this place or above it. */
    public boolean within(Entry place, long ancestor) {
        for (Entry e = place; e != null; e = e.parentId() == 0 ? null : byId.get(e.parentId())) {
            if (e.id() == ancestor) {
                return true;
            }
        }
        return false;
    }
}
