package org.youcheng.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.youcheng.common.NotFoundException;
import org.youcheng.registry.Place;
import org.youcheng.registry.PlaceFinder;
import org.youcheng.registry.Summary;
import org.youcheng.registry.SummaryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "summary",
        mixinStandardHelpOptions = true,
        description = "A place's partners by kind, countries and continents, at its own level and including its "
                + "counties and districts.")
class SummaryCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Parameters(paramLabel = "NAME", description = "place name (Chinese or English), code (CN-370200, Q8686) or id")
    String name;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext ctx = AppContext.start(db.resolve(), false, Map.of())) {
            Place place;
            try {
                place = ctx.getBean(PlaceFinder.class).find(name);
            } catch (NotFoundException e) {
                spec.commandLine()
                        .getErr()
                        .println("youcheng summary: " + CliText.of(spec).unknownPlace(name, e));
                return Cli.BAD_INPUT;
            }
            Summary s = ctx.getBean(SummaryService.class).summary(place.id());
            var out = spec.commandLine().getOut();
            if (json) {
                ObjectMapper mapper = ctx.getBean(ObjectMapper.class).copy().enable(SerializationFeature.INDENT_OUTPUT);
                out.println(mapper.writeValueAsString(s));
            } else {
                out.println(SummaryText.render(CliText.of(spec), place, s));
            }
            out.flush();
            return Cli.OK;
        }
    }
}
