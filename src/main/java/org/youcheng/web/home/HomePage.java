package org.youcheng.web.home;

import java.util.List;
import org.youcheng.web.PlaceLink;
import org.youcheng.web.TieRow;

/**
 * The home page: the figures of the whole registry, the map of all its live ties, the places with the most ties and
 * the ties recorded last.
 *
 * @param map the lines of the map by kind, each list flat as ECharts' large lines series reads it:
 *            2, from-longitude, from-latitude, to-longitude, to-latitude, 2, …; {@code unverified} are the
 *            reference network's ties (结好关系（待核实）), drawn apart from the recorded kinds
 */
public record HomePage(
        int sister,
        int partner,
        int intent,
        int unverified,
        int total,
        int places,
        int countries,
        List<Ranked> mostTies,
        List<TieRow> newest,
        MapLines map) {

    public record Ranked(PlaceLink place, String country, int ties) {}

    public record MapLines(int count, double[] sister, double[] partner, double[] intent, double[] unverified) {}
}
