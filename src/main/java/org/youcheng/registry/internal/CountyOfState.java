package org.youcheng.registry.internal;

import java.util.List;
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
    private final LatinReading latin;

    public CountyOfState(Gazetteer g, PlaceNotes notes) {
        this.g = g;
        this.notes = notes;
        this.latin = new LatinReading(g);
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
        List<LatinReading.Scored> ranked = latin.ranked(
                heard,
                ConsonantSounds.pinyinLetters(stem),
                country,
                e -> e.level() == Level.COUNTY && g.within(e, state.id()),
                key -> key.replaceAll("(county|parish)$", ""),
                1,
                0);
        if (ranked.isEmpty() || ranked.get(0).similarity() < ACCEPT || !LatinReading.clear(ranked)) {
            return none;
        }
        LatinReading.Scored top = ranked.get(0);
        ResolverNote read = new LatinReading.Result(ranked, true).note(notes::place);
        return new ForeignLookup.Choice(
                List.of(top.place()),
                none.region(),
                none.regionName(),
                List.of(ResolverNote.of("county_of_state", fn.written(), state.name(), read)));
    }
}
