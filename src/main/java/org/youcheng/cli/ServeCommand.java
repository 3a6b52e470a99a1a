package org.youcheng.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.youcheng.system.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Run the web app and the JSON API. A new database gets the reference data and the "
                + "bundled Wikidata twin network.")
class ServeCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--no-network", description = "do not load the bundled twin network into a new database")
    boolean noNetwork;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ConfigurableApplicationContext ctx =
                AppContext.start(db.resolve(), true, Map.of("server.port", port, "youcheng.load-network", !noNetwork));
        System.out.println(CliText.of(spec)
                .out(
                        "cli.out.serving",
                        String.valueOf(port),
                        ctx.getBean(Database.class).display()));
        return Cli.KEEP_RUNNING;
    }
}
