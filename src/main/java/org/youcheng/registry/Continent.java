package org.youcheng.registry;

import org.youcheng.common.CodedTerm;

public enum Continent implements CodedTerm {
    ASIA("亚洲", "Asia"),
    EUROPE("欧洲", "Europe"),
    AFRICA("非洲", "Africa"),
    NORTH_AMERICA("北美洲", "North America"),
    SOUTH_AMERICA("南美洲", "South America"),
    OCEANIA("大洋洲", "Oceania"),
    ANTARCTICA("南极洲", "Antarctica");

    private final String zh;
    private final String en;

    Continent(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }

    public static Continent fromCode(String code) {
        return CodedTerm.fromCode(Continent.class, code);
    }
}
