package org.youcheng.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.youcheng.common.ValidationException;
import org.youcheng.network.internal.Geo;
import org.youcheng.network.internal.GraphRepository;
import org.youcheng.network.internal.KeptGraphs;
import org.youcheng.network.internal.Scoring;
import org.youcheng.network.internal.TieGraph;
import org.youcheng.registry.Place;
import org.youcheng.registry.Places;

/**
 * 以点带面: a place's partners as bases to reach the places around them. A candidate lies in the same country as one
 * of the place's live partners and within the radius of it, is not the place's own country and has no tie with the
 * place (not even an ended one). Its score (0–100) is the sum of named parts: nearness to the partner (40), its own
 * ties (30), its ties with Chinese places (20), and other partners of the place nearby (10).
 */
@Service
public class ExpansionService {

    public static final double DEFAULT_RADIUS_KM = 150;
    static final double MAX_RADIUS_KM = 1000;

    private final KeptGraphs graphs;
    private final GraphRepository repository;
    private final Places places;

    ExpansionService(KeptGraphs graphs, GraphRepository repository, Places places) {
        this.graphs = graphs;
        this.repository = repository;
        this.places = places;
    }

    public Expansion around(long placeId, double radiusKm, int limit) {
        if (!(radiusKm > 0 && radiusKm <= MAX_RADIUS_KM)) {
            throw ValidationException.of("radius_km", radiusKm, "must be more than 0 and at most " + MAX_RADIUS_KM);
        }
        Place place = places.get(placeId);
        TieGraph live = graphs.graph(GraphFilter.ALL_LIVE);
        Set<Long> tied = graphs.tiedTo(placeId);
        List<Place> partners = live.vertex(placeId).map(live::partners).orElse(List.of());
        List<Place> placed = partners.stream().filter(Geo::placed).toList();
        List<Place> unplaced = partners.stream().filter(p -> !Geo.placed(p)).toList();
        Map<String, List<Place>> partnersByCountry = new HashMap<>();
        placed.forEach(p -> partnersByCountry
                .computeIfAbsent(p.countryCode(), k -> new ArrayList<>())
                .add(p));
        int mostTies = live.mostTies();
        List<Expansion.Suggestion> found = new ArrayList<>();
        for (Place c : repository.placed()) {
            List<Place> bases = partnersByCountry.get(c.countryCode());
            if (bases == null || tied.contains(c.id()) || c.countryCode().equals(place.countryCode())) {
                continue;
            }
            List<Place> near = bases.stream()
                    .filter(b -> Geo.km(b, c) <= radiusKm)
                    .sorted(Comparator.comparingDouble(b -> Geo.km(b, c)))
                    .toList();
            if (near.isEmpty()) {
                continue;
            }
            Place base = near.get(0);
            double km = Geo.km(base, c);
            int ties = live.vertex(c.id()).map(v -> live.graph().degree(v)).orElse(0);
            List<Place> chinese = live.vertex(c.id()).map(live::partners).orElse(List.of()).stream()
                    .filter(Place::chinese)
                    .toList();
            List<Place> also = near.subList(1, near.size());
            List<ScorePart> parts = List.of(
                    Scoring.proximity(40, base, km, radiusKm),
                    Scoring.activity(30, ties, mostTies),
                    Scoring.china(20, chinese),
                    alsoNear(10, also, radiusKm));
            double score = parts.stream().mapToDouble(ScorePart::points).sum();
            found.add(new Expansion.Suggestion(
                    0, c, base, Math.round(km * 10) / 10.0, Math.round(score * 10) / 10.0, parts, also));
        }
        found.sort(Comparator.comparingDouble((Expansion.Suggestion s) -> -s.score())
                .thenComparingDouble(Expansion.Suggestion::distanceKm)
                .thenComparingLong(s -> s.candidate().id()));
        List<Expansion.Suggestion> ranked = new ArrayList<>();
        for (Expansion.Suggestion s : found.subList(0, Math.min(limit, found.size()))) {
            ranked.add(new Expansion.Suggestion(
                    ranked.size() + 1,
                    s.candidate(),
                    s.reachedFrom(),
                    s.distanceKm(),
                    s.score(),
                    s.parts(),
                    s.alsoNear()));
        }
        return new Expansion(place, radiusKm, List.copyOf(ranked), unplaced);
    }

    private static ScorePart alsoNear(double max, List<Place> also, double radiusKm) {
        return new ScorePart(
                "partners_near",
                max * Math.min(1, also.size() / 2.0),
                max,
                also.isEmpty()
                        ? "附近没有其他已有伙伴"
                        : "另有 %d 个已有伙伴在 %s 公里内：%s"
                                .formatted(also.size(), Scoring.km(radiusKm), Scoring.names(also, true)),
                also.isEmpty()
                        ? "no other partner nearby"
                        : "%d more partners within %s km: %s"
                                .formatted(also.size(), Scoring.km(radiusKm), Scoring.names(also, false)));
    }
}
