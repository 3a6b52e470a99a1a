package org.youcheng.io;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.youcheng.ledger.Activities;
import org.youcheng.ledger.Activity;
import org.youcheng.ledger.ActivityDraft;
import org.youcheng.ledger.CooperationProject;
import org.youcheng.ledger.Partner;

/**
 * Recognises the rows of an activity import that repeat an activity recorded before: same type, place, dates,
 * foreign side and fields. Activities have no key of their own, so this is what lets an export be imported again
 * without adding anything. Identical records are counted, not merged: two identical rows in a file against one
 * recorded activity add one. Only rows of places that had activities when the import began are looked up, so a
 * first import of a ledger costs nothing here.
 */
final class ActivityRepeats {

    private static final Comparator<Partner> PARTNER_ORDER = Comparator.comparing(
                    Partner::placeId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Partner::organisation, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Activities activities;
    private final Set<Long> placesWithActivities;
    /** the recorded activities a row has repeated already (id → 1), so that each stands for one row only */
    private final PairIndex matched = new PairIndex();

    private int repeats;

    ActivityRepeats(Activities activities) {
        this.activities = activities;
        this.placesWithActivities = activities.placesWithActivities();
    }

    /** The drafts of a batch that repeat no recorded activity, in their order. */
    List<ActivityDraft> newOnes(List<ActivityDraft> batch) {
        List<Activities.PlaceDay> days = batch.stream()
                .filter(d -> placesWithActivities.contains(d.placeId()))
                .map(d -> new Activities.PlaceDay(d.placeId(), d.startedOn()))
                .distinct()
                .toList();
        if (days.isEmpty()) {
            return batch;
        }
        Map<ActivityDraft, Deque<Long>> recorded = new HashMap<>();
        for (Activity a : activities.onDays(days)) {
            if (matched.get(a.id()) == 0) {
                recorded.computeIfAbsent(comparable(a.draft()), k -> new ArrayDeque<>())
                        .add(a.id());
            }
        }
        List<ActivityDraft> fresh = new ArrayList<>(batch.size());
        for (ActivityDraft d : batch) {
            Deque<Long> ids = placesWithActivities.contains(d.placeId()) ? recorded.get(comparable(d)) : null;
            if (ids == null || ids.isEmpty()) {
                fresh.add(d);
            } else {
                matched.putIfAbsent(ids.poll(), 1);
                repeats++;
            }
        }
        return fresh;
    }

    /** How many rows repeated a recorded activity. */
    int repeats() {
        return repeats;
    }

    /**
     * A draft in a form where equal means the same record: the tie is left out (an import finds it from the places),
     * the foreign side is in a fixed order and an amount has no trailing zeros (the database keeps two decimals).
     */
    static ActivityDraft comparable(ActivityDraft d) {
        List<Partner> partners = new ArrayList<>(d.partners());
        partners.sort(PARTNER_ORDER);
        ActivityDraft same = d.withTie(null, partners);
        if (same instanceof CooperationProject p && p.amount() != null) {
            return new CooperationProject(
                    p.common(), p.domain(), p.status(), p.outcome(), p.amount().stripTrailingZeros(), p.currency());
        }
        return same;
    }
}
