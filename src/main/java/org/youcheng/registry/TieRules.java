package org.youcheng.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of the trade (DOMAIN.md), checked on every write: one Chinese sister per foreign place, levels of
 * comparable standing, formal ties only with countries that have diplomatic relations with China, and ties
 * inside China are exchanges, not international ties.
 */
public final class TieRules {

    private TieRules() {
    }

    /**
     * @param otherChineseSisters Chinese places other than the domestic side that already hold a sister tie
     *                            with the partner
     * @param partnerCountry      the partner's country, or null for a place in China
     */
    public static List<Warning> check(TieKind kind, Level domesticLevel, boolean domesticChinese, Level partnerLevel,
                                      boolean partnerChinese, Country partnerCountry, List<String> otherChineseSisters) {
        List<Warning> w = new ArrayList<>();
        if (domesticChinese && partnerChinese) {
            w.add(new Warning("within_china", "both sides are in China: an exchange within China is not an "
                    + "international tie and is not counted as one"));
        }
        if (kind == TieKind.SISTER && !otherChineseSisters.isEmpty()) {
            w.add(new Warning("second_sister", "the partner already has a Chinese sister ("
                    + String.join(", ", otherChineseSisters) + "); by practice a second Chinese city is offered a "
                    + "friendship-cooperation (partner) tie"));
        }
        if (!domesticLevel.comparableTo(partnerLevel)) {
            w.add(new Warning("level_mismatch", "levels do not match: " + domesticLevel.en() + " with "
                    + partnerLevel.en()));
        }
        if (kind == TieKind.SISTER && partnerCountry != null && !partnerCountry.diplomatic()) {
            w.add(new Warning("no_diplomatic_relations", partnerCountry.nameEn() + " (" + partnerCountry.nameZh()
                    + ") has no diplomatic relations with China; formal ties are made only with countries that have"));
        }
        return w;
    }
}
