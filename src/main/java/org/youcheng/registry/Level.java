package org.youcheng.registry;

import org.youcheng.common.CodedTerm;

/**
 * The administrative level of a place. Chinese places are province, prefecture, county or district;
 * foreign places are province (a state, province or prefecture), city, county, district or town.
 * {@link #tier()} puts comparable levels side by side, for the rule that partners should match.
 */
public enum Level implements CodedTerm {
    PROVINCE(1, "省级", "province"),
    PREFECTURE(2, "地级市", "prefecture city"),
    CITY(2, "城市", "city"),
    COUNTY(3, "县级", "county"),
    DISTRICT(3, "区", "district"),
    TOWN(4, "镇", "town");

    private final int tier;
    private final String zh;
    private final String en;

    Level(int tier, String zh, String en) {
        this.tier = tier;
        this.zh = zh;
        this.en = en;
    }

    public int tier() {
        return tier;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }

    public static Level fromCode(String code) {
        return CodedTerm.fromCode(Level.class, code);
    }

    /** Whether two sides of a tie are of comparable standing (a county may twin a county or a town). */
    public boolean comparableTo(Level other) {
        return Math.abs(tier - other.tier) <= (Math.max(tier, other.tier) >= 3 ? 1 : 0);
    }
}
