package org.youcheng.network.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.youcheng.network.ExpansionService;
import org.youcheng.network.GraphFilter;
import org.youcheng.network.PartnerMatching;
import org.youcheng.network.PartnerRequest;
import org.youcheng.network.PlaceAttributes;
import org.youcheng.network.ScorePart;
import org.youcheng.registry.Countries;
import org.youcheng.registry.Country;
import org.youcheng.registry.Place;
import org.youcheng.registry.Places;
import org.youcheng.registry.Ties;

/**
 * Partner matching as a sum of named parts (0–100), both ways: a Chinese place's request is answered with foreign
 * places, a foreign place's with Chinese ones. Candidates are the other side's places on the network, and those
 * near the requester's partners; the request's countries, regions and level, a tie already made (even ended) and,
 * for a Chinese requester, a country without diplomatic relations rule a candidate out. The parts:
 * <ul>
 * <li>{@code peers} (30): ties the candidate has with places like the requester: of comparable level, on the
 * requester's side; for a Chinese requester a peer in its own province counts twice. Full points from 4.</li>
 * <li>{@code proximity} (20): within the radius of one of the requester's partners (以点带面).</li>
 * <li>{@code activity} (20): the candidate's own ties, on a log scale.</li>
 * <li>{@code level} (10), {@code population} (10), {@code themes} (10): the profile, against the request, from the
 * attributes on record (a missing figure earns nothing and says so).</li>
 * </ul>
 */
@Service
public record WeightedPartnerMatching(
        KeptGraphs graphs,
        GraphRepository repository,
        Places places,
        Countries countries,
        PlaceAttributeRepository attributes,
        Ties ties)
        implements PartnerMatching {

    @Override
    public Result candidates(PartnerRequest request, int limit) {
        Place requester = places.get(request.placeId());
        TieGraph live = graphs.graph(GraphFilter.ALL_LIVE);
        Set<Long> tied = graphs.tiedTo(requester.id());
        Map<Long, Long> parents = repository.chineseParents();
        Map<Long, PlaceAttributes> attrs = attributes.all();
        Profile profile = new Profile(request, requester, attrs);
        Peers peers = new Peers(requester, parents);
        int mostTies = live.mostTies();
        double radius = ExpansionService.DEFAULT_RADIUS_KM;
        Map<String, List<Place>> partnersByCountry = new HashMap<>();
        live.vertex(requester.id()).map(live::partners).orElse(List.of()).stream()
                .filter(Geo::placed)
                .forEach(p -> partnersByCountry
                        .computeIfAbsent(p.countryCode(), k -> new ArrayList<>())
                        .add(p));

        Map<Long, Place> pool = new LinkedHashMap<>();
        for (int v = 0; v < live.size(); v++) {
            pool.put(live.place(v).id(), live.place(v));
        }
        for (Place p : repository.placed()) {
            if (partnersByCountry.containsKey(p.countryCode())) {
                pool.putIfAbsent(p.id(), p);
            }
        }
        Map<String, Country> all = countries.all();
        int undiplomatic = 0;
        List<Match> found = new ArrayList<>();
        for (Place c : pool.values()) {
            if (c.chinese() == requester.chinese()
                    || tied.contains(c.id())
                    || !wanted(request, all.get(c.countryCode()))
                    || (request.level() != null && !c.level().comparableTo(request.level()))) {
                continue;
            }
            if (requester.chinese() && !all.get(c.countryCode()).diplomatic()) {
                undiplomatic++;
                continue;
            }
            List<Place> itsPartners = live.vertex(c.id()).map(live::partners).orElse(List.of());
            List<ScorePart> parts = new ArrayList<>();
            parts.add(peers.part(30, itsPartners));
            parts.add(proximity(20, c, partnersByCountry.get(c.countryCode()), radius));
            parts.add(Scoring.activity(20, itsPartners.size(), mostTies));
            parts.addAll(profile.parts(c));
            double score = parts.stream().mapToDouble(ScorePart::points).sum();
            if (score > 0) {
                found.add(new Match(0, c, Math.round(score * 10) / 10.0, List.copyOf(parts), List.of()));
            }
        }
        found.sort(Comparator.comparingDouble((Match m) -> -m.score())
                .thenComparingLong(m -> m.candidate().id()));
        List<Match> top = found.subList(0, Math.min(limit, found.size()));
        Map<Long, List<String>> sisters = new HashMap<>();
        if (requester.chinese()) {
            ties.chineseSistersOf(top.stream().map(m -> m.candidate().id()).toList())
                    .forEach(s -> sisters.computeIfAbsent(s.partnerId(), k -> new ArrayList<>())
                            .add(s.name()));
        }
        List<Match> ranked = new ArrayList<>();
        for (Match m : top) {
            List<Note> notes = new ArrayList<>();
            notes.add(new Note(
                    "与%s尚无结好关系".formatted(requester.name(true)),
                    "no tie with %s yet".formatted(requester.name(false))));
            List<String> s = sisters.get(m.candidate().id());
            if (s != null) {
                notes.add(new Note(
                        "已是%s的友好城市：按惯例只宜结为友好交流城市".formatted(String.join("、", s)),
                        "already a sister city of %s: by practice, offer a partner (friendship-cooperation) tie"
                                .formatted(String.join(", ", s))));
            }
            ranked.add(new Match(ranked.size() + 1, m.candidate(), m.score(), m.parts(), List.copyOf(notes)));
        }
        List<Note> caveats = new ArrayList<>();
        if (undiplomatic > 0) {
            caveats.add(new Note(
                    "%d 个候选在未与中国建交的国家，未列入".formatted(undiplomatic),
                    "%d candidates in countries without diplomatic relations with China left out"
                            .formatted(undiplomatic)));
        }
        return new Result(requester, request, found.size(), List.copyOf(ranked), List.copyOf(caveats));
    }

    private static boolean wanted(PartnerRequest r, Country c) {
        if (r.countries().isEmpty() && r.regions().isEmpty()) {
            return true;
        }
        return r.countries().contains(c.code()) || r.regions().contains(c.region());
    }

    private static ScorePart proximity(double max, Place c, List<Place> partners, double radius) {
        if (partners != null && Geo.placed(c)) {
            Place nearest = partners.stream()
                    .min(Comparator.comparingDouble(p -> Geo.km(p, c)))
                    .orElseThrow();
            double km = Geo.km(nearest, c);
            if (km <= radius) {
                return Scoring.proximity(max, nearest, km, radius);
            }
        }
        return Scoring.noPartnerNear(max, radius);
    }
}
