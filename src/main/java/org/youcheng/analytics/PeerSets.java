package org.youcheng.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.youcheng.registry.CountryRepository;
import org.youcheng.registry.Level;
import org.youcheng.registry.TieRepository;

/** The {@link PeerSet} of each level and scope, read again when the tie table changes. */
@Component
class PeerSets {

    private final TieRepository tieTable;
    private final HeldTieRepository ties;
    private final CountryRepository countries;
    private final Map<String, Cached<PeerSet>> cache = new ConcurrentHashMap<>();

    PeerSets(TieRepository tieTable, HeldTieRepository ties, CountryRepository countries) {
        this.tieTable = tieTable;
        this.ties = ties;
        this.countries = countries;
    }

    PeerSet of(Level level) {
        return of(level, Scope.OWN);
    }

    PeerSet of(Level level, Scope scope) {
        return cache.computeIfAbsent(level.code() + ":" + scope.code(), k -> new Cached<>())
                .get(tieTable.state(), () -> scope == Scope.OWN
                        ? new PeerSet(level, scope, ties.members(level), ties.ofLevel(level), countries.all())
                        : whole(level));
    }

    /** For every Chinese place at or under a place of the level: that place (for adding up a subtree's figures). */
    Map<Long, Long> up(Level level) {
        Map<Long, Long> out = new HashMap<>();
        ties.ancestors(level).forEach((id, m) -> out.put(id, m.id()));
        return out;
    }

    /** Each place of the level holds the ties of every place under it, each counted on its own holder's basis. */
    private PeerSet whole(Level level) {
        Map<Long, HeldTieRepository.Member> up = ties.ancestors(level);
        Map<Long, List<HeldTie>> grouped = new HashMap<>();
        ties.all().forEach((holder, held) -> {
            HeldTieRepository.Member m = up.get(holder);
            if (m != null) {
                grouped.computeIfAbsent(m.id(), k -> new ArrayList<>()).addAll(held);
            }
        });
        return new PeerSet(level, Scope.WHOLE, ties.members(level), grouped, countries.all());
    }
}
