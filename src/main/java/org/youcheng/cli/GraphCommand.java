package org.youcheng.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.youcheng.common.NotFoundException;
import org.youcheng.network.GraphService;
import org.youcheng.registry.Place;
import org.youcheng.registry.PlaceFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "graph",
        mixinStandardHelpOptions = true,
        description = "The whole network of ties: rankings, the shortest chain between two places, cousins, export. "
                + "A new database gets the bundled twin network first.",
        subcommands = {
            GraphCommand.Metrics.class,
            GraphCommand.PathCommand.class,
            GraphCommand.CousinsCommand.class,
            GraphExportCommand.class
        })
class GraphCommand extends CommandFamily {

    GraphCommand() {
        super("name one: metrics, path, cousins, export");
    }

    /** Runs a body with the application started, turning a place that cannot be found into exit code 1. */
    abstract static class Sub implements Callable<Integer> {
        @Mixin
        DbOption db;

        @Mixin
        GraphFilterOptions filter;

        @Option(names = "--json", description = "print JSON")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            var f = filter.filter();
            try (ConfigurableApplicationContext ctx =
                    AppContext.start(db.resolve(), false, Map.of("youcheng.load-network", true))) {
                PrintWriter out = spec.commandLine().getOut();
                Object result;
                try {
                    result = body(ctx, f, out);
                } catch (NotFoundException e) {
                    spec.commandLine()
                            .getErr()
                            .println("youcheng graph " + spec.name() + ": "
                                    + CliText.of(spec).notFound(e));
                    return Cli.BAD_INPUT;
                }
                if (json && result != null) {
                    out.println(JsonOut.of(ctx, result));
                }
                out.flush();
                return Cli.OK;
            }
        }

        /** Prints text unless --json, and returns what --json prints. */
        abstract Object body(ConfigurableApplicationContext ctx, org.youcheng.network.GraphFilter f, PrintWriter out)
                throws Exception;

        static Place find(ConfigurableApplicationContext ctx, String name) {
            return ctx.getBean(PlaceFinder.class).find(name);
        }

        static String label(Place p) {
            return p.name(true) + (p.nameEn() != null && !p.nameEn().equals(p.nameZh()) ? " (" + p.nameEn() + ")" : "")
                    + " " + p.countryCode();
        }
    }

    @Command(
            name = "metrics",
            mixinStandardHelpOptions = true,
            description = "Places ranked by ties (degree), PageRank or betweenness, with the network's size, "
                    + "components and communities.")
    static class Metrics extends Sub {
        @Option(names = "--by", defaultValue = "degree", paramLabel = "degree|pagerank|betweenness")
        String by;

        @Option(names = "--limit", defaultValue = "20")
        int limit;

        @Option(names = "--country", paramLabel = "CODE", description = "only places of this country (CN, JP …)")
        String country;

        @Override
        Object body(ConfigurableApplicationContext ctx, org.youcheng.network.GraphFilter f, PrintWriter out) {
            GraphService graphs = ctx.getBean(GraphService.class);
            GraphService.Summary s = graphs.summary(f);
            List<GraphService.Ranked> ranking = graphs.ranking(f, GraphService.Measure.parse(by), country, limit);
            if (!json) {
                CliText t = CliText.of(spec);
                out.println(t.out(
                        "cli.out.graph_summary",
                        s.places(),
                        s.ties(),
                        s.components(),
                        s.largestComponent(),
                        s.communities(),
                        String.format(Locale.ROOT, "%.3f", s.modularity())));
                String[] h = t.out("cli.out.graph_header").split("\\|");
                out.printf("%4s  %-44s %5s %9s %12s %5s %5s%n", (Object[]) h);
                for (GraphService.Ranked r : ranking) {
                    out.printf(
                            Locale.ROOT,
                            "%4d  %-44s %5d %9.6f %12.1f %5d %5d%n",
                            r.rank(),
                            label(r.place()),
                            r.ties(),
                            r.pageRank(),
                            r.betweenness(),
                            r.component(),
                            r.community());
                }
            }
            return Map.of("summary", s, "ranking", ranking);
        }
    }

    @Command(
            name = "path",
            mixinStandardHelpOptions = true,
            description = "The shortest chain of ties between two places.")
    static class PathCommand extends Sub {
        @Parameters(index = "0", paramLabel = "FROM")
        String from;

        @Parameters(index = "1", paramLabel = "TO")
        String to;

        @Override
        Object body(ConfigurableApplicationContext ctx, org.youcheng.network.GraphFilter f, PrintWriter out) {
            GraphService.Chain chain = ctx.getBean(GraphService.class).path(f, find(ctx, from), find(ctx, to));
            if (!json) {
                if (chain.places().isEmpty()) {
                    out.println(CliText.of(spec).out("cli.out.no_chain", label(chain.from()), label(chain.to())));
                } else {
                    out.println(CliText.of(spec).out("cli.out.chain", chain.hops()));
                    chain.places().forEach(p -> out.println("  " + label(p)));
                }
            }
            return chain;
        }
    }

    @Command(
            name = "cousins",
            mixinStandardHelpOptions = true,
            description = "Places that share a partner with a place but have no tie with it.")
    static class CousinsCommand extends Sub {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--limit", defaultValue = "30")
        int limit;

        @Override
        Object body(ConfigurableApplicationContext ctx, org.youcheng.network.GraphFilter f, PrintWriter out) {
            Place place = find(ctx, name);
            var cousins = ctx.getBean(GraphService.class).cousins(f, place, limit);
            if (!json) {
                CliText t = CliText.of(spec);
                out.println(t.out("cli.out.cousins", cousins.size(), label(place)));
                for (GraphService.Cousin c : cousins) {
                    out.println("  " + label(c.place()) + "  "
                            + t.out(
                                    "cli.out.via",
                                    String.join(
                                            ", ",
                                            c.sharedPartners().stream()
                                                    .map(p -> p.name(t.chinese()))
                                                    .toList())));
                }
            }
            return Map.of("place", place, "cousins", cousins);
        }
    }
}
