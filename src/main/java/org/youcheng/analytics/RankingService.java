package org.youcheng.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.youcheng.analytics.internal.Cached;
import org.youcheng.analytics.internal.CompositeIndex;
import org.youcheng.analytics.internal.HeldTie;
import org.youcheng.analytics.internal.HeldTieRepository;
import org.youcheng.analytics.internal.LedgerIndicatorRepository;
import org.youcheng.analytics.internal.PeerSet;
import org.youcheng.analytics.internal.PeerSets;
import org.youcheng.common.YouchengProperties;
import org.youcheng.registry.Country;
import org.youcheng.registry.Level;
import org.youcheng.registry.Place;
import org.youcheng.registry.Places;
import org.youcheng.registry.Summary;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.Ties;

/**
 * Ranks every Chinese place of a level by the composite index of docs/ranking.md: length and breadth from the ties,
 * depth, heat and frequency from the exchange ledger.
 */
@Service
public class RankingService {

    private final PeerSets peerSets;
    private final Places places;
    private final LedgerIndicatorRepository ledger;
    private final int recentYears;
    private final int minPlacesWithData;
    private final Map<Dimension, Double> weights = new EnumMap<>(Dimension.class);
    private final Ties tieTable;
    private final Map<String, Cached<Ranking>> cache = new java.util.concurrent.ConcurrentHashMap<>();

    RankingService(
            PeerSets peerSets,
            Places places,
            LedgerIndicatorRepository ledger,
            Ties tieTable,
            YouchengProperties properties) {
        this.tieTable = tieTable;
        this.peerSets = peerSets;
        this.places = places;
        this.ledger = ledger;
        this.recentYears = properties.ranking().recentYears();
        this.minPlacesWithData = properties.ranking().minPlacesWithData();
        YouchengProperties.Ranking r = properties.ranking();
        weights.put(Dimension.LENGTH, r.length());
        weights.put(Dimension.BREADTH, r.breadth());
        weights.put(Dimension.DEPTH, r.depth());
        weights.put(Dimension.HEAT, r.heat());
        weights.put(Dimension.FREQUENCY, r.frequency());
    }

    /**
     * The ranking of a level at the end of a year, computed again only when the ties or the ledger have changed
     * since (the ledger's changes through the application are seen by its audit trail).
     */
    public Ranking rank(Level level, int year) {
        return rank(level, year, Scope.OWN);
    }

    public Ranking rank(Level level, int year, Scope scope) {
        return rank(PeerGroup.of(level), year, scope);
    }

    public Ranking rank(PeerGroup group, int year, Scope scope) {
        String state = tieTable.state() + ":" + ledger.state();
        return cache.computeIfAbsent(group.code() + ":" + scope.code() + ":" + year, k -> new Cached<>())
                .get(state, () -> compute(group, year, scope));
    }

