package org.youcheng.registry.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;
import org.youcheng.registry.ResolverNote;

/**
 * Finds the place a foreign name means when no place is spelt as written, among the places of its (known) country:
 * by the short form of a compound division (北威州 for 北莱茵-威斯特法伦州), else by the closest transliteration
 * ({@link Transliteration}). A spelling is accepted only when it is close enough and clearly closer than any other
 * spelling; places sharing the accepted spelling (a city and the division named after it) are all returned, for the
 * resolver's usual choice between places of one name. Runs only after an exact lookup failed, over one country.
 */
public final class SpellingMatch {

    /** How alike the spellings must be: about one character in four read differently (set on the dev sets). */
    static final double ACCEPT = 0.72;
    /** A two-character name leaves no room for a wrong character: only characters read alike. */
    static final double ACCEPT_SHORT = 0.9;
    /** How much closer the best spelling must be than the next one. */
    static final double MARGIN = 0.1;

    private final Gazetteer g;

    public SpellingMatch(Gazetteer g) {
        this.g = g;
    }

    /** A spelling of the country's places and how alike it is to the written name. */
    public record Scored(String key, double similarity, List<Gazetteer.Entry> places) {}

    /** The closest spellings (best first) and whether the best is accepted. */
    public record Result(List<Scored> candidates, boolean accepted) {
        List<Gazetteer.Entry> places() {
            return accepted ? candidates.get(0).places() : List.of();
        }

        /** The closest spellings (at most three) as a note, and that the best was taken when it was. */
        ResolverNote note(Function<Gazetteer.Entry, ResolverNote> place) {
            ResolverNote list = ResolverNote.list(candidates.stream()
                    .limit(3)
                    .map(c -> ResolverNote.of(
                            "spelt",
                            new ResolverNote(
                                    ResolverNote.OR,
                                    List.copyOf(c.places().stream().map(place).toList())),
                            String.format(java.util.Locale.ROOT, "%.2f", c.similarity())))
                    .toList());
            return accepted ? ResolverNote.of("spelling_taken", list) : list;
        }
    }

    /** Characters that qualify a name (下萨克森, 大马尼拉, 北帕默斯顿): a place with one and without it are two places. */
    private static final String QUALIFIERS = "上下东西南北中新大小老";
    /** A division's designation, no part of its name: 萨克森自由州 is 萨克森, 伏伊伏丁那自治省 伏伊伏丁那. */
    private static final java.util.regex.Pattern DESIGNATION = java.util.regex.Pattern.compile("(自由|自治|联邦|首都)+$");

    /** The country's places of the level (null: any) spelt most like the written name (full form, with suffix). */
    public Result closest(String full, String country, Level level) {
        return closest(full, g.spellings(country), level);
    }

    /** The places of these spellings (of any countries) of the level (null: any) spelt most like the written name. */
    public Result closest(String full, List<Gazetteer.Spelling> spellings, Level level) {
        List<String> written = ForeignName.keys(full).stream()
                .filter(Names::hasHan)
                .map(SpellingMatch::core)
                .distinct()
                .toList();
        Map<String, Scored> byKey = new LinkedHashMap<>();
        for (Gazetteer.Spelling s : spellings) {
            Gazetteer.Entry e = s.place();
            if (level != null && (level == Level.PROVINCE) != (e.level() == Level.PROVINCE)) {
                continue;
            }
            double best = 0;
            for (String key : keys(s.key(), e.country())) {
                for (String w : written) {
                    if (sameQualifier(w, key)) {
                        best = Math.max(best, Transliteration.similarity(w, key));
                    }
                }
            }
            if (best < ACCEPT - MARGIN) {
                continue;
            }
            Scored before = byKey.get(s.key());
            List<Gazetteer.Entry> places = before == null ? new ArrayList<>() : new ArrayList<>(before.places());
            if (!places.contains(e)) {
                places.add(e);
            }
            byKey.put(s.key(), new Scored(s.key(), best, places));
        }
        // one place under several close keys counts once, at its best key
        Map<Gazetteer.Entry, Scored> bestOfPlace = new LinkedHashMap<>();
        for (Scored sc : byKey.values()) {
            for (Gazetteer.Entry e : sc.places()) {
                Scored b = bestOfPlace.get(e);
                if (b == null || sc.similarity() > b.similarity()) {
                    bestOfPlace.put(e, sc);
                }
            }
        }
        List<Scored> ranked = bestOfPlace.values().stream()
                .distinct()
                .sorted(Comparator.comparingDouble(Scored::similarity)
                        .reversed()
                        .thenComparing(Scored::key))
                .toList();
        if (ranked.isEmpty()) {
            return new Result(List.of(), false);
        }
        Scored top = ranked.get(0);
        int length = written.stream().mapToInt(String::length).min().orElse(0);
        double accept = length <= 2 ? ACCEPT_SHORT : ACCEPT;
        boolean clear = ranked.size() < 2
                || top.similarity() - ranked.get(1).similarity() >= MARGIN
                || ranked.get(1).places().stream().allMatch(top.places()::contains);
        return new Result(ranked, top.similarity() >= accept && clear);
    }

