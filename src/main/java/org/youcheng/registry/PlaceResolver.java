package org.youcheng.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.youcheng.registry.internal.CandidateChoice;
import org.youcheng.registry.internal.CountryInFront;
import org.youcheng.registry.internal.CountyOfCity;
import org.youcheng.registry.internal.CountyOfState;
import org.youcheng.registry.internal.DomesticLookup;
import org.youcheng.registry.internal.ForeignLookup;
import org.youcheng.registry.internal.ForeignName;
import org.youcheng.registry.internal.KoreanReading;
import org.youcheng.registry.internal.LargerCity;
import org.youcheng.registry.internal.PlaceNotes;
import org.youcheng.registry.internal.ProvinceOfCity;
import org.youcheng.registry.internal.RegionNamesakes;
import org.youcheng.registry.internal.UnknownSpelling;
import org.youcheng.registry.internal.UnreadRegion;
import org.youcheng.registry.internal.WorldSpelling;

/**
 * Resolves names as people write them to places: 青岛, 青岛市, Qingdao and 山东省青岛市 are one place;
 * 俄罗斯彼尔姆市 is Perm in Russia; 华盛顿州塔科马市 is Tacoma under Washington. The country is the main
 * clue for a foreign name, the parent division for a Chinese one. Ambiguity on the Chinese side is an error
 * that names the candidates; on the foreign side the best-known candidate is chosen and the choice reported, in a
 * note of coded clauses ({@link ResolverNote}) that each reader's language puts into words. The work is shared out:
 * {@link DomesticLookup} for the Chinese side, {@link ForeignLookup} for a foreign name's candidates,
 * {@link UnknownSpelling} for a name no place has as written, {@link CandidateChoice} for the choice among them.
 */
public final class PlaceResolver {

    private final Gazetteer g;
    private final DomesticLookup chineseSide;
    private final ForeignLookup lookup;
    private final UnknownSpelling unknown;
    private final CandidateChoice chooser;
    private final CountryInFront inFront;
    private final LargerCity larger;
    private final KoreanReading korean;
    private final CountyOfState counties;
    private final ProvinceOfCity provinces;
    private final CountyOfCity countiesOfTowns;
    private final WorldSpelling world;

    public PlaceResolver(Gazetteer gazetteer) {
        this.g = gazetteer;
        PlaceNotes notes = new PlaceNotes(gazetteer);
        this.chineseSide = new DomesticLookup(gazetteer);
        this.lookup = new ForeignLookup(gazetteer);
        this.unknown = new UnknownSpelling(gazetteer, lookup, notes);
        this.chooser = new CandidateChoice(gazetteer, notes);
        this.inFront = new CountryInFront(gazetteer, lookup);
        this.larger = new LargerCity(gazetteer, lookup);
        this.korean = new KoreanReading(lookup);
        this.counties = new CountyOfState(gazetteer, notes);
        this.provinces = new ProvinceOfCity(gazetteer);
        this.countiesOfTowns = new CountyOfCity(gazetteer);
        this.world = new WorldSpelling(gazetteer, lookup, notes);
    }

    /**
     * The outcome: a place, or a place to be created (country and level), with a note (its clauses, empty when there
     * is nothing to say); or an error. {@code weighed}: several places fit and the choice weighed the Chinese side (its
     * level and its ties), so the same name may resolve otherwise for another Chinese side.
     */
    public record Resolution(
            Gazetteer.Entry place,
            String country,
            Level newLevel,
            String newName,
            List<ResolverNote> notes,
            String error,
            boolean weighed) {
        public Resolution {
            notes = notes == null ? List.of() : List.copyOf(notes);
        }

        public static Resolution found(Gazetteer.Entry e, List<ResolverNote> notes) {
            return new Resolution(e, e.country(), e.level(), null, notes, null, false);
        }

        public static Resolution chosen(Gazetteer.Entry e, List<ResolverNote> notes) {
            return new Resolution(e, e.country(), e.level(), null, notes, null, true);
        }

        static Resolution error(String message) {
            return new Resolution(null, null, null, null, null, message, false);
        }

        /** The note in English, or null when there is none. */
        public String note() {
            return ResolverNote.english(notes);
        }

        public boolean ok() {
            return error == null;
        }

        public boolean isNew() {
            return error == null && place == null;
        }
    }

    /** Whether a text names a country (any alias: 蒙古国, 刚果(布), Korea). */
    public boolean knowsCountry(String text) {
        return g.country(text) != null;
    }

    /** The Chinese side: a province, prefecture, county or district; never created. */
    public Resolution domestic(String name) {
        if (name == null || name.isBlank()) {
            return Resolution.error("the Chinese side is empty");
        }
        String full = Names.full(name);
        String[] cn = g.countryPrefixes(full).stream().findFirst().orElse(null);
        if (cn != null && "CN".equals(cn[0]) && !cn[1].isEmpty()) {
            full = cn[1];
        }
        List<Gazetteer.Entry> found = chineseSide.chinese(full, 0);
        if (found.isEmpty()) {
            return Resolution.error("unknown Chinese place '" + name + "'");
        }
        if (found.size() > 1) {
            return Resolution.error("'" + name + "' is ambiguous: " + chineseSide.describe(found)
                    + "; write it with its province or city, e.g. " + chineseSide.qualified(found.get(0)));
        }
        return Resolution.found(found.get(0), null);
    }

