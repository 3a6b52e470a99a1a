package org.youcheng.network;

import java.io.OutputStream;
import java.util.Locale;
import org.youcheng.network.internal.GraphWriter;
import org.youcheng.network.internal.TieGraph;

/**
 * A graph of ties to write with every place's figures for other tools: GraphML, GEXF 1.3 (Gephi), GeoJSON lines
 * (one feature per line: a point per place with coordinates, then a line per tie whose two places have them), or a
 * plain edge list (tab-separated place codes, the input of bench/graph). {@link GraphService#export} gives one.
 */
public final class GraphExport {

    public enum Format {
        GRAPHML("application/graphml+xml", "graphml"),
        GEXF("application/gexf+xml", "gexf"),
        GEOJSONL("application/geo+json-seq", "geojsonl"),
        EDGES("text/tab-separated-values", "tsv");

        public final String mediaType;
        public final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public static Format parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                throw org.youcheng.common.ValidationException.of(
                        "format", text, "use graphml, gexf, geojsonl or edges");
            }
        }
    }

    private final TieGraph graph;

    GraphExport(TieGraph graph) {
        this.graph = graph;
    }

    /** How many places the graph has. */
    public int places() {
        return graph.size();
    }

    /** How many ties join its places (one per pair). */
    public int ties() {
        return graph.ties();
    }

    /** Writes the graph in a format to {@code out}, and flushes it. */
    public void write(Format format, OutputStream out) {
        GraphWriter.write(graph, format, out);
    }
}
