package org.youcheng.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.youcheng.analytics.FigureParams;
import org.youcheng.analytics.FriendshipProfile;
import org.youcheng.analytics.FriendshipProfileService;
import org.youcheng.analytics.Scope;
import org.youcheng.analytics.Standing;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.ValidationException;
import org.youcheng.registry.Place;
import org.youcheng.registry.PlaceFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "A Chinese place's 朋友圈: ties by kind, level, country, continent and region, growth, new ties, "
                + "firsts (零的突破), round anniversaries in the next twelve months, its standing among its peers and "
                + "its strategy layout.")
class ProfileCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Parameters(paramLabel = "NAME", description = "place name (Chinese or English), code (CN-370200) or id")
    String name;

    @Option(names = "--year", paramLabel = "Y", description = "counts at the end of this year (default: the last "
            + "complete year)")
    Integer year;

    @Option(names = "--scope", paramLabel = "whole|own", description = "whole: with its counties and districts (全市, "
            + "the default); own: its own level (本级)")
    String scope;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Spec
    CommandSpec spec;

    private static String standing(Standing s) {
        return s.ranked() ? s.rank() + "/" + s.of() : "-/" + s.of();
    }

    @Override
    public Integer call() throws Exception {
        Scope s = OptionValues.read(spec, () -> FigureParams.scope(scope));
        OptionValues.read(spec, () -> FigureParams.year(year, LocalDate.now()));
        try (ConfigurableApplicationContext ctx = AppContext.start(db.resolve(), false, Map.of())) {
            LocalDate today = LocalDate.now(ctx.getBean(Clock.class));
            FriendshipProfile p;
            try {
                Place place = ctx.getBean(PlaceFinder.class).find(name);
                int y = FigureParams.year(year, today);
                p = ctx.getBean(FriendshipProfileService.class).profile(place.id(), y, s,
                        LocalDate.of(y + 1, 1, 1));
            } catch (NotFoundException | ValidationException e) {
                spec.commandLine().getErr().println("youcheng profile: " + (e instanceof NotFoundException n
                        ? CliText.of(spec).unknownPlace(name, n) : CliText.of(spec).failure(e)));
                return Cli.BAD_INPUT;
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectMapper mapper = ctx.getBean(ObjectMapper.class).copy().enable(SerializationFeature.INDENT_OUTPUT)
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
                out.println(mapper.writeValueAsString(p));
            } else {
                var c = p.counts();
                out.printf("%s (%s, %s), end of %d: %d partners (%d sister, %d partner%s) in %d countries on %d "
                                + "continents%s; %d new in %d; firsts in %d countries; %d round anniversaries in %d, "
                                + "%d in %d%n", p.place().nameZh(), p.place().code(), p.scopeZh(), p.year(),
                        c.total(), c.sister(), c.partner(),
                        c.unverified() > 0 ? ", " + c.unverified() + " unverified" : "", c.countries(),
                        c.continents(), c.intent() > 0 ? "; " + c.intent() + " intent(s) beside" : "",
                        p.newTies().size(), p.year(), p.firsts().size(), p.anniversariesOfYear().size(), p.year(),
                        p.anniversaries().size(), p.year() + 1);
                out.println(SummaryText.basis(c.basisZh(), c.basisEn()));
                if (!p.undatedLater().isEmpty()) {
                    out.printf("%d undated ties recorded after %d are not counted in it%n", p.undatedLater().size(),
                            p.year());
                }
                p.peers().forEach(f -> out.printf("  %-10s %5d   province %s   nation %s%n", f.figure(), f.value(),
                        standing(f.province()), standing(f.nation()) + (f.nation().ranked()
                                ? String.format(java.util.Locale.ROOT, " (%.1f%%)", f.nation().percentile()) : "")));
            }
            out.flush();
            return Cli.OK;
        }
    }
}
