package org.youcheng.registry.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.youcheng.registry.Place;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieRules;
import org.youcheng.registry.TieView;
import org.youcheng.registry.Ties;
import org.youcheng.registry.Warning;

/** The rules of the trade a tie bends ({@link TieRules}), for a draft, a stored tie or many stored ties at once. */
@Component
public class TieWarnings {

    private final TieRepository ties;
    private final PlaceRepository places;
    private final CountryRepository countries;

    TieWarnings(TieRepository ties, PlaceRepository places, CountryRepository countries) {
        this.ties = ties;
        this.places = places;
        this.countries = countries;
    }

    /** The rules a stored tie bends; its places come with the view, so only a sister tie costs a query. */
    public List<Warning> of(TieView v) {
        return of(TieDraft.of(v.tie()), v.domestic(), v.partner());
    }

    /** The rules a draft bends, its places read. */
    public List<Warning> of(TieDraft d) {
        return of(
                d,
                places.find(d.domesticId()).orElseThrow(),
                places.find(d.partnerId()).orElseThrow());
    }

    /** The rules many stored ties bend, by tie id, with one query for all their sister ties. */
    public Map<Long, List<Warning>> of(List<TieView> views) {
        Map<Long, List<Ties.ChineseSister>> byPartner = new HashMap<>();
        ties.chineseSistersOf(views.stream()
                        .filter(v -> v.tie().kind() == TieKind.SISTER)
                        .map(v -> v.partner().id())
                        .distinct()
                        .toList())
                .forEach(s -> byPartner
                        .computeIfAbsent(s.partnerId(), k -> new ArrayList<>())
                        .add(s));
        Map<Long, List<Warning>> out = new HashMap<>();
        for (TieView v : views) {
            List<String> others = v.tie().kind() != TieKind.SISTER
                    ? List.of()
                    : byPartner.getOrDefault(v.partner().id(), List.of()).stream()
                            .filter(s -> s.domesticId() != v.domestic().id())
                            .map(Ties.ChineseSister::name)
                            .toList();
            out.put(v.tie().id(), check(v.tie().kind(), v.domestic(), v.partner(), others));
        }
        return out;
    }

    private List<Warning> of(TieDraft d, Place domestic, Place partner) {
        return check(
                d.kind(),
                domestic,
                partner,
                d.kind() == TieKind.SISTER ? ties.chineseSistersOf(partner.id(), domestic.id()) : List.of());
    }

    private List<Warning> check(TieKind kind, Place domestic, Place partner, List<String> otherSisters) {
        return TieRules.check(
                kind,
                domestic.level(),
                TieRules.municipality(domestic.level(), domestic.nameZh()),
                domestic.chinese(),
                partner.level(),
                partner.chinese(),
                partner.chinese() ? null : countries.get(partner.countryCode()),
                otherSisters);
    }
}
