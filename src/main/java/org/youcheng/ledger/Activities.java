package org.youcheng.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.youcheng.ledger.internal.ActivityLookups;
import org.youcheng.ledger.internal.ActivityRepository;

/**
 * The ledger's activities in bulk, as imports and exports read and write them: many at once, already checked (by
 * {@link ActivityReader}), without the one-at-a-time rules of {@link Ledger}. The tables themselves are the
 * ledger's own ({@code ledger/internal}).
 */
@Component
public class Activities {

    private final ActivityRepository activities;
    private final ActivityLookups lookups;

    Activities(ActivityRepository activities, ActivityLookups lookups) {
        this.activities = activities;
        this.lookups = lookups;
    }

    /** A Chinese place and a day: where a row being imported may meet an activity recorded before. */
    public record PlaceDay(long placeId, LocalDate day) {}

    /**
     * The activities of one type, of some places (all when null), a page at a time in id order: an export reads
     * any number of them in constant memory.
     */
    public List<Activity> page(ActivityType type, Collection<Long> places, long afterId, int limit) {
        return activities.page(type, places, afterId, limit);
    }

    /** Inserts many activities with their foreign side, in one import run (or none); returns their ids in order. */
    public List<Long> insert(List<ActivityDraft> drafts, Long importId, Instant now) {
        return activities.insert(drafts, importId, now);
    }

    /** How many activities an import should hand to {@link #insert} at a time. */
    public int runSize() {
        return activities.runSize();
    }

    /** The places that have any activity: an import looks for earlier records of its rows only there. */
    public Set<Long> placesWithActivities() {
        return lookups.placesWithActivities();
    }

    /** The activities recorded for these places on these days, with their foreign side. */
    public List<Activity> onDays(Collection<PlaceDay> keys) {
        return lookups.onDays(keys);
    }
}
