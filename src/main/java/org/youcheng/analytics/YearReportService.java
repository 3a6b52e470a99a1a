package org.youcheng.analytics;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.youcheng.analytics.internal.HeldTie;
import org.youcheng.analytics.internal.PeerSet;
import org.youcheng.analytics.internal.PeerSets;
import org.youcheng.analytics.internal.PositionRepository;
import org.youcheng.ledger.ActivityFigures;
import org.youcheng.ledger.Dormancy;
import org.youcheng.ledger.Ledger;
import org.youcheng.registry.Place;
import org.youcheng.registry.Places;
import org.youcheng.registry.Summary;

/**
 * Builds a place's {@link YearReport}. The anniversaries it lists are those of the year itself and those of the
 * coming year (1 January to 31 December after the year reported on); dormancy is judged at the end of the year.
 */
@Service
public record YearReportService(
        Places places,
        FriendshipProfileService profiles,
        RankingService rankings,
        PeerSets peerSets,
        PositionRepository positions,
        Ledger ledger) {

    public YearReport report(long placeId, int year) {
        return report(placeId, year, Scope.OWN);
    }

    public YearReport report(long placeId, int year, Scope scope) {
        Place place = places.get(placeId);
        FriendshipProfile profile = profiles.profile(placeId, year, scope, LocalDate.of(year + 1, 1, 1));
        PeerSet peers = peerSets.of(place.level(), scope);
        List<HeldTie> live = peers.live(placeId, profile.asOf());
        Dormancy dormancy = ledger.dormancy(placeId, scope == Scope.WHOLE, profile.asOf());
        Set<Long> dormantIds = new HashSet<>();
        dormancy.dormant().forEach(h -> dormantIds.add(h.tieId()));
        List<TieLine> dormant = live.stream()
                .filter(t -> dormantIds.contains(t.tieId()))
                .sorted(Comparator.comparingLong(HeldTie::tieId))
                .map(t -> TieLine.of(t, peers.countries()))
                .toList();
        Ranking ranking = rankings.rank(place.level(), year, scope);
        Ranking.Entry entry = ranking.places().stream()
                .filter(e -> e.place().id() == placeId)
                .findFirst()
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
        List<TieLine> ties = live.stream()
                .sorted(Comparator.comparing(HeldTie::signed, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(HeldTie::tieId))
                .map(t -> TieLine.of(t, peers.countries()))
                .toList();
        ActivityFigures activities =
                ledger.figures(placeId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), scope == Scope.WHOLE);
        Map<Long, Summary.PlaceRef> holders = new HashMap<>();
        Set<Long> holderIds = new HashSet<>();
        peers.ties(placeId).forEach(t -> holderIds.add(t.holder()));
        places.findAll(holderIds).forEach(h -> holders.put(h.id(), Summary.PlaceRef.of(h)));
        YearSummary summary = YearSummary.of(profile, activities, dormancy.ledgerKept(), dormancy.years(), dormant);
        return new YearReport(
                profile,
                summary,
                ties,
                activities,
                dormancy.ledgerKept(),
                dormancy.years(),
                dormant,
                entry,
                ranking.places().size(),
                (int) ranking.ranked(),
                ranking.noData(),
                at.get(placeId),
                partners,
                holders);
    }
}
