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
import org.youcheng.io.TieImporter;
import org.youcheng.security.LocalOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import ties from CSV (UTF-8) or .xlsx files, one tie per row, columns domestic, partner, "
                + "partner_country, kind, signed, status, source, note (or 中方城市, 外方城市, 国家, 类型, 结好时间, 状态, "
                + "来源, 备注).",
                "Each file imports whole or not at all; every bad row is reported on stderr and the exit code is 1.",
                "A new database gets the reference data only (no twin network)."})
class ImportCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "CSV or .xlsx files")
    List<Path> files = new ArrayList<>();

    @Option(names = "--dry-run", description = "show what would be added, updated and left alone; write nothing")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                err.println("youcheng " + spec.name() + ": no such file: " + f);
                return Cli.BAD_INPUT;
            }
        }
        int code = Cli.OK;
        try (ConfigurableApplicationContext ctx = AppContext.start(db.resolve(), false, Map.of())) {
            for (Path f : files) {
                // the command line imports as the local operator, recorded as cli in the audit trail
                ImportReport report = LocalOperator.call(() -> importOne(ctx, f));
                if (report.ok()) {
                    spec.commandLine().getOut().print(report.text());
                } else {
                    err.print(report.text());
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
        return ctx.getBean(TieImporter.class).importFile(() -> Files.newInputStream(f), Format.ofFile(f.toString()),
                f.getFileName().toString(), dryRun);
    }
}
