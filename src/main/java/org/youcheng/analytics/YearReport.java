package org.youcheng.analytics;

import java.util.List;
import java.util.Map;
import org.youcheng.ledger.ActivityFigures;
import org.youcheng.registry.Summary;

/**
 * The year-end report of a place, at its own level or with its counties and districts: its profile for the year,
 * the roster of its partners, its ledger's figures, its dormant ties, its rank among its peers, and where each
 * partner lies on the map.
 *
 * @param summary    the paragraph the report opens with, in Chinese and English, from these figures
 * @param ties       every tie that stood at the end of the year (the roster), oldest signing first, undated last
 * @param activities the ledger's figures for the year (delegations and person-times, events, agreements, projects
 *                   by domain, outcomes, awards)
 * @param ledgerKept whether the place had recorded any exchange by the end of the year; without one nothing is
 *                   called dormant, and the report says that dormancy needs the ledger
 * @param dormant    the standing ties (not intents) with no activity and no signing in the
 *                   {@code dormantAfterYears} years up to the end of the year
 * @param rank       its entry in the ranking of its peers at the end of the year
 * @param rankOf     how many places that ranking has
 * @param rankedOf   how many of them have data to be ranked on (the others have no rank)
 * @param rankNoData the ranking's dimensions without data anywhere among the peers (left out of the index)
 * @param home       where the place is drawn; null when unknown
 * @param partners   where each standing partner is drawn, by tie id
 * @param holders    the Chinese places that hold the ties listed, by id (the place and, for the whole place, its
 *                   counties and districts)
 */
public record YearReport(
        FriendshipProfile profile,
        YearSummary summary,
        List<TieLine> ties,
        ActivityFigures activities,
        boolean ledgerKept,
        int dormantAfterYears,
        List<TieLine> dormant,
        Ranking.Entry rank,
        int rankOf,
        int rankedOf,
        List<String> rankNoData,
        Position home,
        Map<Long, Position> partners,
        Map<Long, Summary.PlaceRef> holders) {}
