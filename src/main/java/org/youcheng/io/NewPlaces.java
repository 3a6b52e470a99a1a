package org.youcheng.io;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.youcheng.registry.Places;
import org.youcheng.registry.TieDraft;

/**
 * The places one import makes for the names nobody knew. The check gives each such name a (negative) stand-in id;
 * the writer makes the places a batch names, together, before it writes the batch's ties, and then reads each
 * stand-in's real id. A dry run makes none: its stand-ins stay as they are.
 */
final class NewPlaces {

    private final Places places;
    private final RowChecker checker;
    private final boolean dryRun;
    private final Instant now;
    private final Map<Long, Long> made = new HashMap<>();

    NewPlaces(Places places, RowChecker checker, boolean dryRun, Instant now) {
        this.places = places;
        this.checker = checker;
        this.dryRun = dryRun;
        this.now = now;
    }

    /** Makes, in one go, the places these ties name by stand-in ids that are not made yet. */
    void makeNamedIn(List<TieDraft> drafts) {
        if (dryRun) {
            return;
        }
        Set<Long> missing = new LinkedHashSet<>();
        for (TieDraft d : drafts) {
            for (long id : new long[] {d.domesticId(), d.partnerId()}) {
                if (id < 0 && !made.containsKey(id)) {
                    missing.add(id);
                }
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        List<Long> order = List.copyOf(missing);
        List<Places.Unreviewed> unknown = order.stream()
                .map(checker::pending)
                .map(p -> new Places.Unreviewed(p.name(), p.level(), p.country()))
                .toList();
        long[] ids = places.insertUnreviewed(unknown, "import", now);
        for (int i = 0; i < ids.length; i++) {
            made.put(order.get(i), ids[i]);
        }
    }

    /** The id of the place {@code id} stands for (made now if it is not yet); a known place's id is itself. */
    long realId(long id) {
        if (id >= 0 || dryRun) {
            return id;
        }
        return made.computeIfAbsent(id, s -> {
            RowChecker.Pending p = checker.pending(s);
            return places.insertUnreviewed(p.name(), p.level(), p.country(), "import", now);
        });
    }
}