    private Ranking compute(PeerGroup group, int year, Scope scope) {
        PeerSet peers = peerSets.of(group, scope);
        LocalDate asOf = LocalDate.of(year, 12, 31);
        Map<Long, Tally> tallies = peers.tallies(asOf);
        LocalDate recentFrom = LocalDate.of(year - recentYears + 1, 1, 1);
        Map<Long, LedgerIndicatorRepository.Counts> activity = scope == Scope.OWN && group.level() != null
                ? ledger.byPlace(group.level(), asOf, recentFrom)
                : ledger.byPlaceWithSubordinates(peers.up(), asOf, recentFrom);
        List<CompositeIndex.Input> inputs = new ArrayList<>();
        for (HeldTieRepository.Member m : peers.members()) {
            Map<Dimension, Map<String, Double>> ind =
                    indicators(peers.ties(m.id()), tallies.get(m.id()), asOf, peers.countries());
            ind.putAll(ledgerIndicators(
                    activity.getOrDefault(m.id(), LedgerIndicatorRepository.Counts.NONE), year, recentYears));
            inputs.add(new CompositeIndex.Input(m.id(), ind));
        }
        Set<Dimension> noData = CompositeIndex.withoutData(inputs, minPlacesWithData);
        Map<Dimension, Double> applied = new EnumMap<>(Dimension.class);
        double kept = weights.entrySet().stream()
                .filter(e -> !noData.contains(e.getKey()))
                .mapToDouble(Map.Entry::getValue)
                .sum();
        weights.forEach((d, w) -> {
            if (!noData.contains(d)) {
                applied.put(d, kept == 0 ? 0 : w / kept);
            }
        });
        Map<Long, Place> byId = new java.util.HashMap<>();
        List<Long> ids = new ArrayList<>(
                peers.members().stream().map(HeldTieRepository.Member::id).toList());
        peers.members().forEach(m -> ids.add(m.province()));
        places.findAll(ids).forEach(p -> byId.put(p.id(), p));
        List<Ranking.Entry> entries = new ArrayList<>();
        for (CompositeIndex.Scored s : CompositeIndex.score(inputs, applied)) {
            Place p = byId.get(s.place());
            Place province = byId.get(peers.province(s.place()));
            Map<String, Ranking.DimensionScore> dims = new LinkedHashMap<>();
            s.dimensions().forEach((d, score) -> {
                Map<String, Ranking.Indicator> ind = new LinkedHashMap<>();
                score.indicators().forEach((k, v) -> ind.put(k, new Ranking.Indicator(v[0], round(v[1], 4))));
                dims.put(d.code(), new Ranking.DimensionScore(round(score.score(), 2), ind));
            });
            entries.add(new Ranking.Entry(
                    s.rank(),
                    round(s.index(), 2),
                    Summary.PlaceRef.of(p),
                    province == null ? null : province.nameZh(),
                    province == null ? null : province.nameEn(),
                    dims));
        }
        Map<String, Double> w = new LinkedHashMap<>();
        weights.forEach((d, v) -> w.put(d.code(), v));
        Map<String, Double> a = new LinkedHashMap<>();
        applied.forEach((d, v) -> a.put(d.code(), round(v, 4)));
        return new Ranking(
                group.code(),
                scope.code(),
                year,
                w,
                a,
                noData.stream().map(Dimension::code).toList(),
                entries);
    }

    /** The place's entry in the ranking of its level. */
    public Optional<Ranking.Entry> entryOf(Place place, int year) {
        return rank(place.level(), year).places().stream()
                .filter(e -> e.place().id() == place.id())
                .findFirst();
    }

    /**
     * Length: years since the first signed tie, and tie-years (each standing signed tie's years). Breadth: sister
     * and partner ties, countries and continents. Intents are not ties yet: they count in neither.
     */
    static Map<Dimension, Map<String, Double>> indicators(
            List<HeldTie> all, Tally tally, LocalDate asOf, Map<String, Country> countries) {
        Tally signed = Tally.of(
                all.stream()
                        .filter(t -> t.kind() != TieKind.INTENT && t.liveAt(asOf))
                        .toList(),
                countries);
        int year = asOf.getYear();
        int first = all.stream()
                .filter(t -> t.kind() != TieKind.INTENT
                        && t.signed() != null
                        && !t.signed().firstDay().isAfter(asOf))
                .mapToInt(t -> t.signed().year())
                .min()
                .orElse(year + 1);
        double tieYears = all.stream()
                .filter(t -> t.kind() != TieKind.INTENT && t.signed() != null && t.liveAt(asOf))
                .mapToInt(t -> year - t.signed().year() + 1)
                .sum();
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

    /**
     * Depth: project domains covered, projects, projects with a reported outcome. Heat: delegations, person-times,
     * delegations led at mayor level or above, awards. Frequency: activities per year since the first, and per
     * year over the recent years (so recent activities count twice).
     */
    static Map<Dimension, Map<String, Double>> ledgerIndicators(
            LedgerIndicatorRepository.Counts c, int year, int recentYears) {
        Map<Dimension, Map<String, Double>> out = new EnumMap<>(Dimension.class);
        Map<String, Double> depth = new LinkedHashMap<>();
        depth.put("domains", (double) c.domains());
        depth.put("projects", (double) c.projects());
        depth.put("outcomes", (double) c.outcomes());
        out.put(Dimension.DEPTH, depth);
        Map<String, Double> heat = new LinkedHashMap<>();
        heat.put("delegations", (double) c.delegations());
        heat.put("person_times", (double) c.personTimes());
        heat.put("senior_delegations", (double) c.senior());
        heat.put("awards", (double) c.awards());
        out.put(Dimension.HEAT, heat);
        Map<String, Double> frequency = new LinkedHashMap<>();
        int span = c.firstOn() == null ? 1 : year - c.firstOn().getYear() + 1;
        frequency.put("per_year", c.activities() / (double) span);
        frequency.put("recent_per_year", c.recent() / (double) recentYears);
        out.put(Dimension.FREQUENCY, frequency);
        return out;
    }

    private static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }
}
