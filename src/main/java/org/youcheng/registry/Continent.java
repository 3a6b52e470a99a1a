package org.youcheng.registry;

import org.youcheng.common.CodedTerm;

public enum Continent implements CodedTerm {
    ASIA,
    EUROPE,
    AFRICA,
    NORTH_AMERICA,
    SOUTH_AMERICA,
    OCEANIA,
    ANTARCTICA;

    public static Continent fromCode(String code) {
        return CodedTerm.fromCode(Continent.class, code);
    }
}
