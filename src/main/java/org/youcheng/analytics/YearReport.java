package org.youcheng.analytics;

import java.util.List;
import java.util.Map;

/**
 * The year-end report of a place: its profile for the year, the ties recorded as dormant, its rank among the places
 * of its level, and where each partner lies on the map.
 *
 * @param ties      every tie that stood at the end of the year, oldest signing first
 * @param dormant   standing ties whose status is recorded as dormant
 * @param rank      its entry in the ranking of its level at the end of the year
 * @param rankOf    how many places that ranking has
 * @param unscored  the ranking's dimensions left out, and why
 * @param home      where the place is drawn; null when unknown
 * @param partners  where each standing partner is drawn, by tie id
 */
public record YearReport(FriendshipProfile profile, List<TieLine> ties, List<TieLine> dormant, Ranking.Entry rank, int rankOf,
                         Map<String, String> unscored, Position home, Map<Long, Position> partners) {
}
