package org.youcheng.analytics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.youcheng.analytics.PeerGroup;
import org.youcheng.analytics.Scope;
import org.youcheng.registry.Countries;
import org.youcheng.registry.Level;
import org.youcheng.registry.Ties;

/** The {@link PeerSet} of each peer group and scope, read again when the tie table changes. */
@Component
public class PeerSets {

    private final Ties tieTable;
    private final HeldTieRepository ties;
    private final Countries countries;
    private final Map<String, Cached<PeerSet>> cache = new ConcurrentHashMap<>();

    PeerSets(Ties tieTable, HeldTieRepository ties, Countries countries) {
        this.tieTable = tieTable;
        this.ties = ties;
        this.countries = countries;
    }

    public PeerSet of(Level level) {
        return of(PeerGroup.of(level), Scope.OWN);
    }

    public PeerSet of(Level level, Scope scope) {
        return of(PeerGroup.of(level), scope);
    }

    public PeerSet of(PeerGroup group, Scope scope) {
        return cache.computeIfAbsent(group.code() + ":" + scope.code(), k -> new Cached<>())
                .get(tieTable.state(), () -> build(group, scope));
    }

    private PeerSet build(PeerGroup group, Scope scope) {
        if (scope == Scope.OWN && group.level() != null) {
            // one level, its own ties: read with the level in the query
            List<HeldTieRepository.Member> members = ties.members(group.level());
            return new PeerSet(group, scope, members, ties.ofLevel(group.level()), countries.all(), self(members));
        }
        Map<Long, HeldTieRepository.Node> tree = ties.tree();
        List<HeldTieRepository.Member> members = HeldTieRepository.members(tree, rule(group));
        Set<Long> ids = new HashSet<>();
        members.forEach(m -> ids.add(m.id()));
        Map<Long, Long> up = scope == Scope.WHOLE ? HeldTieRepository.up(tree, ids) : self(members);
        Map<Long, List<HeldTie>> grouped = new HashMap<>();
        // each holder's ties counted on its own basis (records, else the reference network), then added to its member
        ties.all().forEach((holder, held) -> {
            Long m = up.get(holder);
            if (m != null) {
                grouped.computeIfAbsent(m, k -> new ArrayList<>()).addAll(held);
            }
        });
        return new PeerSet(group, scope, members, grouped, countries.all(), up);
    }

    /** Each member as the place its own figures are added to. */
    private static Map<Long, Long> self(List<HeldTieRepository.Member> members) {
        Map<Long, Long> out = new HashMap<>();
        members.forEach(m -> out.put(m.id(), m.id()));
        return out;
    }

    /** Which Chinese places a group holds. */
    static Predicate<HeldTieRepository.Node> rule(PeerGroup group) {
        return switch (group) {
            case CITIES -> n -> n.level() == Level.PREFECTURE || CityRanks.holds(n.code(), "municipality");
            case MAJOR -> n -> CityRanks.holds(n.code(), "capital") || CityRanks.holds(n.code(), "sub_provincial");
            default -> n -> n.level() == group.level();
        };
    }
}
