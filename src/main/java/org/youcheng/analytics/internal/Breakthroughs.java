package org.youcheng.analytics.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.youcheng.analytics.Breakthrough;
import org.youcheng.analytics.Scope;
import org.youcheng.analytics.TieLine;
import org.youcheng.registry.Country;
import org.youcheng.registry.Place;
import org.youcheng.registry.Places;
import org.youcheng.registry.Summary;

/** The "firsts" (零的突破) a place's new ties of a year were, for its profile: its own and those of the places above it. */
@Component
public record Breakthroughs(Places places, PeerSets peerSets) {

    /**
     * For the ties signed in the year, every "first" they were: of this place in its scope, then of each place above
     * it (city, province) with all its subordinates, anywhere, in the continent and in the country. Highest place
     * first, then the widest group.
     */
    public List<Breakthrough> of(
            Place place, Scope scope, List<HeldTie> ofYear, Map<String, Country> countries, int year) {
        if (ofYear.isEmpty()) {
            return List.of();
        }
        Set<Long> mine = new HashSet<>();
        ofYear.forEach(t -> mine.add(t.tieId()));
        List<Place> chain = new ArrayList<>();
        for (Place p = place;
                p != null;
                p = p.parentId() == null ? null : places.find(p.parentId()).orElse(null)) {
            if (p.chinese()) {
                chain.add(0, p);
            }
        }
        List<Breakthrough> out = new ArrayList<>();
        for (Place p : chain) {
            Scope s = p.id() == place.id() ? scope : Scope.WHOLE;
            List<HeldTie> ties = peerSets.of(p.level(), s).ties(p.id());
            for (String over : List.of("any", "continent", "country")) {
                Function<HeldTie, String> group = switch (over) {
                    case "any" -> t -> "";
                    case "continent" ->
                        t -> countries.containsKey(t.country())
                                ? countries.get(t.country()).continent().code()
                                : null;
                    default -> HeldTie::country;
                };
                for (HeldTie t : Firsts.firsts(ties, group)) {
                    if (t.signed().year() != year || !mine.contains(t.tieId())) {
                        continue;
                    }
                    Country c = countries.get(t.country());
                    String whereZh = over.equals("any") || c == null
                            ? null
                            : over.equals("country")
                                    ? c.nameZh()
                                    : c.continent().zh();
                    String whereEn = over.equals("any") || c == null
                            ? null
                            : over.equals("country")
                                    ? c.nameEn()
                                    : c.continent().en();
                    out.add(new Breakthrough(
                            TieLine.of(t, countries),
                            Summary.PlaceRef.of(p),
                            p.nameZh(),
                            p.name(false),
                            over,
                            whereZh,
                            whereEn));
                }
            }
        }
        return out;
    }
}
