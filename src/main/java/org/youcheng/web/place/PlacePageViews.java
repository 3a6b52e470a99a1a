package org.youcheng.web.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.youcheng.analytics.Growth;
import org.youcheng.analytics.PlaceProfile;
import org.youcheng.analytics.PlaceProfileService;
import org.youcheng.analytics.Position;
import org.youcheng.registry.Continent;
import org.youcheng.registry.Place;
import org.youcheng.registry.Region;
import org.youcheng.registry.Summary;
import org.youcheng.registry.TieStatus;
import org.youcheng.web.PageText;
import org.youcheng.web.TieRows;

/** Turns a place's profile into its page, in Chinese or in English. */
@Component
record PlacePageViews(PlaceProfileService profiles, PageText text, TieRows rows) {

    /** The place's profile, read once: its page and the links beside it are drawn from it. */
    PlaceProfile profile(long id, boolean all) {
        return profiles.profile(id, all);
    }

    PlacePage page(PlaceProfile profile, boolean all, boolean zh) {
        Place p = profile.place();
        Summary summary = profile.summary();
        boolean subordinates = summary.subordinatePlaces() > 0;
        boolean showAll = all && subordinates;
        Summary.Counts counts = showAll ? summary.includingSubordinates() : summary.counts();
        return new PlacePage(
                p.id(),
                p.name(zh),
                text.altName(p, zh),
                text.level(p, zh),
                text.country(p.countryCode(), zh),
                text.parent(p, zh, new HashMap<>()),
                figures(summary.counts(), zh),
                subordinates ? figures(summary.includingSubordinates(), zh) : null,
                summary.subordinatePlaces(),
                showAll,
                rows.rows(
                        profile.ties().stream().map(PlaceProfile.Seen::view).toList(),
                        profile.ties().stream().map(PlaceProfile.Seen::ours).toList(),
                        zh),
                charts(profile, counts, zh));
    }

    private PlacePage.Charts charts(PlaceProfile profile, Summary.Counts counts, boolean zh) {
        Map<Long, Position> at = profile.positions();
        Position centre = at.get(profile.place().id());
        List<PlacePage.Line> lines = new ArrayList<>();
        for (PlaceProfile.Seen s : profile.ties()) {
            Position from = at.get(s.ours().id());
            Position to = at.get(s.other().id());
            if (from != null && to != null) {
                lines.add(new PlacePage.Line(
                        s.view().tie().id(),
                        s.other().name(zh),
                        s.ours().name(zh),
                        s.view().tie().kind().code(),
                        s.view().tie().status() == TieStatus.ENDED,
                        from.from().approximate() || to.from().approximate(),
                        new double[][] {{from.lng(), from.lat()}, {to.lng(), to.lat()}}));
            }
        }
        List<PlacePage.Count> continents = new ArrayList<>();
        counts.byContinent().forEach((code, n) -> {
            Continent c = Continent.fromCode(code);
            continents.add(new PlacePage.Count(code, c.label(zh), n));
        });
        continents.sort(
                Comparator.comparingInt((PlacePage.Count c) -> -c.count()).thenComparing(PlacePage.Count::code));
        List<PlacePage.Count> regions = Arrays.stream(Region.values())
                .filter(r -> r != Region.OTHER || counts.byRegion().containsKey(r.code()))
                .map(r -> new PlacePage.Count(
                        r.code(), r.label(zh), counts.byRegion().getOrDefault(r.code(), 0)))
                .toList();
        Growth g = profile.growth();
        return new PlacePage.Charts(
                centre == null ? null : new double[] {centre.lng(), centre.lat()},
                lines,
                continents,
                regions,
                g.years(),
                g.sister(),
                g.partner(),
                g.intent(),
                g.unverified(),
                g.undated());
    }

    private static PlacePage.Figures figures(Summary.Counts c, boolean zh) {
        return new PlacePage.Figures(
                c.sister(),
                c.partner(),
                c.intent(),
                c.unverified(),
                c.total(),
                c.countries(),
                c.continents(),
                zh ? c.basisZh() : c.basisEn(),
                c.referenceBeside(),
                c.setAside());
    }
}
