package org.youcheng.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.youcheng.io.Format;
import org.youcheng.io.ImportReport;
import org.youcheng.io.ProblemText;
import org.youcheng.io.TieImporter;
import org.youcheng.security.LocalOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import ties from CSV (UTF-8) or .xlsx files, one tie per row, columns domestic, partner, "
                    + "partner_country, kind, signed, status, source, note (or 中方城市, 外方城市, 国家, 类型, 结好时间, 状态, "
                    + "来源, 备注).",
            "Each file imports whole or not at all; every bad row is reported on stderr and the exit code is 1.",
            "With --complete-for PLACE the file is that place's complete official list (see --help below)."
        })
class ImportCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "CSV or .xlsx files")
    List<Path> files = new ArrayList<>();

    @Option(names = "--dry-run", description = "show what would be added, updated and left alone; write nothing")
    boolean dryRun;

    @Option(
            names = "--complete-for",
            paramLabel = "PLACE",
            description = "the file is the complete official list "
                    + "of this Chinese place: its reference ties that the file does not name are set aside (kept, counted "
                    + "nowhere); its recorded ties that the file does not name are reported and left alone")
    String completeFor;

    @Option(
            names = "--with-subordinates",
            description = "with --complete-for: the list covers the place's counties " + "and districts too")
    boolean withSubordinates;

    @Option(
            names = "--end-missing",
            paramLabel = "DATE",
            description = "with --complete-for: end the recorded ties "
                    + "that the file does not name, on this day (2025-12-31)")
    java.time.LocalDate endMissing;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        CliText text = CliText.of(spec);
        if (completeFor == null && (withSubordinates || endMissing != null)) {
            err.println("youcheng " + spec.name() + ": "
                    + (text.chinese()
                            ? text.say(
                                    "cli.import.needs_place", "--with-subordinates", "--end-missing", "--complete-for")
                            : "--with-subordinates and --end-missing need --complete-for"));
            return Cli.USAGE;
        }
        if (completeFor != null && files.size() != 1) {
            err.println("youcheng " + spec.name() + ": "
                    + (text.chinese()
                            ? text.say("cli.import.one_file", "--complete-for")
                            : "--complete-for takes exactly one file (the whole list)"));
            return Cli.USAGE;
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                err.println("youcheng " + spec.name() + ": "
                        + (text.chinese() ? text.say("cli.no_file", f) : "no such file: " + f));
                return Cli.BAD_INPUT;
            }
        }
        int code = Cli.OK;
        try (ConfigurableApplicationContext ctx = AppContext.start(db.resolve(), false, Map.of())) {
            for (Path f : files) {
                // the command line imports as the local operator, recorded as cli in the audit trail
                ImportReport report = LocalOperator.call(() -> importOne(ctx, f));
                if (report.ok()) {
                    spec.commandLine().getOut().print(ImportText.done(text, report, ctx.getBean(ProblemText.class)));
                } else {
                    err.print(text.importRefused(report, ctx.getBean(ProblemText.class)));
                    code = Cli.BAD_INPUT;
                }
            }
        }
        spec.commandLine().getOut().flush();
        err.flush();
        return code;
    }

    /** Imports one file; {@code import-activities} imports activities instead of ties. */
    ImportReport importOne(ConfigurableApplicationContext ctx, Path f) throws java.io.IOException {
        TieImporter importer = ctx.getBean(TieImporter.class);
        return importer.importFile(
                () -> Files.newInputStream(f),
                Format.ofFile(f.toString()),
                f.getFileName().toString(),
                dryRun,
                completeFor == null ? null : importer.completeList(completeFor, withSubordinates, endMissing));
    }
}
