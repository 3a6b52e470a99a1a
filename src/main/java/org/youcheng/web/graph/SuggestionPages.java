package org.youcheng.web.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.youcheng.network.Expansion;
import org.youcheng.network.ExpansionService;
import org.youcheng.network.PartnerMatching;
import org.youcheng.network.PartnerRequestService;
import org.youcheng.network.ScorePart;
import org.youcheng.registry.Country;
import org.youcheng.registry.Place;
import org.youcheng.registry.Region;
import org.youcheng.web.Languages;
import org.youcheng.web.PageText;
import org.youcheng.web.PlaceLink;

/** A place's next partners: 以点带面 near its partners, and partner-search candidates for its newest request. */
@Controller
record SuggestionPages(
        ExpansionService expansion, PartnerMatching matching, PartnerRequestService requests, PageText text) {

    static final int ROWS = 20;

    @GetMapping("/places/{id}/suggestions")
    String suggestions(
            @PathVariable long id,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String region,
            Locale locale,
            Model model) {
        boolean zh = Languages.chinese(locale);
        String c = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        String g = region == null || region.isBlank() ? null : region.strip().toLowerCase(Locale.ROOT);
        // a filter keeps the best of a longer list, so that it still shows up to ROWS places
        int asked = c == null && g == null ? ROWS : ROWS * 10;
        Expansion e = expansion.around(id, ExpansionService.DEFAULT_RADIUS_KM, asked);
        PartnerMatching.Result r = matching.candidates(requests.latestOrOpen(id), asked);
        var near = e.suggestions().stream()
                .map(s -> row(
                        s.rank(),
                        s.candidate(),
                        s.score(),
                        text.link(s.reachedFrom(), zh),
                        s.distanceKm(),
                        s.parts(),
                        List.of(),
                        zh))
                .toList();
        var candidates = r.matches().stream()
                .map(m -> row(
                        m.rank(),
                        m.candidate(),
                        m.score(),
                        null,
                        null,
                        m.parts(),
                        m.notes().stream().map(n -> n.label(zh)).toList(),
                        zh))
                .toList();
        List<SuggestionsPage.Row> all = new ArrayList<>(near);
        all.addAll(candidates);
        model.addAttribute(
                "page",
                new SuggestionsPage(
                        text.link(e.place(), zh),
                        text.altName(e.place(), zh),
                        (int) e.radiusKm(),
                        r.request().id(),
                        r.considered(),
                        filter(near, c, g),
                        filter(candidates, c, g),
                        r.caveats().stream().map(n -> n.label(zh)).toList(),
                        choices(all, SuggestionsPage.Row::countryCode, SuggestionsPage.Row::country),
                        choices(all, SuggestionsPage.Row::region, row -> regionName(row.region(), zh)),
                        c,
                        g));
        return "graph/suggestions";
    }

    private SuggestionsPage.Row row(
            int rank,
            Place candidate,
            double score,
            PlaceLink via,
            Double km,
            List<ScorePart> parts,
            List<String> notes,
            boolean zh) {
        Country country = text.countryOf(candidate);
        Region region = country == null ? Region.OTHER : country.region();
        return new SuggestionsPage.Row(
                rank,
                text.link(candidate, zh),
                text.country(candidate.countryCode(), zh),
                candidate.countryCode(),
                region.name().toLowerCase(Locale.ROOT),
                score,
                via,
                km,
                parts(parts, zh),
                notes);
    }

    private static List<SuggestionsPage.Row> filter(List<SuggestionsPage.Row> rows, String country, String region) {
        return rows.stream()
                .filter(r -> country == null || country.equals(r.countryCode()))
                .filter(r -> region == null || region.equals(r.region()))
                .limit(ROWS)
                .toList();
    }

    private static List<SuggestionsPage.Choice> choices(
            List<SuggestionsPage.Row> rows,
            Function<SuggestionsPage.Row, String> code,
            Function<SuggestionsPage.Row, String> name) {
        Map<String, String> seen = new TreeMap<>();
        rows.forEach(r -> seen.putIfAbsent(code.apply(r), name.apply(r)));
        return seen.entrySet().stream()
                .map(en -> new SuggestionsPage.Choice(en.getKey(), en.getValue()))
                .sorted(Comparator.comparing(SuggestionsPage.Choice::name))
                .toList();
    }

    private static String regionName(String code, boolean zh) {
        Region r = Region.valueOf(code.toUpperCase(Locale.ROOT));
        return r.label(zh);
    }

    /** The parts, each placed on one bar whose full length is the highest score the parts allow. */
    private static List<SuggestionsPage.Part> parts(List<ScorePart> parts, boolean zh) {
        double full = parts.stream().mapToDouble(ScorePart::max).sum();
        List<SuggestionsPage.Part> out = new ArrayList<>();
        double x = 0;
        for (ScorePart p : parts) {
            double width = full <= 0 ? 0 : 100 * Math.max(0, p.points()) / full;
            out.add(new SuggestionsPage.Part(p.name(), p.points(), p.max(), p.label(zh), x, width));
            x += width;
        }
        return out;
    }
}
