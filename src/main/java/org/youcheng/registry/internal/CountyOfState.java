package org.youcheng.registry.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;
import org.youcheng.registry.ResolverNote;

/**
 * A county written after its state (俄亥俄州瑞奇蘭郡, 喬治亞州富頓縣, 賓夕法尼亞州德拉瓦郡): the state given, the name asks
 * for a county (郡 or 县, which both translate "county"), and a county is a place the gazetteer often knows by its Latin
 * name only. It is read by its sounds among the counties of that state alone, as {@link LatinReading} reads a name
 * among a country's places: a few dozen counties, not a country's thousands of towns, so a looser reading (0.7, with
 * the same margin over the next name) is safe where the country-wide one would take a namesake town (瑞奇蘭 is the
 * town Ridgeland as much as Richland County). Never in the countries whose names Chinese writes by their characters.
 */
public final class CountyOfState {

    /** The least combined score (sounds and letters) taken among one state's counties. */
    static final double ACCEPT = 0.7;

    private final Gazetteer g;
    private final PlaceNotes notes;

    public CountyOfState(Gazetteer g, PlaceNotes notes) {
        this.g = g;
        this.notes = notes;
    }

    public ForeignLookup.Choice read(ForeignName fn, String country, ForeignLookup.Choice none) {
        Gazetteer.Entry state = none.region() == 0 ? null : g.get(none.region());
        String full = Names.simplified(fn.full());
        if (state == null
                || state.level() != Level.PROVINCE
                || CharacterNames.notBySounds(country)
                || !(full.endsWith("郡") || full.endsWith("县"))) {
            return none;
        }
        String stem = full.substring(0, full.length() - 1).replaceAll("[-－‐—·・]", "");
        String heard = ConsonantSounds.ofChinese(stem);
        if (stem.length() < 2 || heard == null || heard.isEmpty()) {
            return none;
        }
        String letters = ConsonantSounds.pinyinLetters(stem);
        Map<Gazetteer.Entry, LatinReading.Scored> best = new LinkedHashMap<>();
        for (Gazetteer.Spelling s : g.latinSpellings(country)) {
            Gazetteer.Entry e = s.place();
            if (e.level() != Level.COUNTY || !g.within(e, state.id())) {
                continue;
            }
            String key = s.key().replaceAll("(county|parish)$", "");
            String latin = ConsonantSounds.ofLatin(key);
            if (latin.isEmpty() || !ConsonantSounds.near(heard.charAt(0), latin.charAt(0))) {
                continue;
            }
            double sim = 0.7 * ConsonantSounds.similarity(heard, latin)
                    + 0.3 * ConsonantSounds.letters(letters, ConsonantSounds.latinLetters(key));
            LatinReading.Scored before = best.get(e);
            if (before == null || sim > before.similarity()) {
                best.put(e, new LatinReading.Scored(e, e.nameEn() != null ? e.nameEn() : s.key(), key, sim));
            }
        }
        List<LatinReading.Scored> ranked = best.values().stream()
                .sorted(Comparator.comparingDouble(LatinReading.Scored::similarity)
                        .reversed()
                        .thenComparing(sc -> sc.place().id()))
                .toList();
        if (ranked.isEmpty() || ranked.get(0).similarity() < ACCEPT) {
            return none;
        }
        LatinReading.Scored top = ranked.get(0);
        boolean clear = ranked.stream()
                .filter(c -> !c.key().equals(top.key()))
                .findFirst()
                .map(next -> top.similarity() - next.similarity() >= LatinReading.MARGIN)
                .orElse(true);
        if (!clear) {
            return none;
        }
        ResolverNote read = new LatinReading.Result(ranked, true).note(notes::place);
        return new ForeignLookup.Choice(
                List.of(top.place()),
                none.region(),
                none.regionName(),
                List.of(ResolverNote.of("county_of_state", fn.written(), state.name(), read)));
    }
}
