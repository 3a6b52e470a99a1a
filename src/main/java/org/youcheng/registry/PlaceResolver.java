package org.youcheng.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

    public PlaceResolver(Gazetteer gazetteer) {
        this.g = gazetteer;
        PlaceNotes notes = new PlaceNotes(gazetteer);
        this.chineseSide = new DomesticLookup(gazetteer);
        this.lookup = new ForeignLookup(gazetteer);
        this.unknown = new UnknownSpelling(gazetteer, lookup, notes);
        this.chooser = new CandidateChoice(gazetteer, notes);
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

        static Resolution chosen(Gazetteer.Entry e, List<ResolverNote> notes) {
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
        String[] cn = g.countryPrefix(full);
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
        ForeignName fn = ForeignName.of(name);
        boolean countryColumn = country != null;
        // the country in front of the name (日本下关市); of several readings (刚果金 or 刚果 in 刚果金沙萨) the first
        // whose rest names a place; a name that begins with its country's name keeps it (墨西哥城, 科威特城)
        String[] strip = null;
        for (String[] prefix : g.countryPrefixes(fn.full())) {
            if (prefix[1].isEmpty() || (country != null && !country.equals(prefix[0]))) {
                continue;
            }
            if (Names.stripSuffix(prefix[1]).length() < 2 || prefix[1].equals("城")) {
                strip = null;
                country = prefix[0];
                break;
            }
            if (!lookup.named(prefix[1], prefix[0]).isEmpty()
                    && lookup.named(fn.full(), prefix[0]).isEmpty()) {
                strip = prefix;
                break;
            }
            if (strip == null && lookup.named(fn.full(), prefix[0]).isEmpty()) {
                strip = prefix;
            }
        }
        if (strip != null && lookup.named(strip[1], strip[0]).isEmpty()) {
            // a shorter country name may leave a rest that names a place of the longer one's country (刚果金沙萨:
            // 刚果 and 金沙萨, in 刚果金's country, the Democratic Republic of the Congo)
            strip = restInAnotherReading(g.countryPrefixes(fn.full()), country, strip);
        }
        if (strip != null && countryColumn && lookup.named(strip[1], strip[0]).isEmpty()) {
            // nothing known either way, and the country has its own column: the name is as written (巴西利亚联邦区)
            strip = null;
        }
        if (strip != null) {
            country = strip[0];
            fn = fn.rest(strip[1], stripWrittenPrefix(fn.written(), strip[1]));
        } else if (country == null && !g.countryPrefixes(fn.full()).isEmpty()) {
            country = g.countryPrefixes(fn.full()).get(0)[0];
        }
        ForeignLookup.FrontReading front = null;
        if (strip == null
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
        return new Resolution(null, country, guessLevel(Names.full(written), country), written, note, null, false);
    }

    /**
     * Of the readings of a name with a country in front, the first whose rest names a place in the country of any
     * reading (the country column, when given, must agree); else the reading kept so far.
     */
    private String[] restInAnotherReading(List<String[]> prefixes, String country, String[] kept) {
        Set<String> codes = new LinkedHashSet<>();
        prefixes.forEach(p -> codes.add(p[0]));
        for (String[] prefix : prefixes) {
            for (String code : codes) {
                if (!prefix[1].isEmpty()
                        && (country == null || country.equals(code))
                        && Names.stripSuffix(prefix[1]).length() >= 2
                        && !lookup.named(prefix[1], code).isEmpty()) {
                    return new String[] {code, prefix[1]};
                }
            }
        }
        return kept;
    }

    /**
     * Whether a Chinese side asks for a province as its partner when the name does not say: a province does; a
     * municipality (北京市), a province that twins cities, does not. The one clue from the Chinese side besides its ties.
     */
    public static boolean asksForProvince(Gazetteer.Entry domestic) {
        return domestic != null
                && domestic.level() == Level.PROVINCE
                && !TieRules.municipality(domestic.level(), domestic.nameZh());
    }

    /** The level a new foreign place most likely has, from its suffix. */
    static Level guessLevel(String name, String country) {
        String suffix = Names.zhSuffix(name);
        return switch (suffix) {
            case "省", "州", "府", "自治州", "边疆区" -> Level.PROVINCE;
            case "县" -> "JP".equals(country) ? Level.PROVINCE : Level.COUNTY;
            case "郡" -> Level.COUNTY;
            case "区" -> Level.DISTRICT;
            case "镇", "町", "村" -> Level.TOWN;
            default -> name.endsWith("道") && name.length() > 2 ? Level.PROVINCE : Level.CITY;
        };
    }

    /** The part of the name as written that is the rest of its full form (伯南布哥州彼得罗利纳市: 彼得罗利纳市). */
    static String stripWrittenPrefix(String written, String restFull) {
        for (int i = 0; i < written.length(); i++) {
            if (Names.full(written.substring(i)).equals(restFull)) {
                return written.substring(i);
            }
        }
        return written;
    }
}
