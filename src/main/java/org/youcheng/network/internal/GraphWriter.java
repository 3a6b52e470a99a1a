package org.youcheng.network.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.youcheng.network.GraphExport.Format;
import org.youcheng.network.graph.Graph;
import org.youcheng.registry.Place;

/**
 * Writes a {@link TieGraph} with every place's figures in a {@link Format} of {@link org.youcheng.network.GraphExport}.
 */
public final class GraphWriter {

    private static final String[][] NODE_KEYS = {
        {"code", "string"}, {"name_zh", "string"}, {"name_en", "string"}, {"country", "string"}, {"level", "string"},
        {"lat", "double"}, {"lng", "double"}, {"degree", "int"}, {"pagerank", "double"}, {"betweenness", "double"},
        {"component", "int"}, {"community", "int"}
    };

    private GraphWriter() {}

    public static void write(TieGraph g, Format format, OutputStream out) {
        try {
            switch (format) {
                case GRAPHML -> xml(g, out, false);
                case GEXF -> xml(g, out, true);
                case GEOJSONL -> geoJsonLines(g, out);
                case EDGES -> edges(g, out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(TieGraph g, GraphMetrics m, int v, String key) {
        Place p = g.place(v);
        return switch (key) {
            case "code" -> p.code();
            case "name_zh" -> p.nameZh();
            case "name_en" -> p.nameEn();
            case "country" -> p.countryCode();
            case "level" -> p.level().code();
            case "lat" -> p.lat();
            case "lng" -> p.lng();
            case "degree" -> m.degree()[v];
            case "pagerank" -> m.pageRank()[v];
            case "betweenness" -> m.betweenness()[v];
            case "component" -> m.components().label()[v];
            case "community" -> m.communities().label()[v];
            default -> throw new IllegalArgumentException(key);
        };
    }

    private static void xml(TieGraph g, OutputStream out, boolean gexf) throws XMLStreamException {
        GraphMetrics m = g.metrics();
        Graph graph = g.graph();
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        x.writeStartDocument("UTF-8", "1.0");
        if (gexf) {
            x.writeStartElement("gexf");
            x.writeDefaultNamespace("http://gexf.net/1.3");
            x.writeAttribute("version", "1.3");
            x.writeStartElement("graph");
            x.writeAttribute("defaultedgetype", "undirected");
            x.writeStartElement("attributes");
            x.writeAttribute("class", "node");
            for (int k = 0; k < NODE_KEYS.length; k++) {
                x.writeEmptyElement("attribute");
                x.writeAttribute("id", String.valueOf(k));
                x.writeAttribute("title", NODE_KEYS[k][0]);
                x.writeAttribute("type", NODE_KEYS[k][1].equals("int") ? "integer" : NODE_KEYS[k][1]);
            }
            x.writeEndElement();
            x.writeStartElement("nodes");
        } else {
            x.writeStartElement("graphml");
            x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            for (String[] key : NODE_KEYS) {
                x.writeEmptyElement("key");
                x.writeAttribute("id", key[0]);
                x.writeAttribute("for", "node");
                x.writeAttribute("attr.name", key[0]);
                x.writeAttribute("attr.type", key[1]);
            }
            x.writeStartElement("graph");
            x.writeAttribute("id", "ties");
            x.writeAttribute("edgedefault", "undirected");
        }
        for (int v = 0; v < g.size(); v++) {
            x.writeStartElement("node");
            x.writeAttribute("id", g.place(v).code());
            if (gexf) {
                x.writeAttribute("label", g.place(v).name(true));
                x.writeStartElement("attvalues");
            }
            for (int k = 0; k < NODE_KEYS.length; k++) {
                Object value = value(g, m, v, NODE_KEYS[k][0]);
                if (value == null) {
                    continue;
                }
                if (gexf) {
                    x.writeEmptyElement("attvalue");
                    x.writeAttribute("for", String.valueOf(k));
                    x.writeAttribute("value", value.toString());
                } else {
                    x.writeStartElement("data");
                    x.writeAttribute("key", NODE_KEYS[k][0]);
                    x.writeCharacters(value.toString());
                    x.writeEndElement();
                }
            }
            if (gexf) {
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        if (gexf) {
            x.writeEndElement();
            x.writeStartElement("edges");
        }
        int id = 0;
        for (int v = 0; v < g.size(); v++) {
            for (int w : graph.neighbours(v)) {
                if (w > v) {
                    x.writeEmptyElement("edge");
                    x.writeAttribute("id", "e" + id++);
                    x.writeAttribute("source", g.place(v).code());
                    x.writeAttribute("target", g.place(w).code());
                }
            }
        }
        if (gexf) {
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndDocument();
        x.flush();
    }

    private static void geoJsonLines(TieGraph g, OutputStream out) throws IOException {
        GraphMetrics m = g.metrics();
        ObjectMapper json = new ObjectMapper();
        Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (int v = 0; v < g.size(); v++) {
            Place p = g.place(v);
            if (!Geo.placed(p)) {
                continue;
            }
            ObjectNode f = feature(json, "Point");
            ((ObjectNode) f.get("geometry"))
                    .putArray("coordinates")
                    .add(p.lng())
                    .add(p.lat());
            ObjectNode props = f.putObject("properties");
            for (String[] key : NODE_KEYS) {
                Object value = value(g, m, v, key[0]);
                if (value != null && !key[0].equals("lat") && !key[0].equals("lng")) {
                    props.putPOJO(key[0], value);
                }
            }
            w.write(json.writeValueAsString(f));
            w.write('\n');
        }
        for (int v = 0; v < g.size(); v++) {
            for (int u : g.graph().neighbours(v)) {
                Place a = g.place(v);
                Place b = g.place(u);
                if (u > v && Geo.placed(a) && Geo.placed(b)) {
                    ObjectNode f = feature(json, "LineString");
                    ArrayNode coords = ((ObjectNode) f.get("geometry")).putArray("coordinates");
                    coords.addArray().add(a.lng()).add(a.lat());
                    coords.addArray().add(b.lng()).add(b.lat());
                    f.putObject("properties").put("source", a.code()).put("target", b.code());
                    w.write(json.writeValueAsString(f));
                    w.write('\n');
                }
            }
        }
        w.flush();
    }

    private static ObjectNode feature(ObjectMapper json, String type) {
        ObjectNode f = json.createObjectNode();
        f.put("type", "Feature");
        f.putObject("geometry").put("type", type);
        return f;
    }

    private static void edges(TieGraph g, OutputStream out) throws IOException {
        Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("source\ttarget\n");
        for (int v = 0; v < g.size(); v++) {
            for (int u : g.graph().neighbours(v)) {
                if (u > v) {
                    w.write(g.place(v).code() + "\t" + g.place(u).code() + "\n");
                }
            }
        }
        w.flush();
    }
}
