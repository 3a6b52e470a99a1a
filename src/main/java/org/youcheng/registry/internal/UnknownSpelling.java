package org.youcheng.registry.internal;

import java.util.ArrayList;
import java.util.List;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;
import org.youcheng.registry.ResolverNote;

/**
 * No place has a foreign name as written, in a known country: the Latin name written beside it (奈良市 Nara); the name
 * after a region in front that the gazetteer does not know (马里兰州巴尔的摩市); the short form of a compound division
 * (北威州); else the closest spelling (卡迪夫市 for 加的夫), see {@link SpellingMatch}; else the place read by its sounds
 * ({@link LatinReading}). Each way says so in the note, with the candidates it weighed.
 */
public final class UnknownSpelling {

    private final Gazetteer g;
    private final ForeignLookup lookup;
    private final PlaceNotes notes;

    public UnknownSpelling(Gazetteer g, ForeignLookup lookup, PlaceNotes notes) {
        this.g = g;
        this.lookup = lookup;
        this.notes = notes;
    }

    /** With no country written: a region in front that no place bears, when the rest names one country's places. */
    public ForeignLookup.Choice afterUnreadRegion(ForeignName fn, ForeignLookup.Choice none) {
        return UnreadRegion.read(lookup, fn, null, none);
    }

    public ForeignLookup.Choice read(ForeignName fn, String country, ForeignLookup.Choice none) {
        ForeignLookup.Choice latin = byLatin(fn, country, none);
        if (!latin.found().isEmpty()) {
            return latin;
        }
        String full = fn.full();
        ForeignLookup.Choice state =
                WorldSpelling.orRead(none, lookup.stateShortForm(full, country), "state_short_form", fn.written());
        if (!state.found().isEmpty()) {
            return state;
        }
        ForeignLookup.Choice unreadRegion = UnreadRegion.read(lookup, fn, country, none);
        if (!unreadRegion.found().isEmpty()) {
            return unreadRegion;
        }
        SpellingMatch spelling = new SpellingMatch(g);
        ForeignLookup.Choice short_ =
                WorldSpelling.orRead(none, spelling.abbreviated(full, country), "short_form", fn.written());
        if (!short_.found().isEmpty()) {
            return short_;
        }
        boolean division = ForeignName.divisionSuffix(full, country);
        Level level = division ? Level.PROVINCE : full.endsWith("市") ? Level.CITY : null;
        List<Gazetteer.Entry> namesakes = TranslatedNamesake.in(g, full, country, level);
        if (!namesakes.isEmpty()) {
            return found(none, namesakes, List.of(ResolverNote.of("translated_namesake", fn.written())));
        }
        SpellingMatch.Result close = spelling.closest(full, country, division ? Level.PROVINCE : null);
        LatinReading.Result heard = new LatinReading(g).closest(full, country, level);
        List<Gazetteer.Entry> regions = regions(fn, country, none);
        if (!regions.isEmpty() && !close.accepted() && !heard.accepted()) {
            // read over the country, nothing was clear: the region written in front bounds the readings (德克萨斯州
            // 爱迪逊市: the Addison of Texas, no longer weighed against those of other states, nor Madison elsewhere)
            close = spelling.closest(full, inRegions(g.spellings(country), regions), division ? Level.PROVINCE : null);
            heard = new LatinReading(g).closest(full, country, level, regions);
        }
        Learned reading = learned(fn, country, level, none);
        LatinReading.Result learned = reading.result();
        if (close.accepted() && LearnedReading.outweighs(learned, close.places())) {
            // a closest spelling that the letters of a clearly likelier name contradict (布力般 Blackburn, 布莱克浦)
            return learned(reading, fn, none, List.of(ResolverNote.of("close_spellings", close.note(notes::place))));
        }
        Gazetteer.Entry louder = close.accepted() ? ReadingsAgree.heardOverSpelt(heard, close) : null;
        if (louder != null) {
            // 马塞拉塔: the closest spelling (马塞拉, Macella) lacks a syllable the sounds of Macerata keep
            return found(
                    none,
                    List.of(louder),
                    List.of(
                            ResolverNote.of("not_spelt", fn.written(), heard.note(notes::place)),
                            ResolverNote.of("close_spellings", close.note(notes::place))));
        }
        if (close.accepted()) {
            List<Gazetteer.Entry> places = NamesakeCities.with(g, close.places(), full, country);
            List<ResolverNote> because = new ArrayList<>(2);
            because.add(ResolverNote.of("not_spelt", fn.written(), close.note(notes::place)));
            if (places.size() > close.places().size()) {
                because.add(ResolverNote.of("namesake_cities"));
            }
            return found(none, places, because);
        }
        List<ResolverNote> spelt = close.candidates().isEmpty()
                ? List.of()
                : List.of(ResolverNote.of("close_spellings", close.note(notes::place)));
        // the reference data knows the place by another Chinese name, or by its Latin name only: read it by its sounds
        if (learned.accepted()) {
            return learned(reading, fn, none, spelt);
        }
        if (heard.accepted()) {
            return found(
                    none,
                    heard.places(),
                    clauses(ResolverNote.of("not_spelt", fn.written(), heard.note(notes::place)), spelt));
        }
        Gazetteer.Entry both = ReadingsAgree.readAndSpelt(heard, close, g);
        if (both != null) {
            return found(
                    none,
                    List.of(both),
                    clauses(
                            ResolverNote.of("read_and_spelt", fn.written(), notes.place(both)),
                            List.of(ResolverNote.of("read_alike", heard.note(notes::place))),
                            spelt));
        }
        LatinReading.Result confirmed =
                ReadingsAgree.speltAndHeard(close, full, country, regions(fn, country, none), g);
        if (confirmed.accepted()) {
            return found(
                    none,
                    confirmed.places(),
                    clauses(ResolverNote.of("spelt_and_heard", fn.written(), confirmed.note(notes::place)), spelt));
        }
        Gazetteer.Entry agreed = ReadingsAgree.learnedAndSpelt(learned, close, full);
        if (agreed != null) {
            return found(
                    none,
                    List.of(agreed),
                    clauses(
                            ResolverNote.of("learned_and_spelt", fn.written(), notes.place(agreed)),
                            List.of(ResolverNote.of("learned_likeliest", LearnedReading.note(learned, notes::place))),
                            spelt));
        }
        return found(
                none,
                List.of(),
                clauses(
                        null,
                        spelt,
                        heard.candidates().isEmpty()
                                ? List.of()
                                : List.of(ResolverNote.of("read_alike_none", heard.note(notes::place))),
                        learned.candidates().isEmpty()
                                ? List.of()
                                : List.of(
                                        ResolverNote.of("learned_none", LearnedReading.note(learned, notes::place)))));
    }

