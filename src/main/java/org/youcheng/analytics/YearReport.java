package org.youcheng.analytics;

import java.util.List;
import org.youcheng.ledger.ActivityFigures;
import java.util.Map;

/**
 * The year-end report of a place: its profile for the year, its ledger's figures, its dormant ties, its rank among the places
 * of its level, and where each partner lies on the map.
 *
 * @param ties      every tie that stood at the end of the year, oldest signing first
 * @param activities the ledger's figures for the year (delegations and person-times, events, agreements, projects
 *                  by domain, outcomes, awards)
 * @param dormant   the place's standing foreign ties that are dormant by its ledger: no activity (nor a signing) in
 *                  the last {@code youcheng.ledger.dormant-after-years} years, counted back from today
 * @param rank      its entry in the ranking of its level at the end of the year
 * @param rankOf    how many places that ranking has
 * @param home      where the place is drawn; null when unknown
 * @param partners  where each standing partner is drawn, by tie id
 */
public record YearReport(FriendshipProfile profile, List<TieLine> ties, ActivityFigures activities,
                         List<TieLine> dormant, Ranking.Entry rank, int rankOf,
                         Position home, Map<Long, Position> partners) {
}
