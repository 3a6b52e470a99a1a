package org.youcheng.web.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.youcheng.analytics.Position;
import org.youcheng.analytics.Positions;
import org.youcheng.common.NotFoundException;
import org.youcheng.network.CountryGraph;
import org.youcheng.network.GraphFilter;
import org.youcheng.network.GraphService;
import org.youcheng.registry.Place;
import org.youcheng.registry.PlaceFinder;
import org.youcheng.registry.TieKind;
import org.youcheng.web.Languages;
import org.youcheng.web.PageText;

/** The network as a whole: the ranking table with the country graph, and the shortest chain on the map. */
@Controller
record GraphPages(GraphService graphs, PlaceFinder finder, Positions positions, PageText text, MessageSource messages) {

    static final int ROWS = 50;
    static final int COUNTRIES = 40;

    @GetMapping("/graph")
    String graph(
            @RequestParam(defaultValue = "degree") String by,
            @RequestParam(defaultValue = "") String kind,
            Locale locale,
            Model model) {
        boolean zh = Languages.chinese(locale);
        GraphService.Measure measure;
        try {
            measure = GraphService.Measure.parse(by);
        } catch (RuntimeException e) {
            measure = GraphService.Measure.DEGREE;
        }
        Set<TieKind> kinds = GraphFilter.kind(kind).map(Set::of).orElse(Set.of());
        GraphFilter filter = new GraphFilter(kinds, null, null, false);
        GraphService.Summary s = graphs.summary(filter);
        var rows = graphs.ranking(filter, measure, null, ROWS).stream()
                .map(r -> new GraphPage.Row(
                        r.rank(),
                        text.link(r.place(), zh),
                        text.country(r.place().countryCode(), zh),
                        r.ties(),
                        r.pageRank(),
                        r.betweenness(),
                        r.community()))
                .toList();
        CountryGraph cg = graphs.countries(filter);
        List<CountryGraph.Node> top = cg.nodes().stream().limit(COUNTRIES).toList();
        Set<String> shown = new HashSet<>();
        top.forEach(n -> shown.add(n.country().code()));
        var nodes = top.stream()
                .map(n -> new GraphPage.CountryNode(
                        n.country().code(), text.country(n.country().code(), zh), n.ties(), n.places()))
                .toList();
        var links = cg.links().stream()
                .filter(l -> shown.contains(l.source()) && shown.contains(l.target()))
                .map(l -> new GraphPage.CountryLink(l.source(), l.target(), l.ties()))
                .toList();
        model.addAttribute(
                "page",
                new GraphPage(
                        measure.name().toLowerCase(Locale.ROOT),
                        kinds.isEmpty() ? "" : kinds.iterator().next().code(),
                        s.places(),
                        s.ties(),
                        s.components(),
                        s.largestComponent(),
                        s.communities(),
                        s.modularity(),
                        rows,
                        nodes,
                        links));
        return "graph/graph";
    }

    @GetMapping("/graph/path")
    String path(
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            Locale locale,
            Model model) {
        boolean zh = Languages.chinese(locale);
        boolean asked = !from.isBlank() && !to.isBlank();
        String problem = null;
        List<PathPage.Stop> stops = List.of();
        if (asked) {
            try {
                Place a = finder.find(from);
                Place b = finder.find(to);
                GraphService.Chain chain = graphs.path(GraphFilter.ALL_LIVE, a, b);
                Map<Long, Position> at =
                        positions.of(chain.places().stream().map(Place::id).toList());
                stops = chain.places().stream()
                        .map(p -> {
                            Position pos = at.get(p.id());
                            return new PathPage.Stop(
                                    text.link(p, zh),
                                    text.country(p.countryCode(), zh),
                                    pos == null ? 0 : pos.lng(),
                                    pos == null ? 0 : pos.lat(),
                                    pos == null || pos.from().approximate());
                        })
                        .toList();
                if (stops.isEmpty()) {
                    problem = messages.getMessage("path.none", new Object[] {a.name(zh), b.name(zh)}, locale);
                }
            } catch (NotFoundException e) {
                problem = messages.getMessage("path.unknown", new Object[] {e.getMessage()}, locale);
            }
        }
        model.addAttribute("page", new PathPage(from, to, asked, problem, stops));
        return "graph/path";
    }
}
