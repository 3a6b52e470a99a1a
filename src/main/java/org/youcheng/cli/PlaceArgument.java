package org.youcheng.cli;

import java.util.Optional;
import org.springframework.context.ApplicationContext;
import org.youcheng.common.NotFoundException;
import org.youcheng.registry.Place;
import org.youcheng.registry.PlaceFinder;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;

/** The place a subcommand is about, named by its first parameter. */
class PlaceArgument {

    @Parameters(
            index = "0",
            paramLabel = "NAME",
            description = "place name (Chinese or English), code (CN-370200, Q8686) or id")
    String name;

    /** The place named, or empty once the command's error stream has said in the user's language that none is. */
    Optional<Place> find(ApplicationContext ctx, CommandSpec spec) {
        try {
            return Optional.of(ctx.getBean(PlaceFinder.class).find(name));
        } catch (NotFoundException e) {
            spec.commandLine()
                    .getErr()
                    .println("youcheng " + spec.name() + ": " + CliText.of(spec).unknownPlace(name, e));
            return Optional.empty();
        }
    }
}
