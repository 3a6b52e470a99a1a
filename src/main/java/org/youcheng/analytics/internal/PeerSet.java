package org.youcheng.analytics.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.youcheng.analytics.PeerGroup;
import org.youcheng.analytics.Scope;
import org.youcheng.analytics.Tally;
import org.youcheng.registry.Country;

/**
 * Every Chinese place of one level with the ties it holds (its own, or with those of its subordinates: {@link Scope}):
 * the peers a place is compared and ranked with. Built
 * once per state of the tie table ({@link PeerSets}); the tallies at a given day are kept once computed.
 */
public final class PeerSet {

    private final PeerGroup group;
    private final Scope scope;
    private final List<HeldTieRepository.Member> members;
    private final Map<Long, Long> province = new HashMap<>();
    private final Map<Long, List<HeldTie>> ties;
    private final Map<String, Country> countries;
    private final Map<Long, Long> up;
    private final Map<LocalDate, Map<Long, Tally>> tallies = new ConcurrentHashMap<>();

    PeerSet(
            PeerGroup group,
            Scope scope,
            List<HeldTieRepository.Member> members,
            Map<Long, List<HeldTie>> ties,
            Map<String, Country> countries,
            Map<Long, Long> up) {
        this.group = group;
        this.scope = scope;
        this.members = List.copyOf(members);
        members.forEach(m -> province.put(m.id(), m.province()));
        this.ties = ties;
        this.countries = countries;
        this.up = Map.copyOf(up);
    }

    PeerGroup group() {
        return group;
    }

    /** For every Chinese place whose figures a member counts (itself, or also its subordinates): that member. */
    public Map<Long, Long> up() {
        return up;
    }

    Scope scope() {
        return scope;
    }

    public List<HeldTieRepository.Member> members() {
        return members;
    }

    public Map<String, Country> countries() {
        return countries;
    }

    public long province(long place) {
        return province.getOrDefault(place, place);
    }

    /** Every tie the place holds, ended ones included. */
    public List<HeldTie> ties(long place) {
        return ties.getOrDefault(place, List.of());
    }

    public List<HeldTie> live(long place, LocalDate day) {
        return ties(place).stream().filter(t -> t.liveAt(day)).toList();
    }

    /** Each member's tally of the ties that stood at the end of the day. */
    public Map<Long, Tally> tallies(LocalDate day) {
        return tallies.computeIfAbsent(day, d -> {
            Map<Long, Tally> out = new HashMap<>();
            members.forEach(m -> out.put(m.id(), Tally.of(live(m.id(), d), countries)));
            return Map.copyOf(out);
        });
    }
}
