package org.youcheng.web;

import java.util.List;

/**
 * One tie as a table row: seen from a place (ours is that place or one of its counties and districts, other is the
 * partner), or on its own (ours is the domestic side).
 *
 * @param kindCode   sister, partner, intent or unverified (for styling and filtering)
 * @param signed     the signing date at its known precision in the page's language, or null when unknown
 * @param signedSort the signing date as yyyy-mm-dd for sorting, "" when unknown
 * @param statusCode active, dormant or ended (for styling and filtering)
 * @param warnings   codes of the rules of the trade the tie bends (second_sister, level_mismatch …)
 * @param authority  who says the tie exists, the strongest of its statements: recorded, extracted or reference
 * @param setAside   whether an office's official list left it out (shown, counted nowhere)
 */
public record TieRow(
        long id,
        String kind,
        String kindCode,
        PlaceLink ours,
        PlaceLink other,
        String otherCountry,
        String signed,
        String signedSort,
        String status,
        String statusCode,
        List<String> warnings,
        String authority,
        boolean setAside) {}
