package org.youcheng.cli;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.youcheng.registry.Place;
import org.youcheng.registry.Summary;
import org.youcheng.registry.SummaryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "summary",
        mixinStandardHelpOptions = true,
        description = "A place's partners by kind, countries and continents, at its own level and including its "
                + "counties and districts.")
class SummaryCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Mixin
    PlaceArgument placeName;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext ctx = AppContext.start(db.resolve(), false, Map.of())) {
            Optional<Place> found = placeName.find(ctx, spec);
            if (found.isEmpty()) {
                return Cli.BAD_INPUT;
            }
            Place place = found.get();
            Summary s = ctx.getBean(SummaryService.class).summary(place.id());
            var out = spec.commandLine().getOut();
            if (json) {
                out.println(JsonOut.of(ctx, s));
            } else {
                out.println(SummaryText.render(CliText.of(spec), place, s));
            }
            out.flush();
            return Cli.OK;
        }
    }
}
