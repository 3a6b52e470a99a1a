package org.youcheng.analytics;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.youcheng.registry.CountryRepository;
import org.youcheng.registry.Level;
import org.youcheng.registry.TieRepository;

/** The {@link PeerSet} of each level, read again when the tie table changes. */
@Component
class PeerSets {

    private final TieRepository tieTable;
    private final HeldTieRepository ties;
    private final CountryRepository countries;
    private final Map<Level, Cached<PeerSet>> cache = new EnumMap<>(Level.class);

    PeerSets(TieRepository tieTable, HeldTieRepository ties, CountryRepository countries) {
        this.tieTable = tieTable;
        this.ties = ties;
        this.countries = countries;
        for (Level l : Level.values()) {
            cache.put(l, new Cached<>());
        }
    }

    PeerSet of(Level level) {
        return cache.get(level).get(tieTable.state(),
                () -> new PeerSet(level, ties.members(level), ties.ofLevel(level), countries.all()));
    }
}
