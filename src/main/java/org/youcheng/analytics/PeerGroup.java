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
    PROVINCE(Level.PROVINCE),
    PREFECTURE(Level.PREFECTURE),
    COUNTY(Level.COUNTY),
    DISTRICT(Level.DISTRICT),
    CITIES(null),
    MAJOR(null);

    private final Level level;

    PeerGroup(Level level) {
        this.level = level;
    }

    /** The level of a group of one level; null for the mixed groups. */
    public Level level() {
        return level;
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
            if (g.code().equals(s) || g.zh().equals(s)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
