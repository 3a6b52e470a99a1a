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
import org.youcheng.registry.TieStatus;

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

    YearReportService(PlaceRepository places, FriendshipProfileService profiles, RankingService rankings,
                      PeerSets peerSets, PositionRepository positions) {
        this.places = places;
        this.profiles = profiles;
        this.rankings = rankings;
        this.peerSets = peerSets;
        this.positions = positions;
    }

    public YearReport report(long placeId, int year) {
        Place place = places.find(placeId).orElseThrow(() -> new NotFoundException("no place with id " + placeId));
        FriendshipProfile profile = profiles.profile(placeId, year, LocalDate.of(year + 1, 1, 1));
        PeerSet peers = peerSets.of(place.level());
        List<HeldTie> live = peers.live(placeId, profile.asOf());
        List<TieLine> dormant = live.stream().filter(t -> t.status() == TieStatus.DORMANT)
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
        return new YearReport(profile, ties, dormant, entry, ranking.places().size(), ranking.unscored(),
                at.get(placeId), partners);
    }
}
