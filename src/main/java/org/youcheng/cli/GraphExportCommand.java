package org.youcheng.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.springframework.context.ConfigurableApplicationContext;
import org.youcheng.common.ValidationException;
import org.youcheng.network.GraphExport;
import org.youcheng.network.GraphFilter;
import org.youcheng.network.GraphService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code graph export}: the graph in a file format other tools read, to a file or standard output. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "The graph with every place's figures as GraphML, GEXF (Gephi), GeoJSON lines, or a "
                + "tab-separated edge list of place codes.")
class GraphExportCommand extends GraphCommand.Sub {

    @Option(names = "--format", required = true, paramLabel = "graphml|gexf|geojsonl|edges")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "output file (default: standard output)")
    Path file;

    @Override
    Object body(ConfigurableApplicationContext ctx, GraphFilter f, PrintWriter out) throws Exception {
        GraphExport.Format fmt;
        try {
            fmt = GraphExport.Format.parse(format);
        } catch (ValidationException e) {
            throw new IllegalArgumentException("--format: use graphml, gexf, geojsonl or edges");
        }
        GraphExport graph = ctx.getBean(GraphService.class).export(f);
        out.flush();
        OutputFile.write(file, o -> {
            graph.write(fmt, o);
            return null;
        });
        if (file != null) {
            spec.commandLine()
                    .getErr()
                    .println("exported " + graph.places() + " places and " + graph.ties() + " ties to " + file);
        }
        return null;
    }
}
