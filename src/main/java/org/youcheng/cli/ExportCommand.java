package org.youcheng.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.youcheng.common.NotFoundException;
import org.youcheng.io.Format;
import org.youcheng.io.TieExporter;
import org.youcheng.registry.PlaceFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export ties as CSV or .xlsx (the import format: importing an export changes nothing), "
                + "JSON or GeoJSON.")
class ExportCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--format", required = true, paramLabel = "csv|xlsx|json|geojson", description = "output format")
    String format;

    @Option(
            names = "--place",
            paramLabel = "NAME",
            description = "only this place's ties, with its counties and districts")
    String place;

    @Option(
            names = "--activities",
            description = "export the ledger's activities instead of ties (csv: one table "
                    + "with a type column; xlsx: one sheet per type), in the columns import-activities reads")
    boolean activities;

    @Option(names = "--out", paramLabel = "FILE", description = "output file (default: standard output)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Format f;
        try {
            f = Format.of(format);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), e.getMessage(), spec.findOption("--format"), format);
        }
        try (ConfigurableApplicationContext ctx = AppContext.start(db.resolve(), false, Map.of())) {
            Long placeId = null;
            if (place != null) {
                try {
                    placeId = ctx.getBean(PlaceFinder.class).find(place).id();
                } catch (NotFoundException e) {
                    spec.commandLine()
                            .getErr()
                            .println("youcheng export: " + CliText.of(spec).unknownPlace(place, e));
                    return Cli.BAD_INPUT;
                }
            }
            Export exporter = exporter(ctx, f, placeId);
            long n = OutputFile.write(out, exporter::to);
            if (out != null) {
                spec.commandLine()
                        .getErr()
                        .println("exported " + n + (activities ? " activities" : " ties") + " to " + out);
            }
            return Cli.OK;
        }
    }

    /** One export to a stream; returns how many records it wrote. */
    private interface Export {
        long to(OutputStream o) throws java.io.IOException;
    }

    private Export exporter(ConfigurableApplicationContext ctx, Format f, Long placeId) {
        if (!activities) {
            TieExporter ties = ctx.getBean(TieExporter.class);
            return o -> ties.export(f, placeId, o);
        }
        if (f != Format.CSV && f != Format.XLSX) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "activities export as csv or xlsx, not " + f.extension());
        }
        var places = placeId == null
                ? null
                : ctx.getBean(org.youcheng.registry.Places.class).subtree(placeId);
        org.youcheng.io.ActivityExporter exporter = ctx.getBean(org.youcheng.io.ActivityExporter.class);
        return o -> exporter.export(f, places, o);
    }
}
