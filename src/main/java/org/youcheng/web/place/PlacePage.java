package org.youcheng.web.place;

import java.util.List;
import org.youcheng.web.PlaceLink;
import org.youcheng.web.TieRow;

/**
 * What a place's page shows: who it is, its figures, its ties on a map, by continent, by strategy region and by
 * year, and the table of its ties; at its own level or including its counties and districts ({@code all}).
 *
 * @param withSubordinates the figures including its counties and districts, or null when it has none
 * @param all              whether the ties of its counties and districts are shown too
 * @param ties             oldest signing first, undated ones last
 */
public record PlacePage(
        long id,
        String name,
        String altName,
        String level,
        String country,
        PlaceLink parent,
        Figures own,
        Figures withSubordinates,
        int subordinatePlaces,
        boolean all,
        List<TieRow> ties,
        Charts charts) {

    public boolean hasSubordinates() {
        return subordinatePlaces > 0;
    }

    /** The figures of the scope the page shows: its own level, or including its counties and districts. */
    public Figures shown() {
        return all ? withSubordinates : own;
    }

    /** Whether the figures count any tie of the reference network: only then is its column shown. */
    public boolean showsUnverified() {
        return own.unverified() > 0 || withSubordinates != null && withSubordinates.unverified() > 0;
    }

    /**
     * Ended ties and exchanges within China are not counted (see {@code Summary}).
     *
     * @param basis           which ties were counted, in the page's language ({@code CountingBasis})
     * @param referenceBeside reference ties not counted because the place has records of its own
     * @param setAside        ties an official list left out, counted nowhere
     */
    public record Figures(
            int sister,
            int partner,
            int intent,
            int unverified,
            int total,
            int countries,
            int continents,
            String basis,
            int referenceBeside,
            int setAside) {}

    /**
     * The data the page's charts draw, in the page's language.
     *
     * @param centre  where the place is drawn: longitude, latitude (null when it has no position)
     * @param lines   one per tie with a position at both ends
     * @param byContinent counted ties per continent, most first
     * @param byRegion    counted ties per strategy region, in the regions' order, empty regions too
     */
    public record Charts(
            double[] centre,
            List<Line> lines,
            List<Count> byContinent,
            List<Count> byRegion,
            List<Integer> years,
            List<Integer> sister,
            List<Integer> partner,
            List<Integer> intent,
            List<Integer> unverified,
            int undated) {}

    /**
     * A line from our side to a partner.
     *
     * @param approximate whether either end is drawn at an approximate position (its city's, its country's …)
     */
    public record Line(
            long tieId, String name, String ours, String kind, boolean ended, boolean approximate, double[][] coords) {}

    public record Count(String code, String name, int count) {}
}
