package org.youcheng.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
public class FriendshipProfileService {

    static final List<String> FIGURES = List.of("total", "sister", "partner", "intent", "countries", "continents");

    private final Places places;
    private final PeerSets peerSets;
    private final StrategyRepository strategies;
    private final Permissions permissions;
    private final AuditTrail audit;

    FriendshipProfileService(
            Places places,
            PeerSets peerSets,
            StrategyRepository strategies,
            Permissions permissions,
            AuditTrail audit) {
        this.places = places;
        this.peerSets = peerSets;
        this.strategies = strategies;
        this.permissions = permissions;
        this.audit = audit;
    }

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
                ref(place),
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
                breakthroughs(place, scope, newTies, countries, year),
                lines(undatedLater, countries),
                Anniversaries.coming(all, LocalDate.of(year, 1, 1), countries, LocalDate.of(year + 1, 1, 1)),
                anniversariesFrom,
                Anniversaries.coming(all, anniversariesFrom, countries),
                standings(place, counts, peers, asOf),
                layout(placeId, strategies.of(placeId), year, live, peers, asOf));
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
        return layout(placeId, plan, year, peers.live(placeId, asOf), peers, asOf);
    }

    /**
     * For the ties signed in the year, every "first" they were: of this place in its scope, then of each place above
     * it (city, province) with all its subordinates, anywhere, in the continent and in the country. Highest place
     * first, then the widest group.
     */
    private List<Breakthrough> breakthroughs(
            Place place, Scope scope, List<HeldTie> ofYear, Map<String, Country> countries, int year) {
        if (ofYear.isEmpty()) {
            return List.of();
        }
        Set<Long> mine = new HashSet<>();
        ofYear.forEach(t -> mine.add(t.tieId()));
        List<Place> chain = new ArrayList<>();
        for (Place p = place;
                p != null;
                p = p.parentId() == null ? null : places.find(p.parentId()).orElse(null)) {
            if (p.chinese()) {
                chain.add(0, p);
            }
        }
        List<Breakthrough> out = new ArrayList<>();
        for (Place p : chain) {
            Scope s = p.id() == place.id() ? scope : Scope.WHOLE;
            List<HeldTie> ties = peerSets.of(p.level(), s).ties(p.id());
            for (String over : List.of("any", "continent", "country")) {
                Function<HeldTie, String> group = switch (over) {
                    case "any" -> t -> "";
                    case "continent" ->
                        t -> countries.containsKey(t.country())
                                ? countries.get(t.country()).continent().code()
                                : null;
                    default -> HeldTie::country;
                };
                for (HeldTie t : Firsts.firsts(ties, group)) {
                    if (t.signed().year() != year || !mine.contains(t.tieId())) {
                        continue;
                    }
                    Country c = countries.get(t.country());
                    String whereZh = over.equals("any") || c == null
                            ? null
                            : over.equals("country")
                                    ? c.nameZh()
                                    : c.continent().zh();
                    String whereEn = over.equals("any") || c == null
                            ? null
                            : over.equals("country")
                                    ? c.nameEn()
                                    : c.continent().en();
                    out.add(new Breakthrough(
                            TieLine.of(t, countries), ref(p), p.nameZh(), p.name(false), over, whereZh, whereEn));
                }
            }
        }
        return out;
    }

    static Summary.PlaceRef ref(Place p) {
        return new Summary.PlaceRef(
                p.id(), p.code(), p.nameZh(), p.nameEn(), p.level().code(), p.countryCode());
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

    private List<RegionLayout> layout(
            long placeId, Strategy plan, int year, List<HeldTie> live, PeerSet peers, LocalDate asOf) {
        if (plan.aims().isEmpty()) {
            return List.of();
        }
        Map<String, Country> countries = peers.countries();
        Map<String, Integer> peersIn = new HashMap<>();
        peers.tallies(asOf).forEach((id, t) -> {
            if (id != placeId) {
                t.byCountry().keySet().forEach(c -> peersIn.merge(c, 1, Integer::sum));
            }
        });
        Tally own = Tally.of(live, countries);
        List<RegionLayout> out = new ArrayList<>();
        for (Strategy.Aim aim : plan.aims()) {
            int now = own.byRegion().getOrDefault(aim.region().code(), 0);
            int fresh = (int) live.stream()
                    .filter(t -> t.kind().counted()
                            && t.signed() != null
                            && t.signed().year() == year
                            && countries.containsKey(t.country())
                            && countries.get(t.country()).region() == aim.region())
                    .count();
            List<RegionLayout.Opening> openings = countries.values().stream()
                    .filter(c -> c.region() == aim.region()
                            && !own.byCountry().containsKey(c.code())
                            && !"CN".equals(c.code()))
                    .map(c -> new RegionLayout.Opening(
                            c.code(), c.nameZh(), c.nameEn(), peersIn.getOrDefault(c.code(), 0)))
                    .sorted(Comparator.comparingInt(RegionLayout.Opening::peers)
                            .reversed()
                            .thenComparing(RegionLayout.Opening::country))
                    .toList();
            Integer gap = aim.target() == null ? null : Math.max(0, aim.target() - now);
            out.add(new RegionLayout(
                    aim.region().code(),
                    aim.region().zh(),
                    aim.region().en(),
                    aim.verb(),
                    now,
                    aim.target(),
                    gap,
                    fresh,
                    openings));
        }
        return out;
    }

    /** Refuses unless the one acting may change this place's strategy; asked before a layout is read. */
    public void requireStrategyChange(long placeId) {
        places.get(placeId);
        permissions.requireChange(placeId);
    }

    /** Replaces the place's strategy layout: an editor of the place (or an admin) may; the audit trail keeps both. */
    @Transactional
    public void saveStrategy(long placeId, Strategy strategy) {
        places.get(placeId);
        permissions.requireChange(placeId);
        Strategy before = strategies.of(placeId);
        strategies.replace(placeId, strategy);
        audit.record("strategy_replace", "place", placeId, before, strategy);
    }

    public Strategy strategy(long placeId) {
        return strategies.of(placeId);
    }
}
