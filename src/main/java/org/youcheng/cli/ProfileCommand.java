package org.youcheng.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.youcheng.analytics.FriendshipProfile;
import org.youcheng.analytics.FriendshipProfileService;
import org.youcheng.analytics.Scope;
import org.youcheng.analytics.Standing;
import org.youcheng.common.ValidationException;
import org.youcheng.registry.Place;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "profile",
        mixinStandardHelpOptions = true,
        description = "A Chinese place's 朋友圈: ties by kind, level, country, continent and region, growth, new ties, "
                + "firsts (零的突破), round anniversaries in the next twelve months, its standing among its peers and "
                + "its strategy layout.")
class ProfileCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Mixin
    PlaceArgument placeName;

    @Mixin
    FigureOptions figures;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Spec
    CommandSpec spec;

    private static String standing(Standing s) {
        return s.ranked() ? s.rank() + "/" + s.of() : "-/" + s.of();
    }

    @Override
    public Integer call() throws Exception {
        Scope s = figures.checked(spec);
        try (ConfigurableApplicationContext ctx = AppContext.start(db.resolve(), false, Map.of())) {
            Optional<Place> place = placeName.find(ctx, spec);
            if (place.isEmpty()) {
                return Cli.BAD_INPUT;
            }
            FriendshipProfile p;
            try {
                int y = figures.year(ctx);
                p = ctx.getBean(FriendshipProfileService.class)
                        .profile(place.get().id(), y, s, LocalDate.of(y + 1, 1, 1));
            } catch (ValidationException e) {
                spec.commandLine()
                        .getErr()
                        .println("youcheng profile: " + CliText.of(spec).failure(e));
                return Cli.BAD_INPUT;
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(JsonOut.of(ctx, p));
            } else {
                var c = p.counts();
                CliText t = CliText.of(spec);
                boolean zh = t.chinese();
                String year = String.valueOf(p.year());
                out.println(t.out(
                        "cli.out.profile",
                        p.place().name(zh),
                        p.place().code(),
                        zh ? p.scopeZh() : p.scopeEn(),
                        year,
                        c.total(),
                        c.sister(),
                        c.partner(),
                        c.unverified() > 0 ? t.out("cli.out.unverified", c.unverified()) : "",
                        c.countries(),
                        c.continents(),
                        c.intent() > 0 ? t.out("cli.out.profile_intents", c.intent()) : "",
                        p.newTies().size(),
                        p.firsts().size(),
                        p.anniversariesOfYear().size(),
                        String.valueOf(p.year() + 1),
                        p.anniversaries().size()));
                out.println(SummaryText.basis(t, c.basisZh(), c.basisEn()));
                if (!p.undatedLater().isEmpty()) {
                    out.println(t.out("cli.out.undated_later", p.undatedLater().size(), year));
                }
                p.peers()
                        .forEach(f -> out.println("  "
                                + t.out(
                                        "cli.out.peer",
                                        String.format("%-10s", t.say("report.fig." + f.figure())),
                                        String.format("%5d", f.value()),
                                        standing(f.province()),
                                        standing(f.nation())
                                                + (f.nation().ranked()
                                                        ? String.format(
                                                                java.util.Locale.ROOT,
                                                                " (%.1f%%)",
                                                                f.nation().percentile())
                                                        : ""))));
            }
            out.flush();
            return Cli.OK;
        }
    }
}
