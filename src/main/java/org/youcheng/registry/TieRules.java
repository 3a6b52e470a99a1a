package org.youcheng.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.youcheng.common.PartialDate;

/**
 * The rules of the trade (DOMAIN.md), checked on every write: one Chinese sister per foreign place, levels of
 * comparable standing, formal ties only with countries that have diplomatic relations with China, and ties
 * inside China are exchanges, not international ties.
 */
public final class TieRules {

    private TieRules() {}

    /** A province-level place named …市 is a directly governed municipality. */
    public static boolean municipality(Level level, String nameZh) {
        return level == Level.PROVINCE && nameZh != null && nameZh.endsWith("市");
    }

    /**
     * A province-level place whose partners are cities: a municipality (北京市) or a special administrative region
     * (澳门特别行政区, 香港特别行政区), which twin cities as a city does.
     */
    public static boolean twinsCities(Level level, String nameZh) {
        return municipality(level, nameZh) || level == Level.PROVINCE && nameZh != null && nameZh.endsWith("特别行政区");
    }

    /** A tie is recorded once signed: a date whose first possible day is after today cannot be its signing. */
    public static boolean signedInFuture(PartialDate signed, LocalDate today) {
        return signed != null && signed.firstDay().isAfter(today);
    }

    /** The rules this tie bends, as warnings.
     *
     * @param domesticMunicipality a directly governed city (北京市, 上海市 …): province-level, and a fair match for
     *                             a great foreign city as well as for a province or state
     * @param otherChineseSisters Chinese places other than the domestic side that already hold a sister tie
     *                            with the partner
     * @param partnerCountry      the partner's country, or null for a place in China
     */
    public static List<Warning> check(
            TieKind kind,
            Level domesticLevel,
            boolean domesticMunicipality,
            boolean domesticChinese,
            Level partnerLevel,
            boolean partnerChinese,
            Country partnerCountry,
            List<String> otherChineseSisters) {
        List<Warning> w = new ArrayList<>();
        if (domesticChinese && partnerChinese) {
            w.add(new Warning(
                    "within_china",
                    "both sides are in China: an exchange within China is not an "
                            + "international tie and is not counted as one"));
        }
        if (kind == TieKind.SISTER && !otherChineseSisters.isEmpty()) {
            w.add(new Warning(
                    "second_sister",
                    "the partner already has a Chinese sister ("
                            + String.join(", ", otherChineseSisters)
                            + "); by practice a second Chinese city is offered a "
                            + "friendship-cooperation (partner) tie"));
        }
        if (!domesticLevel.comparableTo(partnerLevel) && !(domesticMunicipality && partnerLevel == Level.CITY)) {
            w.add(new Warning(
                    "level_mismatch", "levels do not match: " + domesticLevel.en() + " with " + partnerLevel.en()));
        }
        if (kind == TieKind.SISTER && partnerCountry != null && !partnerCountry.diplomatic()) {
            w.add(
                    new Warning(
                            "no_diplomatic_relations",
                            partnerCountry.nameEn() + " (" + partnerCountry.nameZh()
                                    + ") has no diplomatic relations with China; formal ties are made only with countries that have"));
        }
        return w;
    }
}
