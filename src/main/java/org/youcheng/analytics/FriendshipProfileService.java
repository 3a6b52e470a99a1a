package org.youcheng.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.youcheng.analytics.internal.Anniversaries;
import org.youcheng.analytics.internal.Breakthroughs;
import org.youcheng.analytics.internal.Firsts;
import org.youcheng.analytics.internal.HeldTie;
import org.youcheng.analytics.internal.PeerSet;
import org.youcheng.analytics.internal.PeerSets;
import org.youcheng.analytics.internal.RegionLayouts;
import org.youcheng.analytics.internal.StrategyRepository;
import org.youcheng.common.Transactions;
import org.youcheng.common.ValidationException;
import org.youcheng.registry.Country;
import org.youcheng.registry.Place;
import org.youcheng.registry.Places;
import org.youcheng.registry.Summary;
import org.youcheng.registry.TieStatus;
import org.youcheng.security.AuditTrail;
import org.youcheng.security.Permissions;

/** Builds a Chinese place's {@link FriendshipProfile} from its ties and its peers'. */
@Service
public record FriendshipProfileService(
        Places places,
        PeerSets peerSets,
        Breakthroughs breakthroughs,
        StrategyRepository strategies,
        Permissions permissions,
        AuditTrail audit,
        Transactions tx) {

    static final List<String> FIGURES = List.of("total", "sister", "partner", "intent", "countries", "continents");

    /** The profile of the place's own level, the coming anniversaries those of the year after ({@link #profile(long, int, Scope, LocalDate)}). */
    public FriendshipProfile profile(long placeId, int year, LocalDate anniversariesFrom) {
        return profile(placeId, year, Scope.OWN, anniversariesFrom);
    }

    /**
     * @param year              counts at its end, new ties, firsts and the year's own anniversaries within it
     * @param scope             the place's own ties, or with its counties and districts
     * @param anniversariesFrom the coming anniversaries in the twelve months from this day
     */
    public FriendshipProfile profile(long placeId, int year, Scope scope, LocalDate anniversariesFrom) {
        Place place = places.get(placeId);
        if (!place.chinese()) {
            throw ValidationException.of(
                    "place",
                    place.code(),
                    "profiles are of Chinese places; " + place.name(false) + " is in " + place.countryCode());
        }
        PeerSet peers = peerSets.of(place.level(), scope);
        Map<String, Country> countries = peers.countries();
        LocalDate asOf = LocalDate.of(year, 12, 31);
        List<HeldTie> all = peers.ties(placeId);
        List<HeldTie> live = peers.live(placeId, asOf);
        Tally counts = Tally.of(live, countries);
        List<TieLine> firsts = Firsts.of(all, countries);
        List<HeldTie> newTies = all.stream()
                .filter(t -> t.signed() != null && t.signed().year() == year)
                .sorted(Firsts.ORDER)
                .toList();
        List<HeldTie> undatedLater = all.stream()
                .filter(t -> t.undatedAfter(asOf))
                .sorted(Comparator.comparingLong(HeldTie::tieId))
                .toList();
        return new FriendshipProfile(
                Summary.PlaceRef.of(place),
                scope.code(),
                scope.zh(place),
                scope.en(),
                year,
                asOf,
                counts,
                growth(live),
                lines(newTies, countries),
                firsts,
                firsts.stream().filter(f -> f.signed().year() == year).toList(),
                breakthroughs.of(place, scope, newTies, countries, year),
                lines(undatedLater, countries),
                Anniversaries.coming(all, LocalDate.of(year, 1, 1), countries, LocalDate.of(year + 1, 1, 1)),
                anniversariesFrom,
                Anniversaries.coming(all, anniversariesFrom, countries),
                standings(place, counts, peers, asOf),
                RegionLayouts.of(placeId, strategies.of(placeId), year, live, peers, asOf));
    }

    /**
     * A layout not saved yet against the place's ties standing at the end of the year: the gap of each region as the
     * strategy form shows it while one types.
     */
    public List<RegionLayout> layout(long placeId, Strategy plan, int year) {
        Place place = places.get(placeId);
        if (!place.chinese()) {
            throw ValidationException.of(
                    "place",
                    place.code(),
                    "strategy layouts are of Chinese places; " + place.name(false) + " is in " + place.countryCode());
        }
        PeerSet peers = peerSets.of(place.level(), Scope.OWN);
        LocalDate asOf = LocalDate.of(year, 12, 31);
        return RegionLayouts.of(placeId, plan, year, peers.live(placeId, asOf), peers, asOf);
    }

    private static Growth growth(List<HeldTie> live) {
        return Growth.of(live.stream()
                .filter(t -> t.status() != TieStatus.ENDED)
                .map(t -> new Growth.Signed(t.kind(), t.signed()))
                .toList());
    }

    private static List<TieLine> lines(List<HeldTie> ties, Map<String, Country> countries) {
        return ties.stream().map(t -> TieLine.of(t, countries)).toList();
    }

    private static List<FriendshipProfile.PeerFigure> standings(Place place, Tally own, PeerSet peers, LocalDate asOf) {
        Map<Long, Tally> tallies = peers.tallies(asOf);
        long province = peers.province(place.id());
        List<FriendshipProfile.PeerFigure> out = new ArrayList<>();
        for (String f : FIGURES) {
            List<Integer> nation = new ArrayList<>();
            List<Integer> inProvince = new ArrayList<>();
            tallies.forEach((id, t) -> {
                nation.add(t.figure(f));
                if (peers.province(id) == province) {
                    inProvince.add(t.figure(f));
                }
            });
            int v = own.figure(f);
            out.add(new FriendshipProfile.PeerFigure(f, v, Standing.of(v, inProvince), Standing.of(v, nation)));
        }
        return out;
    }

    /** Refuses unless the one acting may change this place's strategy; asked before a layout is read. */
    public void requireStrategyChange(long placeId) {
        places.get(placeId);
        permissions.requireChange(placeId);
    }

    /** Replaces the place's strategy layout: an editor of the place (or an admin) may; the audit trail keeps both. */
    public void saveStrategy(long placeId, Strategy strategy) {
        tx.run(() -> {
            places.get(placeId);
            permissions.requireChange(placeId);
            Strategy before = strategies.of(placeId);
            strategies.replace(placeId, strategy);
            audit.record("strategy_replace", "place", placeId, before, strategy);
        });
    }

    public Strategy strategy(long placeId) {
        return strategies.of(placeId);
    }
}
