package org.youcheng.analytics;

import java.util.Locale;
import java.util.Optional;
import org.youcheng.common.CodedTerm;
import org.youcheng.registry.Level;

/**
 * The places a place is ranked with: all of one level, or the groups the national friendship-interaction index
 * compares — cities at prefecture level and above (the prefecture-level cities and the four municipalities), and the
 * sub-provincial cities with the provincial capitals ({@code refdata/china/city-ranks.tsv}).
 */
public enum PeerGroup implements CodedTerm {
    PROVINCE(Level.PROVINCE, "省级", "provinces"),
    PREFECTURE(Level.PREFECTURE, "地级市", "prefecture cities"),
    COUNTY(Level.COUNTY, "县级", "county-level places"),
    DISTRICT(Level.DISTRICT, "市辖区", "districts"),
    CITIES(null, "地级及以上城市", "cities at prefecture level and above"),
    MAJOR(null, "副省级城市和省会城市", "sub-provincial cities and provincial capitals");

    private final Level level;
    private final String zh;
    private final String en;

    PeerGroup(Level level, String zh, String en) {
        this.level = level;
        this.zh = zh;
        this.en = en;
    }

    /** The level of a group of one level; null for the mixed groups. */
    public Level level() {
        return level;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }

    public static PeerGroup of(Level level) {
        return switch (level) {
            case PROVINCE -> PROVINCE;
            case PREFECTURE, CITY -> PREFECTURE;
            case COUNTY, TOWN -> COUNTY;
            case DISTRICT -> DISTRICT;
        };
    }

    public static Optional<PeerGroup> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        for (PeerGroup g : values()) {
            if (g.code().equals(s) || g.zh.equals(s)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
