package org.youcheng.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.youcheng.registry.Country;
import org.youcheng.registry.Level;
import org.youcheng.registry.Place;
import org.youcheng.registry.PlaceRepository;
import org.youcheng.registry.TieKind;
import org.youcheng.system.YouchengProperties;

/**
 * Ranks every Chinese place of a level by the composite index of docs/ranking.md. Length and breadth come from the
 * ties; depth, heat and frequency need the exchange ledger and are reported as unscored until it exists.
 */
@Service
public class RankingService {

    static final String NO_LEDGER = "needs the exchange ledger (delegations, events, projects, awards), "
            + "which this registry does not record yet";

    private final PeerSets peerSets;
    private final PlaceRepository places;
    private final Map<Dimension, Double> weights = new EnumMap<>(Dimension.class);

    RankingService(PeerSets peerSets, PlaceRepository places, YouchengProperties properties) {
        this.peerSets = peerSets;
        this.places = places;
        YouchengProperties.Ranking r = properties.ranking();
        weights.put(Dimension.LENGTH, r.length());
        weights.put(Dimension.BREADTH, r.breadth());
        weights.put(Dimension.DEPTH, r.depth());
        weights.put(Dimension.HEAT, r.heat());
        weights.put(Dimension.FREQUENCY, r.frequency());
    }

    public Ranking rank(Level level, int year) {
        PeerSet peers = peerSets.of(level);
        LocalDate asOf = LocalDate.of(year, 12, 31);
        Map<Long, Tally> tallies = peers.tallies(asOf);
        List<CompositeIndex.Input> inputs = new ArrayList<>();
        for (HeldTieRepository.Member m : peers.members()) {
            inputs.add(new CompositeIndex.Input(m.id(), indicators(peers.ties(m.id()), tallies.get(m.id()), asOf,
                    peers.countries())));
        }
        Map<Dimension, Double> scored = new EnumMap<>(Dimension.class);
        scored.put(Dimension.LENGTH, weights.get(Dimension.LENGTH));
        scored.put(Dimension.BREADTH, weights.get(Dimension.BREADTH));
        Map<Long, Place> byId = new java.util.HashMap<>();
        List<Long> ids = new ArrayList<>(peers.members().stream().map(HeldTieRepository.Member::id).toList());
        peers.members().forEach(m -> ids.add(m.province()));
        places.findAll(ids).forEach(p -> byId.put(p.id(), p));
        List<Ranking.Entry> entries = new ArrayList<>();
        for (CompositeIndex.Scored s : CompositeIndex.score(inputs, scored)) {
            Place p = byId.get(s.place());
            Place province = byId.get(peers.province(s.place()));
            Map<String, Ranking.DimensionScore> dims = new LinkedHashMap<>();
            s.dimensions().forEach((d, score) -> {
                Map<String, Ranking.Indicator> ind = new LinkedHashMap<>();
                score.indicators().forEach((k, v) -> ind.put(k, new Ranking.Indicator(v[0], round(v[1], 4))));
                dims.put(d.code(), new Ranking.DimensionScore(round(score.score(), 2), ind));
            });
            entries.add(new Ranking.Entry(s.rank(), round(s.index(), 2), FriendshipProfileService.ref(p),
                    province == null ? null : province.nameZh(), province == null ? null : province.nameEn(),
                    dims));
        }
        Map<String, Double> w = new LinkedHashMap<>();
        scored.forEach((d, v) -> w.put(d.code(), v));
        Map<String, String> unscored = new LinkedHashMap<>();
        for (Dimension d : List.of(Dimension.DEPTH, Dimension.HEAT, Dimension.FREQUENCY)) {
            unscored.put(d.code(), NO_LEDGER);
        }
        return new Ranking(level.code(), year, w, unscored, entries);
    }

    /** The place's entry in the ranking of its level. */
    public Optional<Ranking.Entry> entryOf(Place place, int year) {
        return rank(place.level(), year).places().stream().filter(e -> e.place().id() == place.id()).findFirst();
    }

    /**
     * Length: years since the first signed tie, and tie-years (each standing signed tie's years). Breadth: sister
     * and partner ties, countries and continents. Intents are not ties yet: they count in neither.
     */
    static Map<Dimension, Map<String, Double>> indicators(List<HeldTie> all, Tally tally, LocalDate asOf,
                                                         Map<String, Country> countries) {
        Tally signed = Tally.of(all.stream().filter(t -> t.kind() != TieKind.INTENT && t.liveAt(asOf)).toList(),
                countries);
        int year = asOf.getYear();
        int first = all.stream().filter(t -> t.kind() != TieKind.INTENT && t.signed() != null
                && !t.signed().firstDay().isAfter(asOf)).mapToInt(t -> t.signed().year()).min().orElse(year + 1);
        double tieYears = all.stream().filter(t -> t.kind() != TieKind.INTENT && t.signed() != null
                && t.liveAt(asOf)).mapToInt(t -> year - t.signed().year() + 1).sum();
        Map<Dimension, Map<String, Double>> out = new EnumMap<>(Dimension.class);
        Map<String, Double> length = new LinkedHashMap<>();
        length.put("years", (double) (year - first + 1));
        length.put("tie_years", tieYears);
        out.put(Dimension.LENGTH, length);
        Map<String, Double> breadth = new LinkedHashMap<>();
        breadth.put("sister", (double) tally.sister());
        breadth.put("partner", (double) tally.partner());
        breadth.put("countries", (double) signed.countries());
        breadth.put("continents", (double) signed.continents());
        out.put(Dimension.BREADTH, breadth);
        return out;
    }

    private static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }
}
