package org.youcheng.registry.internal;

import java.util.List;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;
import org.youcheng.registry.ResolverNote;

/**
 * The parts of the resolver's notes that describe places, as notes of their own ({@link ResolverNote}): a candidate
 * with its country, level, parent, population and id; a level; the kind of place a name asks for.
 */
public final class PlaceNotes {

    /** How many candidates a note lists before "…". */
    static final int LISTED = 6;

    private final Gazetteer g;

    public PlaceNotes(Gazetteer g) {
        this.g = g;
    }

    /** A foreign place as a note lists it: 奈良 Nara (JP, city, in 奈良县, pop. 354630, id 12). */
    public ResolverNote place(Gazetteer.Entry e) {
        Gazetteer.Entry parent = e.parentId() == 0 ? null : g.get(e.parentId());
        long people = g.population(e.id());
        return ResolverNote.of(
                "place",
                e.name(),
                e.nameEn() != null && !e.nameEn().equals(e.name()) ? ResolverNote.of("place.latin", e.nameEn()) : "",
                e.country(),
                level(e.level()),
                parent != null ? ResolverNote.of("place.in", parent.name()) : "",
                people > 0 ? ResolverNote.of("place.people", String.valueOf(people)) : "",
                String.valueOf(e.id()));
    }

    /** The candidates, at most {@link #LISTED} of them and "…" after. */
    public ResolverNote candidates(List<Gazetteer.Entry> ranked) {
        List<ResolverNote> listed = new java.util.ArrayList<>(
                ranked.stream().limit(LISTED).map(this::place).toList());
        if (ranked.size() > LISTED) {
            listed.add(ResolverNote.of("more"));
        }
        return ResolverNote.list(listed);
    }

    public static ResolverNote level(Level level) {
        return ResolverNote.of("level." + level.code());
    }

    /** What a name asks for or a place is: a first-level division or a city. */
    public static ResolverNote kind(Level level) {
        return ResolverNote.of(level == Level.PROVINCE ? "kind.division" : "kind.city");
    }
}
