package org.youcheng.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.youcheng.analytics.internal.PositionRepository;
import org.youcheng.registry.CountingBasis;
import org.youcheng.registry.Place;
import org.youcheng.registry.Places;
import org.youcheng.registry.Summary;
import org.youcheng.registry.SummaryService;
import org.youcheng.registry.TieView;
import org.youcheng.registry.Ties;

/** Builds a place's {@link PlaceProfile}: its ties from its side, their positions and their growth. */
@Service
public record PlaceProfileService(Places places, Ties ties, SummaryService summaries, PositionRepository positions) {

    public PlaceProfile profile(long placeId, boolean withSubordinates) {
        Place place = places.get(placeId);
        // the summary needs the ties of the whole subtree; the profile's scope is within it, so one read serves both
        List<Long> subtree = places.subtree(placeId);
        List<TieView> all = ties.viewsOf(subtree);
        Set<Long> withRecords = ties.withRecords(subtree);
        Summary summary = summaries.summary(place, subtree, all, withRecords);
        Set<Long> scope = new HashSet<>(withSubordinates ? subtree : List.of(placeId));
        List<PlaceProfile.Seen> seen = new ArrayList<>();
        Set<Long> involved = new HashSet<>();
        List<Growth.Signed> counted = new ArrayList<>();
        for (TieView v : all) {
            boolean domesticInside = scope.contains(v.domestic().id());
            if (domesticInside == scope.contains(v.partner().id())) {
                continue; // both outside the scope, or both inside: a city's tie with its own district
            }
            Place ours = domesticInside ? v.domestic() : v.partner();
            Place other = domesticInside ? v.partner() : v.domestic();
            seen.add(new PlaceProfile.Seen(v, ours, other));
            involved.add(ours.id());
            involved.add(other.id());
            // the ties the summary counts: the reference network's only where our side has no record of its own
            if (CountingBasis.counts(v.tie(), withRecords.contains(ours.id()))
                    && !(ours.chinese() && other.chinese())) {
                counted.add(new Growth.Signed(v.tie().kind(), v.tie().signed()));
            }
        }
        seen.sort(Comparator.comparing(
                        (PlaceProfile.Seen s) -> s.view().tie().signed(),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> s.other().name(true), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(s -> s.view().tie().id()));
        involved.add(placeId);
        return new PlaceProfile(
                place, summary, withSubordinates, List.copyOf(seen), positions.of(involved), Growth.of(counted));
    }
}
