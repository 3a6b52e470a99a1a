package org.youcheng.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.youcheng.analytics.FigureParams;
import org.youcheng.analytics.Scope;
import org.youcheng.analytics.YearReport;
import org.youcheng.analytics.YearReportService;
import org.youcheng.analytics.report.ReportFormat;
import org.youcheng.analytics.report.ReportWriter;
import org.youcheng.common.ValidationException;
import org.youcheng.registry.Place;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "A place's year-end report: partners, new ties and firsts, layout against its strategy, "
                + "anniversaries coming, dormant ties, its rank; with charts and the partner map.")
class ReportCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Mixin
    PlaceArgument placeName;

    @Mixin
    FigureOptions figures;

    @Option(names = "--format", required = true, paramLabel = "html|pdf|xlsx|json")
    String format;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "language (default: zh)")
    String lang;

    @Option(names = "--out", paramLabel = "FILE", description = "output file (default: standard output)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ReportFormat f = OptionValues.read(spec, () -> ReportFormat.of(format));
        Locale locale = OptionValues.read(spec, () -> FigureParams.language(lang));
        Scope s = figures.checked(spec);
        try (ConfigurableApplicationContext ctx = AppContext.start(db.resolve(), false, Map.of())) {
            Optional<Place> named = placeName.find(ctx, spec);
            if (named.isEmpty()) {
                return Cli.BAD_INPUT;
            }
            YearReport report;
            int y;
            try {
                y = figures.year(ctx);
                report = ctx.getBean(YearReportService.class).report(named.get().id(), y, s);
            } catch (ValidationException e) {
                spec.commandLine()
                        .getErr()
                        .println("youcheng report: " + CliText.of(spec).failure(e));
                return Cli.BAD_INPUT;
            }
            ReportWriter writer = ctx.getBean(ReportWriter.class);
            OutputFile.write(out, o -> {
                writer.write(report, f, locale, o);
                return null;
            });
            if (out != null) {
                var c = report.profile().counts();
                CliText t = CliText.of(spec);
                var place = report.profile().place();
                spec.commandLine()
                        .getErr()
                        .println(t.out(
                                "cli.out.report_written",
                                String.valueOf(y),
                                place.name(t.chinese()),
                                out,
                                SummaryText.basis(t, c.basisZh(), c.basisEn())));
            }
            return Cli.OK;
        }
    }
}
