package org.youcheng.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.youcheng.analytics.FriendshipProfile;
import org.youcheng.analytics.FriendshipProfileService;
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

    @Option(names = "--year", paramLabel = "Y", description = "counts at the end of this year (default: this year)")
    Integer year;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext ctx = AppContext.start(db.resolve(), false, Map.of())) {
            LocalDate today = LocalDate.now(ctx.getBean(Clock.class));
            FriendshipProfile p;
            try {
                Place place = ctx.getBean(PlaceFinder.class).find(name);
                p = ctx.getBean(FriendshipProfileService.class).profile(place.id(),
                        year == null ? today.getYear() : year, today);
            } catch (NotFoundException | ValidationException e) {
                spec.commandLine().getErr().println("youcheng profile: " + e.getMessage());
                return Cli.BAD_INPUT;
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectMapper mapper = ctx.getBean(ObjectMapper.class).copy().enable(SerializationFeature.INDENT_OUTPUT)
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
                out.println(mapper.writeValueAsString(p));
            } else {
                var c = p.counts();
                out.printf("%s (%s), end of %d: %d ties (%d sister, %d partner, %d intent%s) in %d countries on %d "
                                + "continents; %d new in %d; firsts in %d countries; %d anniversaries in the next "
                                + "twelve months%n", p.place().nameZh(), p.place().code(), p.year(), c.total(),
                        c.sister(), c.partner(), c.intent(),
                        c.unverified() > 0 ? ", " + c.unverified() + " unverified" : "", c.countries(),
                        c.continents(), p.newTies().size(), p.year(), p.firsts().size(), p.anniversaries().size());
                out.println(SummaryText.basis(c.basisZh(), c.basisEn()));
                p.peers().forEach(f -> out.printf("  %-10s %5d   province %d/%d   nation %d/%d (%.1f%%)%n",
                        f.figure(), f.value(), f.province().rank(), f.province().of(), f.nation().rank(),
                        f.nation().of(), f.nation().percentile()));
            }
            out.flush();
            return Cli.OK;
        }
    }
}
