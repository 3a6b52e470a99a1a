package org.youcheng.registry.internal;

import java.util.ArrayList;
import java.util.List;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;
import org.youcheng.registry.ResolverNote;

/**
 * A foreign name written with no country, that no place bears as written (沙捞越, 圣堡罗市, 夸纳省, 印州): the one state
 * whose short form it is ({@link StateShortForm}), else the notable place of any country (a first-level division, or a
 * city of {@value #NOTABLE} people or more) whose name it shortens or is spelt most like, when one is clearly closest. Without a country the search spans the world, so it asks for a closer
 * spelling than {@link SpellingMatch} does within one country, and it leaves China's own places out (the partner is
 * foreign). The note says the country was not written and names the candidates.
 */
public final class WorldSpelling {

    /** The population from which a city is known well enough to be written without its country. */
    static final long NOTABLE = 300_000;
    /** How alike the spellings must be across the world (stricter than within one country). */
    static final double ACCEPT = 0.8;

    private final Gazetteer g;
    private final PlaceNotes notes;
    private final ForeignLookup lookup;
    private final StateShortForm shortForms;
    private List<Gazetteer.Spelling> notable;

    public WorldSpelling(Gazetteer g, ForeignLookup lookup, PlaceNotes notes) {
        this.g = g;
        this.lookup = lookup;
        this.notes = notes;
        this.shortForms = new StateShortForm(g);
    }

    public ForeignLookup.Choice read(ForeignName fn, ForeignLookup.Choice none) {
        ForeignLookup.Choice inState = afterShortForm(fn, none);
        if (!inState.found().isEmpty()) {
            return inState;
        }
        SpellingMatch spelling = new SpellingMatch(g);
        String full = fn.full();
        List<Gazetteer.Spelling> places = notable();
        ForeignLookup.Choice short_ = orRead(
                orRead(none, lookup.stateShortForm(full, null), "state_short_form", fn.written()),
                spelling.abbreviated(full, places),
                "short_form",
                fn.written());
        if (!short_.found().isEmpty()) {
            return short_;
        }
        boolean division = ForeignName.divisionSuffix(full, null);
        SpellingMatch.Result close = spelling.closest(full, places, division ? Level.PROVINCE : null);
        if (!close.accepted() || close.candidates().get(0).similarity() < ACCEPT) {
            // spelt like no well-known place: the place of any country the model of sounds reads clearly
            LatinReading.Result read = new LearnedReading(g).closest(full, null, division ? Level.PROVINCE : null);
            return read.accepted()
                    ? none.with(
                            read.places(),
                            ResolverNote.of("learned_world", fn.written(), LearnedReading.note(read, notes::place)))
                    : none;
        }
        return none.with(close.places(), ResolverNote.of("world_spelling", fn.written(), close.note(notes::place)));
    }

    /**
     * A state's short form in front (加州马德拉市) stands for several states of the world (California, Kaliningrad
     * …): the one state that may hold a place of the rest as spelt (a place filed under no state may lie in any),
     * else the one in which the rest reads clearly by its sounds as a place filed there (Madera, California). None
     * when the rest is found so in none or in several.
     */
    private ForeignLookup.Choice afterShortForm(ForeignName fn, ForeignLookup.Choice none) {
        String full = fn.full();
        if (full.length() < 5 || !StateShortForm.is(full.substring(0, 2))) {
            return none;
        }
        String rest = full.substring(2);
        Level level = ForeignName.divisionSuffix(rest, null) ? Level.PROVINCE : Level.CITY;
        List<Gazetteer.Entry> states = shortForms.divisions(full.substring(0, 2), null);
        ForeignLookup.Choice spelt = inOneState(states, none, state -> {
            List<Gazetteer.Entry> in = lookup.below(rest, state.country()).stream()
                    .filter(p -> LearnedReading.mayLieIn(g, p, List.of(state)))
                    .toList();
            return in.isEmpty() ? none : none.with(in, ResolverNote.of("state_short_form", fn.written(), state.name()));
        });
        if (spelt == null || !spelt.found().isEmpty()) {
            return spelt == null ? none : spelt; // spelt so in two states, the short form says too little
        }
        ForeignLookup.Choice heard = inOneState(states, none, state -> {
            LatinReading.Result read = new LearnedReading(g).closest(rest, state.country(), level, List.of(state));
            if (!read.accepted()) {
                read = new LatinReading(g).closest(rest, state.country(), level, List.of(state));
            }
            List<Gazetteer.Entry> in =
                    read.places().stream().filter(p -> g.within(p, state.id())).toList();
            return in.isEmpty()
                    ? none
                    : none.with(
                            in,
                            ResolverNote.of("short_form_read", fn.written(), state.name(), read.note(notes::place)));
        });
        return heard == null ? none : heard;
    }

    /** The one state's choice that found places; {@code none} when no state's did, null when two did. */
    private static ForeignLookup.Choice inOneState(
            List<Gazetteer.Entry> states,
            ForeignLookup.Choice none,
            java.util.function.Function<Gazetteer.Entry, ForeignLookup.Choice> read) {
        ForeignLookup.Choice found = none;
        for (Gazetteer.Entry state : states) {
            ForeignLookup.Choice c = read.apply(state);
            if (!c.found().isEmpty()) {
                if (!found.found().isEmpty()) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    /** The choice when it found places; else the places read another way, said by the clause {@code code}. */
    static ForeignLookup.Choice orRead(
            ForeignLookup.Choice choice, List<Gazetteer.Entry> places, String code, String written) {
        return !choice.found().isEmpty() || places.isEmpty()
                ? choice
                : choice.with(
                        places, ResolverNote.of(code, written, places.get(0).name()));
    }

    private synchronized List<Gazetteer.Spelling> notable() {
        if (notable == null) {
            List<Gazetteer.Spelling> all = new ArrayList<>();
            g.forEachKey((key, entries) -> {
                for (Gazetteer.Entry e : entries) {
                    if (!"CN".equals(e.country())
                            && Names.hasHan(key)
                            && (e.level() == Level.PROVINCE || g.population(e.id()) >= NOTABLE)) {
                        all.add(new Gazetteer.Spelling(key, e));
                    }
                }
            });
            notable = List.copyOf(all);
        }
        return notable;
    }
}
