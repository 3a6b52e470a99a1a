package org.youcheng.analytics;

import java.time.LocalDate;
import java.util.List;
import org.youcheng.registry.Summary;

/**
 * The 朋友圈 of a place as its office reports it for a year, at its own level (本级) or with its counties and
 * districts (全市): the ties that stood at the end of the year, how they grew, what is new, the firsts (零的突破) at
 * its own and higher levels, the round anniversaries of the year and of the coming one, where it stands among its
 * peers and its strategy layout. Ties within China are exchanges and not counted; ended ties are not counted (but
 * their firsts stay); intents are counted apart and never as partners.
 *
 * @param scope              {@link Scope#code()}; scopeZh (本级, 全市, 全省 …) and scopeEn say it
 * @param asOf               the day the counts are taken (31 December of the year)
 * @param newTies            ties signed in the year
 * @param firsts             every first signed tie in a country, oldest first
 * @param firstsOfYear       those signed in the year
 * @param breakthroughs      ties of the year that were the first of this place, or of a place above it, anywhere,
 *                           in their country or in their continent
 * @param undatedLater       ties with no signing date that the registry recorded only after the year: not counted
 *                           in it (nothing says they stood then)
 * @param anniversariesOfYear the round anniversaries that fall in the year itself
 * @param anniversariesFrom  the first day of the twelve months the coming anniversaries are sought in
 * @param peers              each count against the same level in the same province and nationally
 * @param layout             the strategy layout against the ties; empty when the place has no plan
 */
public record FriendshipProfile(
        Summary.PlaceRef place,
        String scope,
        String scopeZh,
        String scopeEn,
        int year,
        LocalDate asOf,
        Tally counts,
        Growth growth,
        List<TieLine> newTies,
        List<TieLine> firsts,
        List<TieLine> firstsOfYear,
        List<Breakthrough> breakthroughs,
        List<TieLine> undatedLater,
        List<Anniversary> anniversariesOfYear,
        LocalDate anniversariesFrom,
        List<Anniversary> anniversaries,
        List<PeerFigure> peers,
        List<RegionLayout> layout) {

    /** One count and where it stands (no rank for a zero). */
    public record PeerFigure(String figure, int value, Standing province, Standing nation) {}
}
