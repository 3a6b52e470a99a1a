package org.youcheng.analytics;

import java.util.List;
import org.youcheng.registry.Place;
import org.youcheng.registry.TieView;

/**
 * The whole registry at a glance: live ties by kind (ended ones and those an official list set aside are not
 * counted; {@code unverified} are the reference network's ties no record has confirmed), the places and countries
 * they join, the places with the most ties and the ties recorded last.
 *
 * @param places    places with at least one live tie
 * @param countries countries those places are in
 */
public record Overview(
        int sister,
        int partner,
        int intent,
        int unverified,
        int total,
        int places,
        int countries,
        List<Ranked> mostTies,
        List<TieView> newest) {

    /** A place and how many live ties it has. */
    public record Ranked(Place place, int ties) {}
}
