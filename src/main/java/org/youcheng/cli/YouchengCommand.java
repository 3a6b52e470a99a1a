package org.youcheng.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "youcheng",
        mixinStandardHelpOptions = true,
        version = "youcheng 0.1",
        description = "友城 youcheng: the registry of international friendship cities.%n"
                + "Exit codes: 0 success, 1 bad input (report on stderr), 2 usage, 3 any other failure "
                + "(such as a database that cannot be reached).",
        subcommands = {
            ServeCommand.class,
            ImportCommand.class,
            ImportActivitiesCommand.class,
            ExportCommand.class,
            SummaryCommand.class,
            ActivityCommand.class,
            UserCommand.class,
            AuditCommand.class,
            GraphCommand.class,
            SuggestCommand.class,
            ExtractCommand.class,
            EvalExtractCommand.class,
            ProfileCommand.class,
            RankCommand.class,
            ReportCommand.class,
            StrategyCommand.class,
            PlaceCommand.class
        })
class YouchengCommand implements Runnable {

    private static final String SUBCOMMANDS = "serve, import, import-activities, export, summary, activity, user, "
            + "audit, graph, suggest, extract, eval-extract, profile, rank, report, strategy, place";

    @Spec
    CommandSpec spec;

    /** The language of this command line's messages. */
    final CliText text;

    YouchengCommand(CliText text) {
        this.text = text;
    }

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(),
                text.chinese()
                        ? text.say("cli.no_subcommand", SUBCOMMANDS)
                        : "name a subcommand: " + SUBCOMMANDS.replace(", place", " or place"));
    }
}
