package org.youcheng.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.youcheng.network.Expansion;
import org.youcheng.network.ExpansionService;
import org.youcheng.network.PartnerMatching;
import org.youcheng.network.PartnerRequest;
import org.youcheng.network.PartnerRequestService;
import org.youcheng.network.ScorePart;
import org.youcheng.registry.Place;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "suggest",
        mixinStandardHelpOptions = true,
        description = "Partner search (寻找友城) for a place: candidates ranked by a score in named parts, each with "
                + "its reason, against the place's newest stored request (or any comparable partner when it has "
                + "none); and 以点带面: places near its partners. A new database gets the bundled twin network first.")
class SuggestCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Mixin
    PlaceArgument placeName;

    @Option(names = "--limit", defaultValue = "15", description = "candidates to list (default 15)")
    int limit;

    @Option(
            names = "--radius",
            defaultValue = "150",
            paramLabel = "KM",
            description = "以点带面: how far from a partner to look, in km (default 150)")
    double radius;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext ctx =
                AppContext.start(db.resolve(), false, Map.of("youcheng.load-network", true))) {
            Optional<Place> found = placeName.find(ctx, spec);
            if (found.isEmpty()) {
                return Cli.BAD_INPUT;
            }
            Place place = found.get();
            PartnerRequest request = ctx.getBean(PartnerRequestService.class).latestOrOpen(place.id());
            PartnerMatching.Result matches = ctx.getBean(PartnerMatching.class).candidates(request, limit);
            Expansion expansion = ctx.getBean(ExpansionService.class).around(place.id(), radius, limit);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> all = new LinkedHashMap<>();
                all.put("partner_search", matches);
                all.put("expansion", expansion);
                out.println(JsonOut.of(ctx, all));
            } else {
                print(CliText.of(spec), out, place, matches, expansion);
            }
            out.flush();
            return Cli.OK;
        }
    }

    private static void print(CliText t, PrintWriter out, Place place, PartnerMatching.Result r, Expansion e) {
        boolean zh = t.chinese();
        out.println(t.out(
                "cli.out.search",
                place.name(zh),
                r.request().id() == null
                        ? t.out("cli.out.search_no_request")
                        : t.out(
                                "cli.out.search_request",
                                String.valueOf(r.request().id()))));
        out.println(
                t.out("cli.out.search_considered", r.considered(), r.matches().size()));
        r.caveats().forEach(c -> out.println("  ! " + (c.label(zh))));
        for (PartnerMatching.Match m : r.matches()) {
            out.printf(Locale.ROOT, "%3d. %s  %.1f%n", m.rank(), GraphCommand.Sub.label(m.candidate()), m.score());
            parts(zh, out, m.parts());
            m.notes().forEach(n -> out.println("       · " + (n.label(zh))));
        }
        out.println();
        out.println(t.out(
                "cli.out.expansion", Math.round(e.radiusKm()), e.suggestions().size()));
        if (!e.unplaced().isEmpty()) {
            out.println("  " + t.out("cli.out.unplaced", e.unplaced().size()));
        }
        for (Expansion.Suggestion s : e.suggestions()) {
            out.printf(
                    Locale.ROOT,
                    "%3d. %s  %.1f  ← %s, %.0f km%n",
                    s.rank(),
                    GraphCommand.Sub.label(s.candidate()),
                    s.score(),
                    s.reachedFrom().name(zh),
                    s.distanceKm());
            parts(zh, out, s.parts());
        }
    }

    private static void parts(boolean zh, PrintWriter out, java.util.List<ScorePart> parts) {
        for (ScorePart p : parts) {
            out.printf(Locale.ROOT, "       %-13s %4.1f/%2.0f  %s%n", p.name(), p.points(), p.max(), p.label(zh));
        }
    }
}
