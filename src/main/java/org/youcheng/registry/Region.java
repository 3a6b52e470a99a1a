package org.youcheng.registry;

import org.youcheng.common.CodedTerm;

/**
 * Strategy regions, the way Chinese foreign-affairs offices lay out their partners (日韩, 东盟, 南亚 …).
 * Which country falls in which region is decided in {@code refdata/strategy-regions.tsv}.
 */
public enum Region implements CodedTerm {
    JAPAN_KOREA,
    ASEAN,
    SOUTH_ASIA,
    CENTRAL_ASIA,
    WEST_ASIA,
    RUSSIA_EASTERN_EUROPE,
    WESTERN_EUROPE,
    NORTH_AMERICA,
    LATIN_AMERICA,
    AFRICA,
    OCEANIA_PACIFIC,
    OTHER;

    public static Region fromCode(String code) {
        return CodedTerm.fromCode(Region.class, code);
    }
}
