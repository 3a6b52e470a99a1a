package org.youcheng.analytics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.youcheng.analytics.RegionLayout;
import org.youcheng.analytics.Strategy;
import org.youcheng.analytics.Tally;
import org.youcheng.registry.Country;

/**
 * A strategy layout against a place's ties standing at a day: for each region it aims at, the ties there now, the
 * gap to its target, the ties new in the year and the countries still open (most peers there first).
 */
public final class RegionLayouts {

    private RegionLayouts() {}

    public static List<RegionLayout> of(
            long placeId, Strategy plan, int year, List<HeldTie> live, PeerSet peers, LocalDate asOf) {
        if (plan.aims().isEmpty()) {
            return List.of();
        }
        Map<String, Country> countries = peers.countries();
        Map<String, Integer> peersIn = new HashMap<>();
        peers.tallies(asOf).forEach((id, t) -> {
            if (id != placeId) {
                t.byCountry().keySet().forEach(c -> peersIn.merge(c, 1, Integer::sum));
            }
        });
        Tally own = Tally.of(live, countries);
        List<RegionLayout> out = new ArrayList<>();
        for (Strategy.Aim aim : plan.aims()) {
            int now = own.byRegion().getOrDefault(aim.region().code(), 0);
            int fresh = (int) live.stream()
                    .filter(t -> t.kind().counted()
                            && t.signed() != null
                            && t.signed().year() == year
                            && countries.containsKey(t.country())
                            && countries.get(t.country()).region() == aim.region())
                    .count();
            List<RegionLayout.Opening> openings = countries.values().stream()
                    .filter(c -> c.region() == aim.region()
                            && !own.byCountry().containsKey(c.code())
                            && !"CN".equals(c.code()))
                    .map(c -> new RegionLayout.Opening(
                            c.code(), c.nameZh(), c.nameEn(), peersIn.getOrDefault(c.code(), 0)))
                    .sorted(Comparator.comparingInt(RegionLayout.Opening::peers)
                            .reversed()
                            .thenComparing(RegionLayout.Opening::country))
                    .toList();
            Integer gap = aim.target() == null ? null : Math.max(0, aim.target() - now);
            out.add(new RegionLayout(
                    aim.region().code(),
                    aim.region().zh(),
                    aim.region().en(),
                    aim.verb(),
                    now,
                    aim.target(),
                    gap,
                    fresh,
                    openings));
        }
        return out;
    }
}
