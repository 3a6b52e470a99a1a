package org.youcheng.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.youcheng.analytics.FriendshipProfileService;
import org.youcheng.analytics.Strategy;
import org.youcheng.analytics.StrategyReader;
import org.youcheng.common.FieldError;
import org.youcheng.common.ValidationException;
import org.youcheng.registry.Place;
import org.youcheng.security.LocalOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "strategy",
        mixinStandardHelpOptions = true,
        description = "Shows a place's strategy layout, or replaces it from a YAML or JSON file (--set).")
class StrategyCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Mixin
    PlaceArgument placeName;

    @Option(names = "--set", paramLabel = "FILE", description = "regions: [{region, verb, target}] in YAML or JSON")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext ctx = AppContext.start(db.resolve(), false, Map.of())) {
            FriendshipProfileService service = ctx.getBean(FriendshipProfileService.class);
            Optional<Place> found = placeName.find(ctx, spec);
            if (found.isEmpty()) {
                return Cli.BAD_INPUT;
            }
            Place place = found.get();
            try {
                if (file != null) {
                    Strategy s = StrategyReader.read(Files.readString(file, StandardCharsets.UTF_8));
                    // a write of the command line is the local operator's, as in every other subcommand
                    LocalOperator.call(() -> {
                        service.saveStrategy(place.id(), s);
                        return null;
                    });
                    spec.commandLine()
                            .getErr()
                            .println("saved " + s.aims().size() + " regions for " + place.name(true));
                }
                spec.commandLine().getOut().println(JsonOut.of(ctx, service.strategy(place.id())));
                spec.commandLine().getOut().flush();
                return Cli.OK;
            } catch (ValidationException e) {
                for (FieldError err : e.errors()) {
                    spec.commandLine()
                            .getErr()
                            .println("youcheng strategy: "
                                    + CliText.of(spec).invalid(new ValidationException(java.util.List.of(err))));
                }
                return Cli.BAD_INPUT;
            }
        }
    }
}
