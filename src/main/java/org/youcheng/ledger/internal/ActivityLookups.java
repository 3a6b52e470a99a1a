package org.youcheng.ledger.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.youcheng.ledger.Activities.PlaceDay;
import org.youcheng.ledger.Activity;

/**
 * What an activity import looks up in bulk before it writes: the activities recorded before that a row may repeat
 * (the ties to put its rows on are the registry's, {@code TieImports.idsByPair}).
 */
@Repository
public class ActivityLookups {

    private static final String ON_DAYS =
            ActivityReads.SELECT + "where a.place_id = :place and a.started_on in (:days)";
    /** Values in one IN list: well under PostgreSQL's limit of bind parameters per statement. */
    private static final int LOOKUP = 1_000;

    private final JdbcClient db;
    private final ActivityReads reads;

    ActivityLookups(JdbcClient db) {
        this.db = db;
        this.reads = new ActivityReads(db);
    }

    /** The places that have any activity: an import looks for earlier records of its rows only there. */
    public Set<Long> placesWithActivities() {
        return new HashSet<>(db.sql("select distinct place_id from activity")
                .query(Long.class)
                .list());
    }

    /** The activities recorded for these places on these days, with their foreign side. */
    public List<Activity> onDays(Collection<PlaceDay> keys) {
        Map<Long, Set<LocalDate>> days = new HashMap<>();
        keys.forEach(k ->
                days.computeIfAbsent(k.placeId(), p -> new LinkedHashSet<>()).add(k.day()));
        List<Activity> found = new ArrayList<>();
        days.forEach((place, distinct) -> {
            List<LocalDate> on = List.copyOf(distinct);
            for (int from = 0; from < on.size(); from += LOOKUP) {
                found.addAll(db.sql(ON_DAYS)
                        .param("place", place)
                        .param(
                                "days",
                                on.subList(from, Math.min(on.size(), from + LOOKUP)).stream()
                                        .map(Date::valueOf)
                                        .toList())
                        .query(ActivityReads::map)
                        .list());
            }
        });
        List<Activity> out = new ArrayList<>(found.size());
        for (int from = 0; from < found.size(); from += LOOKUP) {
            out.addAll(reads.complete(found.subList(from, Math.min(found.size(), from + LOOKUP))));
        }
        return out;
    }
}
