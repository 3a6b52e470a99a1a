package org.youcheng.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.youcheng.ledger.internal.FiguresService;
import org.youcheng.ledger.internal.LedgerService;
import org.youcheng.ledger.internal.TieHealthService;

/**
 * The exchange ledger as the pages, the API and the reports use it: activities recorded, changed and deleted one at
 * a time (an editor only for the Chinese places of the account's scope, every change on the audit trail), their
 * files, the timelines of a place and of a tie, a place's figures for a period and the health of its ties. Bulk
 * reads and writes for imports and exports are {@link Activities}'.
 */
@Component
public class Ledger {

    private final LedgerService activities;
    private final FiguresService figures;
    private final TieHealthService health;

    Ledger(LedgerService activities, FiguresService figures, TieHealthService health) {
        this.activities = activities;
        this.figures = figures;
        this.health = health;
    }

    public Activity create(ActivityDraft draft) {
        return activities.create(draft);
    }

    /** Changes an activity if it is still at this version (else a conflict, nothing saved). */
    public Activity update(long id, int version, ActivityDraft draft) {
        return activities.update(id, version, draft);
    }

    public void delete(long id, int version) {
        activities.delete(id, version);
    }

    /** The activity of this id, or not found. */
    public Activity get(long id) {
        return activities.get(id);
    }

    /** Refuses unless the one acting may change this activity (the edit form asks before it is shown). */
    public void requireChange(long activityId) {
        activities.requireChange(activityId);
    }

    /** Refuses unless the one acting may keep the ledger of this place, asked before an activity's fields are read. */
    public void requireChangeOfPlace(Long placeId) {
        activities.requireChangeOfPlace(placeId);
    }

    /** A place's activities (with those of the places under it, when asked), latest first. */
    public List<Activity> timeline(long placeId, LocalDate from, LocalDate to, boolean includeSubordinates, int limit) {
        return activities.timeline(placeId, from, to, includeSubordinates, limit);
    }

    /** The place, or it and every place under it; not found when there is no such place. */
    public List<Long> places(long placeId, boolean includeSubordinates) {
        return activities.places(placeId, includeSubordinates);
    }

    /** A tie's activities, latest first; not found when there is no such tie. */
    public List<Activity> timelineOfTie(long tieId) {
        return activities.timelineOfTie(tieId);
    }

    /** Attaches a file to an activity, stored with its SHA-256 and served with the type its content shows. */
    public ActivityFile attach(long activityId, String fileName, byte[] content) {
        return activities.attach(activityId, fileName, content);
    }

    /** A file by the key its address names; a key of another activity's file is not found. */
    public ActivityFile file(long activityId, String key) {
        return activities.file(activityId, key);
    }

    public byte[] content(ActivityFile file) {
        return activities.content(file);
    }

    public void detach(long activityId, String key) {
        activities.detach(activityId, key);
    }

    /** A place's figures for a period, both days counted (see {@link ActivityFigures}). */
    public ActivityFigures figures(long placeId, LocalDate from, LocalDate to, boolean includeSubordinates) {
        return figures.figures(placeId, from, to, includeSubordinates);
    }

    /** How many years without an exchange make a tie dormant ({@code youcheng.ledger.dormant-after-years}). */
    public int dormantAfterYears() {
        return health.dormantAfterYears();
    }

    /** The health of every live tie of a place (and of the places under it, when asked), judged today. */
    public List<TieHealth> healthOfPlace(long placeId, boolean includeSubordinates) {
        return health.ofPlace(placeId, includeSubordinates);
    }

    /** The health of one tie; empty when the tie has ended or does not exist. */
    public Optional<TieHealth> healthOfTie(long tieId) {
        return health.ofTie(tieId);
    }

    /** The dormant ties of a place today. */
    public Dormancy dormancy(long placeId, boolean includeSubordinates) {
        return health.dormancy(placeId, includeSubordinates);
    }

    /** The dormant ties of a place at the end of a day (a year report judges at the end of its year). */
    public Dormancy dormancy(long placeId, boolean includeSubordinates, LocalDate asOf) {
        return health.dormancy(placeId, includeSubordinates, asOf);
    }
}