    /** The foreign side, with the country as written in its own column (may be blank) or in front of the name. */
    public Resolution partner(String name, String countryText) {
        return partner(name, countryText, null);
    }

    /**
     * The foreign side, with the Chinese side of the tie as context: its level (a province's partner is usually a
     * province) and its existing ties decide between places of one name, after the country, the written suffix and a
     * region given; then the larger place. Whenever several places fit, the note names them and says why one won.
     */
    public Resolution partner(String name, String countryText, Gazetteer.Entry domestic) {
        if (name == null || name.isBlank()) {
            return Resolution.error("the partner is empty");
        }
        String country = null;
        if (countryText != null && !countryText.isBlank()) {
            country = g.country(countryText);
            if (country == null) {
                return Resolution.error("unknown country '" + countryText.strip() + "'");
            }
        }
        CountryInFront.Reading read = inFront.read(ForeignName.of(name), country);
        ForeignName fn = read.name();
        country = read.country();
        ForeignLookup.FrontReading front = null;
        if (!read.stripped()
                && g.countryPrefixes(fn.full()).isEmpty()
                && lookup.named(fn.full(), country).isEmpty()) {
            front = lookup.shortForm(fn, country);
        }
        if (front == null
                && fn.bracketed() == null
                && lookup.named(fn.full(), country).isEmpty()
                && lookup.candidates(fn, country).found().isEmpty()) {
            front = lookup.regionInFront(fn, country);
        }
        if (front != null) {
            fn = front.rest();
            country = front.country();
        }
        ForeignLookup.Choice choice = lookup.candidates(fn, country);
        // no country written, but every place of the name lies in one: the country is known (阿拉米达县: the US)
        String known = country != null ? country : UnreadRegion.oneCountry(choice.found());
        if (known != null && choice.found().stream().allMatch(e -> e.level() == Level.CITY)) {
            // none found, or towns only for a name written as a county after its state (加州聖貝納迪諾郡)
            choice = counties.read(fn, known, choice);
            // cities only, for a name written as a first-level division (哈恩省): the division named after one
            choice = provinces.read(fn, known, choice);
            // towns only, for a name written as a county or district (弗莱辛地区): the county named after one
            choice = countiesOfTowns.read(fn, known, choice);
        }
        choice = RegionNamesakes.larger(g, choice, country); // 圣达菲市: Santa Fe, New Mexico, not the town in Texas
        if (choice.found().isEmpty() && country != null) {
            choice = larger.read(fn, country, choice);
        }
        if (choice.found().isEmpty() && country != null) {
            choice = korean.read(fn, country, choice);
        }
        if (choice.found().isEmpty() && country == null) {
            // no country known: the name in Latin letters written with it may still name a place (新洲Blacktown市)
            choice = unknown.byLatin(fn, null, choice);
        }
        if (choice.found().isEmpty() && country == null) {
            choice = larger.readWithoutCountry(fn, choice); // a city in front (洛杉矶西柯汶纳市): its country
        }
        if (choice.found().isEmpty() && country == null) {
            // a region in front that no place bears (莱法州特里尔市): the rest alone, if its places lie in one country
            choice = unknown.afterUnreadRegion(fn, choice);
        }
        if (choice.found().isEmpty() && country == null) {
            choice = world.read(fn, choice);
        }
        if (choice.found().isEmpty() && country != null) {
            choice = unknown.read(fn, country, choice);
        } else if (fn.latin() != null && choice.found().size() > 1) {
            // several places of the Chinese name: the Latin name written beside it tells them apart
            Set<Gazetteer.Entry> latin = new HashSet<>(lookup.named(Names.full(fn.latin()), country));
            List<Gazetteer.Entry> both =
                    choice.found().stream().filter(latin::contains).toList();
            if (!both.isEmpty() && both.size() < choice.found().size()) {
                choice = choice.with(
                        both,
                        ResolverNote.of(
                                "latin_leaves",
                                fn.latin(),
                                String.valueOf(both.size()),
                                String.valueOf(choice.found().size())));
            }
        }
        choice = lookup.inItsRegion(choice);
        if (front != null) {
            choice = choice.after(front.note());
        }
        if (!choice.found().isEmpty()) {
            return chooser.choose(name.strip(), fn, choice, domestic);
        }
        if (country == null) {
            return Resolution.error("unknown place '" + name.strip() + "': give its country (partner_country)");
        }
        String written = fn.written();
        List<ResolverNote> note = new ArrayList<>();
        if (!choice.because().isEmpty()) {
            note.add(ResolverNote.of("not_in_gazetteer", name.strip()));
            note.addAll(choice.because());
        }
        return new Resolution(
                null, country, ForeignName.guessLevel(Names.full(written), country), written, note, null, false);
    }

    /**
     * Whether a Chinese side asks for a province as its partner when the name does not say: a province does; a
     * municipality or a special administrative region (北京市, 澳门), which twin cities, do not.
     */
    public static boolean asksForProvince(Gazetteer.Entry domestic) {
        return domestic != null
                && domestic.level() == Level.PROVINCE
                && !TieRules.twinsCities(domestic.level(), domestic.nameZh());
    }
}
