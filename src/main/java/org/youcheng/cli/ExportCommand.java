package org.youcheng.cli;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export ties as CSV or .xlsx (the import format: importing an export changes nothing), "
                + "JSON or GeoJSON.")
class ExportCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--format", required = true, paramLabel = "csv|xlsx|json|geojson", description = "output format")
    String format;

    @Option(names = "--place", paramLabel = "NAME", description = "only this place's ties, with its counties and districts")
    String place;

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
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (ConfigurableApplicationContext ctx = AppContext.start(db.resolve(), false, Map.of())) {
            Long placeId = null;
            if (place != null) {
                try {
                    placeId = ctx.getBean(PlaceFinder.class).find(place).id();
                } catch (NotFoundException e) {
                    spec.commandLine().getErr().println("youcheng export: " + e.getMessage());
                    return Cli.BAD_INPUT;
                }
            }
            TieExporter exporter = ctx.getBean(TieExporter.class);
            if (out == null) {
                OutputStream stdout = new BufferedOutputStream(new FileOutputStream(java.io.FileDescriptor.out), 1 << 16);
                exporter.export(f, placeId, stdout);
                stdout.flush();
                return Cli.OK;
            }
            // written next to the target and moved into place, so a failed export leaves no half-written file
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".youcheng-export", ".tmp");
            try {
                long n;
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                    n = exporter.export(f, placeId, o);
                }
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                spec.commandLine().getErr().println("exported " + n + " ties to " + out);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return Cli.OK;
        }
    }
}
