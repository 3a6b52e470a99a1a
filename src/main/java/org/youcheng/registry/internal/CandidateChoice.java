package org.youcheng.registry.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;
import org.youcheng.registry.PlaceResolver;
import org.youcheng.registry.ResolverNote;

/**
 * The choice among a foreign name's candidates: the level the name asks for, then a region written, the Chinese side's
 * ties, the name shown and the larger place; a division named after its capital, a region called by its city and a
 * city written with its region's name are read as such. The note lists the candidates and says why one won.
 */
public final class CandidateChoice {

    private final Gazetteer g;
    private final PlaceNotes notes;

    public CandidateChoice(Gazetteer g, PlaceNotes notes) {
        this.g = g;
        this.notes = notes;
    }

    public PlaceResolver.Resolution choose(
            String written, ForeignName fn, ForeignLookup.Choice choice, Gazetteer.Entry domestic) {
        String full = fn.full();
        Level wanted = wantedLevel(full, choice.found(), domestic);
        List<Gazetteer.Entry> ranked = choice.found().stream()
                .sorted(preference(full, wanted, choice.region(), domestic))
                .toList();
        Gazetteer.Entry best = ranked.get(0);
        List<ResolverNote> because = new ArrayList<>(choice.because());
        if (wanted == Level.PROVINCE && best.level() != Level.PROVINCE) {
            // a division named after its capital (北榄坡府: the city 那空沙旺 is the seat of 那空沙旺府)
            Gazetteer.Entry parent = best.parentId() == 0 ? null : g.get(best.parentId());
            if (parent != null && parent.level() == Level.PROVINCE && sameName(parent, best)) {
                because.add(ResolverNote.of("division_of_seat", best.name()));
                best = parent;
            } else if (parent != null
                    && parent.level() == Level.PROVINCE
                    && full.endsWith("大区")
                    && largestPlaceIn(parent) == best) {
                // a region called by its city (巴黎大区 is Île-de-France, 布鲁塞尔大区 the Brussels-Capital Region)
                because.add(ResolverNote.of("region_of_city", best.name(), parent.name(), "大区"));
                best = parent;
            }
        }
        boolean suffixed = ForeignName.divisionSuffix(full, best.country())
                || !Names.zhSuffix(full).isEmpty()
                || full.endsWith("城");
        if (suffixed && levelClass(best.level()) != levelClass(wanted)) {
            // the name matches only at the other level: a place of the wanted level spelt alike is the better reading
            // (吉布提市: the region 吉布提地区 is spelt so, the city 吉布地)
            SpellingMatch.Result close = new SpellingMatch(g)
                    .closest(full, best.country(), wanted == Level.PROVINCE ? Level.PROVINCE : Level.CITY);
            List<Gazetteer.Entry> namesakes = close.accepted()
                    ? List.of()
                    : TranslatedNamesake.in(g, full, best.country(), wanted == Level.PROVINCE ? wanted : Level.CITY);
            if (!namesakes.isEmpty()) {
                because.add(ResolverNote.of(
                        "other_level_namesake", best.name(), PlaceNotes.kind(best.level()), PlaceNotes.kind(wanted)));
                ranked = namesakes.stream()
                        .sorted(preference(full, wanted, choice.region(), domestic))
                        .toList();
                best = ranked.get(0);
            } else if (close.accepted()) {
                because.add(ResolverNote.of(
                        "other_level",
                        best.name(),
                        PlaceNotes.kind(best.level()),
                        PlaceNotes.kind(wanted),
                        close.note(notes::place)));
                ranked = close.places().stream()
                        .sorted(preference(full, wanted, choice.region(), domestic))
                        .toList();
                best = ranked.get(0);
            }
        }
        if (wanted == Level.CITY && best.level() == Level.PROVINCE && (full.endsWith("市") || full.endsWith("城"))) {
            // a city written with its region's name (第聂伯罗彼得罗夫斯克市: the oblast kept the city's former name)
            Gazetteer.Entry capital = g.children(best.id()).stream()
                    .filter(e -> e.level() != Level.PROVINCE)
                    .max(Comparator.comparingLong(e -> g.population(e.id())))
                    .orElse(null);
            if (capital != null && g.population(capital.id()) > 0) {
                because.add(ResolverNote.of("largest_city", best.name()));
                best = capital;
            }
        }
        if (suffixed && levelClass(best.level()) != levelClass(wanted)) {
            because.add(ResolverNote.of("no_such_level", PlaceNotes.kind(wanted)));
        }
        if (ranked.size() < 2 && because.isEmpty()) {
            return PlaceResolver.Resolution.found(best, null);
        }
        List<ResolverNote> note = new ArrayList<>(because.size() + 1);
        if (ranked.size() < 2) {
            note.add(ResolverNote.of("found", written, notes.place(best)));
            note.addAll(because);
            return PlaceResolver.Resolution.found(best, note);
        }
        note.add(ResolverNote.of(
                "chose",
                written,
                String.valueOf(ranked.size()),
                notes.candidates(ranked),
                notes.place(best),
                reason(ranked, wanted, choice, domestic)));
        note.addAll(because);
        return PlaceResolver.Resolution.chosen(best, note);
    }