    /** A place's key as compared: without its designation, and also without its country's name in front (古巴圣地亚哥). */
    private List<String> keys(String key, String country) {
        String core = core(key);
        for (String[] prefix : g.countryPrefixes(core)) {
            if (prefix[0].equals(country) && prefix[1].length() >= 2) {
                return List.of(core, prefix[1]);
            }
        }
        return List.of(core);
    }

    private static String core(String key) {
        String core = DESIGNATION.matcher(key).replaceAll("");
        return core.length() >= 2 ? core : key;
    }

    /** Whether both names begin with the same qualifier, or neither with one. */
    private static boolean sameQualifier(String a, String b) {
        boolean qa = QUALIFIERS.indexOf(a.charAt(0)) >= 0;
        boolean qb = QUALIFIERS.indexOf(b.charAt(0)) >= 0;
        return qa == qb && (!qa || a.charAt(0) == b.charAt(0));
    }

    /**
     * A division named by a qualifier and its country's name, shortened to the qualifier and the country's first
     * character (西澳大利亚州: 西澳, 南澳大利亚州: 南澳); null for any other name.
     */
    private String countryShortened(String nameZh) {
        String core = nameZh == null ? "" : Names.stripSuffix(Names.full(nameZh));
        if (core.length() < 4 || QUALIFIERS.indexOf(core.charAt(0)) < 0 || g.countryNamed(core.substring(1)) == null) {
            return null;
        }
        return core.substring(0, 2);
    }

    /**
     * The places of the country whose compound name shortens to the written name: the first character of each part,
     * with the suffix written (北威州 for 北莱茵-威斯特法伦州, 巴符州 for 巴登-符腾堡州). Empty unless exactly one place.
     */
    public List<Gazetteer.Entry> abbreviated(String full, String country) {
        List<Gazetteer.Entry> found = abbreviated(full, g.spellings(country));
        return found.isEmpty() ? cutShort(full, country) : found;
    }

    /**
     * The one first-level division of the country whose Chinese name begins with the name written as a division and
     * goes on (萨尔州 for 萨尔兰州, 里约州 for 里约热内卢州); empty unless exactly one.
     */
    private List<Gazetteer.Entry> cutShort(String full, String country) {
        String key = Names.key(Names.stripSuffix(full));
        if (key.length() < 2 || !Names.hasHan(key) || !ForeignName.divisionSuffix(full, country)) {
            return List.of();
        }
        List<Gazetteer.Entry> found = new ArrayList<>();
        for (Gazetteer.Spelling s : g.spellings(country)) {
            Gazetteer.Entry e = s.place();
            if (e.level() == Level.PROVINCE
                    && !found.contains(e)
                    && s.key().length() > key.length()
                    && s.key().startsWith(key)
                    && Names.hasHan(s.key())) {
                found.add(e);
            }
        }
        return found.size() == 1 ? found : List.of();
    }

    /** The one place of these spellings (of any countries) whose compound name shortens to the written name. */
    public List<Gazetteer.Entry> abbreviated(String full, List<Gazetteer.Spelling> spellings) {
        String key = Names.stripSuffix(full);
        if (key.length() < 2 || key.length() == full.length() || !Names.hasHan(key)) {
            return List.of();
        }
        List<Gazetteer.Entry> found = new ArrayList<>();
        for (Gazetteer.Spelling s : spellings) {
            Gazetteer.Entry e = s.place();
            if (!found.contains(e)
                    && (key.equals(ForeignName.abbreviation(e.nameZh())) || key.equals(countryShortened(e.nameZh())))
                    && ForeignName.divisionSuffix(full, e.country()) == (e.level() == Level.PROVINCE)) {
                found.add(e);
            }
        }
        return found.size() == 1 ? found : List.of();
    }
}
