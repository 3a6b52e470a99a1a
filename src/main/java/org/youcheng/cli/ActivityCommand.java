package org.youcheng.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.youcheng.ledger.ActivityFigures;
import org.youcheng.ledger.Ledger;
import org.youcheng.registry.Place;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "activity",
        mixinStandardHelpOptions = true,
        description = "A place's figures for a period from its ledger: delegations received and sent with "
                + "person-times by leader level, events online and in person, agreements by type, projects by "
                + "domain and status, outcomes and awards.")
class ActivityCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Mixin
    PlaceArgument placeName;

    @Option(names = "--from", required = true, description = "first day (ISO, inclusive), e.g. 2025-01-01")
    String from;

    @Option(names = "--to", required = true, description = "last day (ISO, inclusive), e.g. 2025-12-31")
    String to;

    @Option(names = "--include-subordinates", description = "count the counties and districts under it too")
    boolean includeSubordinates;

    @Option(names = "--json", description = "print one JSON object (the same as the API's)")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        LocalDate f;
        LocalDate t;
        try {
            f = LocalDate.parse(from.strip());
            t = LocalDate.parse(to.strip());
        } catch (DateTimeParseException e) {
            err.println("youcheng activity: --from and --to take ISO dates such as 2025-01-01");
            return Cli.BAD_INPUT;
        }
        if (f.isAfter(t)) {
            err.println("youcheng activity: --to is before --from");
            return Cli.BAD_INPUT;
        }
        try (ConfigurableApplicationContext ctx = AppContext.start(db.resolve(), false, Map.of())) {
            Optional<Place> found = placeName.find(ctx, spec);
            if (found.isEmpty()) {
                return Cli.BAD_INPUT;
            }
            Place place = found.get();
            ActivityFigures figures = ctx.getBean(Ledger.class).figures(place.id(), f, t, includeSubordinates);
            var out = spec.commandLine().getOut();
            if (json) {
                out.println(JsonOut.of(ctx, figures));
            } else {
                out.println(ActivityText.render(CliText.of(spec), place, figures));
            }
            out.flush();
            return Cli.OK;
        }
    }
}
