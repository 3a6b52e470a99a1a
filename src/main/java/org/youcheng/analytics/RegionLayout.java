package org.youcheng.analytics;

import java.util.List;

/**
 * One region of a strategy layout against the ties.
 *
 * @param now      the place's ties there that stand
 * @param target   the plan's target, or null
 * @param gap      target − now when the plan has a target and it is not reached; 0 when reached; null without one
 * @param newTies  ties there signed in the year
 * @param openings the region's countries where the place has no tie, most peers there first
 */
public record RegionLayout(
        String region,
        String regionZh,
        String regionEn,
        Verb verb,
        int now,
        Integer target,
        Integer gap,
        int newTies,
        List<Opening> openings) {

    /** A country with no tie of the place yet, and how many of its peers (same level, nationwide) have one. */
    public record Opening(String country, String countryZh, String countryEn, int peers) {}
}
