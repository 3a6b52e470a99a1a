package org.youcheng.web;

import java.util.List;

/**
 * What a place's page shows: who it is, its figures and its ties.
 *
 * @param withSubordinates the figures including its counties and districts, or null when it has none
 * @param ties             its own ties, oldest signing first, undated ones last
 */
public record PlacePage(long id, String name, String altName, String level, String country, PlaceLink parent,
                        Figures own, Figures withSubordinates, int subordinatePlaces, List<TieRow> ties) {

    /** Ended ties and exchanges within China are not counted (see {@code Summary}). */
    public record Figures(int sister, int partner, int intent, int total, int countries, int continents) {
    }

    /**
     * One tie seen from this place.
     *
     * @param kindCode   sister, partner or intent (for styling)
     * @param signed     the signing date at its known precision in the page's language, or null when unknown
     * @param statusCode active, dormant or ended (for styling)
     * @param warnings   codes of the rules of the trade the tie bends (second_sister, level_mismatch …)
     */
    public record TieRow(long id, String kind, String kindCode, PlaceLink partner, String partnerCountry,
                         String signed, String status, String statusCode, List<String> warnings) {
    }
}