    /** The level the name asks for: its suffix; else a province's partner is a province, a city's a city. */
    private static Level wantedLevel(String full, List<Gazetteer.Entry> found, Gazetteer.Entry domestic) {
        String country = found.get(0).country();
        if (ForeignName.divisionSuffix(full, country)
                || (!Names.zhSuffix(full).isEmpty() // 奈良 written bare asks for no division (Mali's 奈良 region)
                        && !full.endsWith("市")
                        && !full.endsWith("城")
                        && found.stream()
                                .anyMatch(e -> e.level() == Level.PROVINCE
                                        && sameCountyName(Names.full(e.nameZh()), full, country)))) {
            // the suffix says so, or a division's own name carries the written suffix (基苏木郡 for a county of Kenya)
            return Level.PROVINCE;
        }
        if (!Names.zhSuffix(full).isEmpty() || full.endsWith("城")) {
            return ForeignName.guessLevel(full, country);
        }
        // a province's partner is usually a province; a municipality (北京市) is a province that twins cities
        if (PlaceResolver.asksForProvince(domestic) && found.stream().anyMatch(e -> e.level() == Level.PROVINCE)) {
            return Level.PROVINCE;
        }
        return Level.CITY;
    }

    /**
     * Whether a division's name and the name as written are one, 郡 and 县 taken alike: both translate "county"
     * (蒙巴萨郡 is the county 蒙巴萨县 of Kenya), except where Chinese writes the local characters and a 郡 is another
     * division than a 县 (a Japanese 郡 is a district, a 县 a prefecture).
     */
    static boolean sameCountyName(String division, String written, String country) {
        if (division.equals(written)) {
            return true;
        }
        if (CharacterNames.ownCharacters(country) || division.length() != written.length() || division.length() < 3) {
            return false;
        }
        String a = division.substring(0, division.length() - 1);
        return a.equals(written.substring(0, written.length() - 1))
                && "郡县".indexOf(division.charAt(division.length() - 1)) >= 0
                && "郡县".indexOf(written.charAt(written.length() - 1)) >= 0;
    }

    private Comparator<Gazetteer.Entry> preference(String full, Level wanted, long region, Gazetteer.Entry domestic) {
        return Comparator.comparing((Gazetteer.Entry e) -> levelClass(e.level()) != levelClass(wanted))
                .thenComparing(e -> region != 0 && !g.within(e, region))
                .thenComparing(e -> domestic == null || !g.tied(domestic.id(), e.id()))
                .thenComparing(e -> !major(e) || !Names.full(bare(e)).equals(full) && namesakeAsWritten(e, full))
                .thenComparing(e -> !Names.full(bare(e)).equals(full))
                .thenComparing(e -> -g.population(e.id()))
                .thenComparing(e -> -e.ties())
                .thenComparingLong(Gazetteer.Entry::id);
    }

    /** A label's disambiguation in brackets (哈斯丁 (纽西兰)): no part of the name compared with the written one. */
    private static final java.util.regex.Pattern DISAMBIGUATION =
            java.util.regex.Pattern.compile("\\s*[(（][^)）]*[)）]$");

    /** A city of a million people or more: what a name such as 凤凰城 means before a town that bears it as its label. */
    private boolean major(Gazetteer.Entry e) {
        return g.population(e.id()) >= 1_000_000;
    }

    /** A place's Chinese name without a label's disambiguation in brackets. */
    private static String bare(Gazetteer.Entry e) {
        return DISAMBIGUATION.matcher(e.name()).replaceFirst("");
    }

    /**
     * Whether a place labelled as written bears the same English name as this one: the same place filed twice (马德里市
     * and 马德里, Madrid), where the label as written decides, not the size (凤凰城 Phenix City is another place than
     * Phoenix).
     */
    private boolean namesakeAsWritten(Gazetteer.Entry e, String full) {
        return e.nameEn() != null
                && g.byKey(Names.key(full)).stream()
                        .anyMatch(o -> o != e
                                && Names.full(bare(o)).equals(full)
                                && e.nameEn().equalsIgnoreCase(o.nameEn()));
    }

    /** The most populous place directly under a division, or null when none has a population. */
    private Gazetteer.Entry largestPlaceIn(Gazetteer.Entry division) {
        return g.children(division.id()).stream()
                .filter(e -> g.population(e.id()) > 0)
                .max(Comparator.comparingLong(e -> g.population(e.id())))
                .orElse(null);
    }

    /** Whether two places bear one name (a division and its seat: Nakhon Sawan, 那空沙旺 and 那空沙旺府). */
    static boolean sameName(Gazetteer.Entry a, Gazetteer.Entry b) {
        return (a.nameEn() != null
                        && b.nameEn() != null
                        && Names.key(a.nameEn()).equals(Names.key(b.nameEn())))
                || (a.nameZh() != null
                        && b.nameZh() != null
                        && Names.key(a.nameZh()).equals(Names.key(b.nameZh())));
    }

    /** Provinces against everything below them: a city, county, district or town may be written as either. */
    private static int levelClass(Level l) {
        return l == Level.PROVINCE ? 0 : 1;
    }

    /** Why the first of two or more ranked candidates won. */
    private ResolverNote reason(
            List<Gazetteer.Entry> ranked, Level wanted, ForeignLookup.Choice choice, Gazetteer.Entry domestic) {
        Gazetteer.Entry best = ranked.get(0);
        Gazetteer.Entry next = ranked.get(1);
        if (levelClass(best.level()) != levelClass(next.level())) {
            return wanted == Level.PROVINCE && PlaceResolver.asksForProvince(domestic)
                    ? ResolverNote.of("by_level_of_partner", PlaceNotes.kind(wanted))
                    : ResolverNote.of("by_level", PlaceNotes.kind(wanted));
        }
        if (choice.region() != 0 && g.within(best, choice.region()) && !g.within(next, choice.region())) {
            return ResolverNote.of("in_region", choice.regionName());
        }
        if (domestic != null && g.tied(domestic.id(), best.id()) && !g.tied(domestic.id(), next.id())) {
            return ResolverNote.of("tied", domestic.name());
        }
        if (g.population(best.id()) > g.population(next.id()) || major(best)) {
            return ResolverNote.of("larger");
        }
        return ResolverNote.of("more_ties");
    }
}
