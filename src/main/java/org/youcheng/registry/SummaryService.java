package org.youcheng.registry;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.youcheng.common.NotFoundException;
import org.youcheng.registry.internal.CountryRepository;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.registry.internal.TieRepository;

@Service
public class SummaryService {

    private final PlaceRepository places;
    private final TieRepository ties;
    private final CountryRepository countries;

    SummaryService(PlaceRepository places, TieRepository ties, CountryRepository countries) {
        this.places = places;
        this.ties = ties;
        this.countries = countries;
    }

    public Summary summary(long placeId) {
        Place place = places.find(placeId).orElseThrow(() -> NotFoundException.place(placeId));
        List<Long> subtree = places.subtree(placeId);
        return summary(place, subtree, ties.viewsOf(subtree), ties.withRecords(subtree));
    }

    /**
     * The same from what a caller has read already: the place's subtree ({@link PlaceRepository#subtree}), every tie
     * of it ({@link TieRepository#viewsOf}) and those of its places that have records ({@link TieRepository#withRecords}).
     */
    public Summary summary(Place place, List<Long> subtree, List<TieView> all, Set<Long> withRecords) {
        long placeId = place.id();
        Counts own = count(all, Set.of(placeId), withRecords);
        Counts withSubordinates = count(all, new HashSet<>(subtree), withRecords);
        return new Summary(Summary.PlaceRef.of(place), own.result(), withSubordinates.result(), subtree.size() - 1);
    }

    private Counts count(List<TieView> all, Set<Long> side, Set<Long> withRecords) {
        Counts c = new Counts(countries.all());
        for (TieView v : all) {
            boolean d = side.contains(v.domestic().id());
            boolean p = side.contains(v.partner().id());
            if (d == p) {
                continue;
            }
            Place self = d ? v.domestic() : v.partner();
            Tie t = v.tie();
            if (!t.counted()) {
                c.setAside++;
            } else if (t.status() == TieStatus.ENDED) {
                continue;
            } else if (CountingBasis.counts(t, withRecords.contains(self.id()))) {
                c.add(t, d ? v.partner() : v.domestic(), self);
            } else {
                c.referenceBeside++;
            }
        }
        return c;
    }

    /** The ties of one side (the place, or the place with its subordinates), through the one {@link TieCounter}. */
    private static final class Counts {
        private final Map<String, Country> countries;
        private final TieCounter counter;
        private int referenceBeside;
        private int setAside;
        private int withinChina;

        Counts(Map<String, Country> countries) {
            this.countries = countries;
            this.counter = new TieCounter(countries);
        }

        void add(Tie t, Place other, Place self) {
            if (other.chinese() && self.chinese()) {
                withinChina++;
                return;
            }
            counter.add(t.kind(), t.authority().vetted(), other.countryCode(), other.level());
        }

        Summary.Counts result() {
            Map<String, Summary.CountryCount> bc = new TreeMap<>();
            Map<String, Integer> partners = counter.byCountry(); // the counter's rule of what a partner is
            counter.byCountryAndKind().forEach((code, k) -> {
                Country country = countries.get(code);
                bc.put(
                        code,
                        new Summary.CountryCount(
                                country == null ? code : country.nameZh(),
                                country == null ? code : country.nameEn(),
                                k[TieKind.SISTER.ordinal()],
                                k[TieKind.PARTNER.ordinal()],
                                k[TieKind.INTENT.ordinal()],
                                k[TieKind.UNVERIFIED.ordinal()],
                                partners.getOrDefault(code, 0)));
            });
            CountingBasis basis = counter.basis();
            return new Summary.Counts(
                    counter.of(TieKind.SISTER),
                    counter.of(TieKind.PARTNER),
                    counter.of(TieKind.INTENT),
                    counter.of(TieKind.UNVERIFIED),
                    counter.total(),
                    counter.countries(),
                    counter.continents(),
                    withinChina,
                    basis.code(),
                    basis.zh(),
                    basis.en(),
                    referenceBeside,
                    setAside,
                    bc,
                    new TreeMap<>(counter.byContinent()),
                    new TreeMap<>(counter.byRegion()));
        }
    }
}
