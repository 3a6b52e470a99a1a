package org.youcheng.registry;

import org.youcheng.common.CodedTerm;

/**
 * The administrative level of a place. Chinese places are province, prefecture, county or district;
 * foreign places are province (a state, province or prefecture), city, county, district or town.
 * {@link #tier()} puts comparable levels side by side, for the rule that partners should match.
 */
public enum Level implements CodedTerm {
    PROVINCE,
    PREFECTURE,
    CITY,
    COUNTY,
    DISTRICT,
    TOWN;

    public int tier() {
        return switch (this) {
            case PROVINCE -> 1;
            case PREFECTURE, CITY -> 2;
            case COUNTY, DISTRICT -> 3;
            case TOWN -> 4;
        };
    }

    public static Level fromCode(String code) {
        return CodedTerm.fromCode(Level.class, code);
    }

    /** Whether two sides of a tie are of comparable standing (a county may twin a county or a town). */
    public boolean comparableTo(Level other) {
        return Math.abs(tier() - other.tier()) <= (Math.max(tier(), other.tier()) >= 3 ? 1 : 0);
    }
}
