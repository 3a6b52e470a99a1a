package org.youcheng.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.youcheng.registry.Place;
import org.youcheng.registry.Places;
import org.youcheng.registry.TieStatus;
import org.youcheng.registry.TieView;
import org.youcheng.registry.Ties;

/**
 * Finds a place's {@link Neighbourhood} with two queries: the ties of the place, then the ties of its partners.
 * The second ring is capped at {@link #MAX_SECOND_RING} places, keeping those tied to the most first-ring places
 * (then the lowest ids, so the answer is stable), which keeps a force layout readable and quick to settle.
 */
@Service
public class NeighbourhoodService {

    static final int MAX_SECOND_RING = 250;

    private final Places places;
    private final Ties ties;

    NeighbourhoodService(Places places, Ties ties) {
        this.places = places;
        this.ties = ties;
    }

    public Neighbourhood around(long placeId) {
        Place centre = places.get(placeId);
        Map<Long, Place> first = new LinkedHashMap<>();
        for (TieView v : live(ties.viewsOf(List.of(placeId)))) {
            Place other = v.other(placeId);
            first.putIfAbsent(other.id(), other);
        }
        Map<Long, TieView> all = new LinkedHashMap<>();
        Map<Long, Place> second = new HashMap<>();
        Map<Long, Integer> linksToFirst = new HashMap<>();
        if (!first.isEmpty()) {
            for (TieView v : live(ties.viewsOf(first.keySet()))) {
                all.put(v.tie().id(), v);
                for (Place p : List.of(v.domestic(), v.partner())) {
                    if (p.id() != placeId && !first.containsKey(p.id())) {
                        second.putIfAbsent(p.id(), p);
                        linksToFirst.merge(p.id(), 1, Integer::sum);
                    }
                }
            }
        }
        List<Place> ring2 = second.values().stream()
                .sorted(Comparator.comparing((Place p) -> -linksToFirst.get(p.id()))
                        .thenComparingLong(Place::id))
                .limit(MAX_SECOND_RING)
                .toList();
        Map<Long, Integer> hop = new LinkedHashMap<>();
        hop.put(placeId, 0);
        first.keySet().forEach(id -> hop.put(id, 1));
        ring2.forEach(p -> hop.put(p.id(), 2));
        Set<Long> shown = hop.keySet();
        List<Neighbourhood.Edge> edges = new ArrayList<>();
        Map<Long, Integer> links = new HashMap<>();
        for (TieView v : all.values()) {
            long a = v.domestic().id();
            long b = v.partner().id();
            if (shown.contains(a) && shown.contains(b)) {
                edges.add(new Neighbourhood.Edge(v.tie().id(), a, b, v.tie().kind()));
                links.merge(a, 1, Integer::sum);
                links.merge(b, 1, Integer::sum);
            }
        }
        List<Neighbourhood.Node> nodes = new ArrayList<>();
        nodes.add(new Neighbourhood.Node(centre, 0, links.getOrDefault(placeId, 0)));
        first.values().forEach(p -> nodes.add(new Neighbourhood.Node(p, 1, links.getOrDefault(p.id(), 0))));
        ring2.forEach(p -> nodes.add(new Neighbourhood.Node(p, 2, links.getOrDefault(p.id(), 0))));
        return new Neighbourhood(centre, List.copyOf(nodes), List.copyOf(edges), second.size() - ring2.size());
    }

    private static List<TieView> live(List<TieView> views) {
        return views.stream()
                .filter(v -> v.tie().status() != TieStatus.ENDED && v.tie().counted())
                .toList();
    }
}
