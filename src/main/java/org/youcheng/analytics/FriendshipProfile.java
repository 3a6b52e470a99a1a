package org.youcheng.analytics;

import java.time.LocalDate;
import java.util.List;
import org.youcheng.registry.Summary;

/**
 * The 朋友圈 of a place at its own level, as its office reports it for a year: the ties that stood at the end of
 * the year, how they grew, what is new, the firsts (零的突破), the round anniversaries coming, where it stands among
 * its peers and its strategy layout. Ties within China are exchanges and not counted; ended ties are not counted
 * (but their firsts stay).
 *
 * @param asOf               the day the counts are taken (31 December of the year)
 * @param newTies            ties signed in the year
 * @param firsts             every first signed tie in a country, oldest first
 * @param firstsOfYear       those signed in the year
 * @param anniversariesFrom  the first day of the twelve months the anniversaries are sought in
 * @param peers              each count against the same level in the same province and nationally
 * @param layout             the strategy layout against the ties; empty when the place has no plan
 */
public record FriendshipProfile(Summary.PlaceRef place, int year, LocalDate asOf, Tally counts, Growth growth,
                                List<TieLine> newTies, List<TieLine> firsts, List<TieLine> firstsOfYear,
                                LocalDate anniversariesFrom, List<Anniversary> anniversaries,
                                List<PeerFigure> peers, List<RegionLayout> layout) {

    /** One count and where it stands. */
    public record PeerFigure(String figure, int value, Standing province, Standing nation) {
    }
}
