package org.youcheng.analytics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.youcheng.common.NotFoundException;
import org.youcheng.registry.Place;
import org.youcheng.registry.PlaceRepository;
import org.youcheng.ledger.ActivityFigures;
import org.youcheng.ledger.FiguresService;
import org.youcheng.ledger.TieHealth;
import org.youcheng.ledger.TieHealthService;

/**
 * Builds a place's {@link YearReport}. The anniversaries it lists are those of the coming year (1 January to
 * 31 December after the year reported on).
 */
@Service
public class YearReportService {

    private final PlaceRepository places;
    private final FriendshipProfileService profiles;
    private final RankingService rankings;
    private final PeerSets peerSets;
    private final PositionRepository positions;
    private final FiguresService figures;
    private final TieHealthService health;

    YearReportService(PlaceRepository places, FriendshipProfileService profiles, RankingService rankings,
                      PeerSets peerSets, PositionRepository positions, FiguresService figures,
                      TieHealthService health) {
        this.places = places;
        this.profiles = profiles;
        this.rankings = rankings;
        this.peerSets = peerSets;
        this.positions = positions;
        this.figures = figures;
        this.health = health;
    }

    public YearReport report(long placeId, int year) {
        Place place = places.find(placeId).orElseThrow(() -> new NotFoundException("no place with id " + placeId));
        FriendshipProfile profile = profiles.profile(placeId, year, LocalDate.of(year + 1, 1, 1));
        PeerSet peers = peerSets.of(place.level());
        List<HeldTie> live = peers.live(placeId, profile.asOf());
        Set<Long> dormantIds = new HashSet<>();
        health.ofPlace(placeId, false).stream().filter(TieHealth::dormant).forEach(h -> dormantIds.add(h.tieId()));
        List<TieLine> dormant = live.stream().filter(t -> dormantIds.contains(t.tieId()))
                .sorted(java.util.Comparator.comparingLong(HeldTie::tieId))
                .map(t -> TieLine.of(t, peers.countries())).toList();
        Ranking ranking = rankings.rank(place.level(), year);
        Ranking.Entry entry = ranking.places().stream().filter(e -> e.place().id() == placeId).findFirst()
                .orElseThrow();
        Set<Long> ids = new HashSet<>();
        ids.add(placeId);
        live.forEach(t -> ids.add(t.partner()));
        Map<Long, Position> at = positions.of(ids);
        Map<Long, Position> partners = new HashMap<>();
        live.forEach(t -> {
            Position p = at.get(t.partner());
            if (p != null) {
                partners.put(t.tieId(), p);
            }
        });
        List<TieLine> ties = live.stream().sorted(java.util.Comparator.comparing(HeldTie::signed,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparingLong(HeldTie::tieId)).map(t -> TieLine.of(t, peers.countries())).toList();
        ActivityFigures activities = figures.figures(placeId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                false);
        return new YearReport(profile, ties, activities, dormant, entry, ranking.places().size(),
                at.get(placeId), partners);
    }
}