    /** The model's reading of a name, and the region passed over in front of it when only the rest was read. */
    private record Learned(LatinReading.Result result, String front, List<Gazetteer.Entry> regions) {}

    /**
     * The model's reading of the name; where it reads none clearly and a region may be written in front (布省基尔梅斯市),
     * of the rest alone, among the places that may lie in that region when the gazetteer knows it.
     */
    private Learned learned(ForeignName fn, String country, Level level, ForeignLookup.Choice none) {
        LearnedReading reading = new LearnedReading(g);
        String full = fn.full();
        LatinReading.Result whole = reading.closest(full, country, level, regions(fn, country, none));
        String front = whole.accepted() || country == null ? null : UnreadRegion.front(lookup, full, country);
        if (front != null) {
            List<Gazetteer.Entry> regions = lookup.foreignDivisions(front, country);
            LatinReading.Result rest = reading.closest(full.substring(front.length()), country, level, regions);
            if (rest.accepted()) {
                return new Learned(rest, front, regions);
            }
        }
        return new Learned(whole, null, List.of());
    }

    /** The place the model of transliteration reads clearly, with the note of the spellings weighed. */
    private ForeignLookup.Choice learned(
            Learned read, ForeignName fn, ForeignLookup.Choice none, List<ResolverNote> spelt) {
        List<ResolverNote> front = read.front() == null
                ? List.of()
                : List.of(
                        read.regions().isEmpty()
                                ? ResolverNote.of("region_unknown", read.front())
                                : ResolverNote.of(
                                        "region_in_front",
                                        read.front(),
                                        read.regions().get(0).country()));
        return found(
                none,
                read.result().places(),
                clauses(
                        ResolverNote.of("not_spelt", fn.written(), LearnedReading.note(read.result(), notes::place)),
                        front,
                        spelt));
    }

    /**
     * The places of the Latin name written beside or inside the Chinese one (奈良市 Nara, 新州Blacktown市), in the
     * country when it is known; the choice unchanged when there is none.
     */
    public ForeignLookup.Choice byLatin(ForeignName fn, String country, ForeignLookup.Choice none) {
        if (fn.latin() == null) {
            return none;
        }
        List<Gazetteer.Entry> found = lookup.named(Names.full(fn.latin()), country);
        return found.isEmpty() ? none : none.with(found, ResolverNote.of("latin_found", fn.latin()));
    }

    /** The regions a name is known to lie in: the one found for it, or those the region written in front names. */
    private List<Gazetteer.Entry> regions(ForeignName fn, String country, ForeignLookup.Choice none) {
        if (none.region() != 0 && g.get(none.region()) != null) {
            return List.of(g.get(none.region()));
        }
        return fn.bracketed() == null ? List.of() : lookup.foreignDivisions(fn.bracketed(), country);
    }

    /** The spellings of places that may lie in one of the regions. */
    private List<Gazetteer.Spelling> inRegions(List<Gazetteer.Spelling> spellings, List<Gazetteer.Entry> regions) {
        return spellings.stream()
                .filter(s -> LearnedReading.mayLieIn(g, s.place(), regions))
                .toList();
    }

    /** The places found, in the region of the choice that found none, with why. */
    private static ForeignLookup.Choice found(
            ForeignLookup.Choice none, List<Gazetteer.Entry> places, List<ResolverNote> because) {
        return new ForeignLookup.Choice(places, none.region(), none.regionName(), because);
    }

    @SafeVarargs
    private static List<ResolverNote> clauses(ResolverNote first, List<ResolverNote>... more) {
        List<ResolverNote> all = new ArrayList<>();
        if (first != null) {
            all.add(first);
        }
        for (List<ResolverNote> m : more) {
            all.addAll(m);
        }
        return all;
    }
}
