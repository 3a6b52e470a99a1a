package org.youcheng.registry;

import org.youcheng.common.CodedTerm;

/**
 * Strategy regions, the way Chinese foreign-affairs offices lay out their partners (日韩, 东盟, 南亚 …).
 * Which country falls in which region is decided in {@code refdata/strategy-regions.tsv}.
 */
public enum Region implements CodedTerm {
    JAPAN_KOREA("日韩及东北亚", "Japan, Korea and Northeast Asia"),
    ASEAN("东盟", "ASEAN"),
    SOUTH_ASIA("南亚", "South Asia"),
    CENTRAL_ASIA("中亚", "Central Asia"),
    WEST_ASIA("西亚", "West Asia"),
    RUSSIA_EASTERN_EUROPE("俄罗斯和中东欧", "Russia, Central and Eastern Europe"),
    WESTERN_EUROPE("西欧、南欧和北欧", "Western, Southern and Northern Europe"),
    NORTH_AMERICA("北美", "North America"),
    LATIN_AMERICA("拉美和加勒比", "Latin America and the Caribbean"),
    AFRICA("非洲", "Africa"),
    OCEANIA_PACIFIC("大洋洲和太平洋岛国", "Oceania and the Pacific islands"),
    OTHER("其他", "Other");

    private final String zh;
    private final String en;

    Region(String zh, String en) {
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

    public static Region fromCode(String code) {
        return CodedTerm.fromCode(Region.class, code);
    }
}
