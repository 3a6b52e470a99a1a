package org.youcheng.cli;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationContext;
import org.youcheng.analytics.FigureParams;
import org.youcheng.analytics.Scope;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The year and scope of the commands that report figures (profile, rank, report), read by {@link FigureParams} as
 * the API and the pages read them. Each command's Chinese help keeps its own words (its keys in Help_zh).
 */
class FigureOptions {

    @Option(
            names = "--year",
            paramLabel = "Y",
            description = "the year: figures as at its end (default: the last complete year)")
    Integer year;

    @Option(
            names = "--scope",
            paramLabel = "whole|own",
            description = "whole: with counties and districts (全市, the default); own: the place's own level (本级)")
    String scope;

    /** The scope, with the year checked too, before anything opens: a bad value is a usage error naming it. */
    Scope checked(CommandSpec spec) {
        Scope s = OptionValues.read(spec, () -> FigureParams.scope(scope));
        OptionValues.read(spec, () -> FigureParams.year(year, LocalDate.now()));
        return s;
    }

    /** The year the figures are of, by the application's clock (the last complete year when none is given). */
    int year(ApplicationContext ctx) {
        return FigureParams.year(year, LocalDate.now(ctx.getBean(Clock.class)));
    }
}
