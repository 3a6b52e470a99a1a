package org.youcheng.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The world's countries as GeoJSON, for the pages' maps, made from Natural Earth's 1:110m countries in the TopoJSON
 * of the npm package world-atlas (packed into the jar at build time). TopoJSON stores each border once, as a
 * delta-encoded, quantized arc shared by the two countries on either side; a ring is a list of arc indexes, where
 * {@code ~i} means arc i reversed. Decoding: undo the deltas, scale and translate each position, then join a ring's
 * arcs, dropping the first position of each arc after the first (it repeats the last one of the arc before).
 *
 * <p>Taiwan is drawn as part of China (DOMAIN.md); Antarctica, which holds no twin towns, is left out.
 * Coordinates keep three decimals, finer than the source's grid of 0.0036°. The pages' maps name no country, so
 * they get every polygon as one feature ({@link #geoJson()}): ECharts builds a region per feature, and one region
 * instead of 177 draws the map about a third faster, with the same outlines.
 */
public final class WorldMap {

    static final String SOURCE = "refdata/npm/world-atlas/countries-110m.json";
    private static final String CHINA = "156";
    private static final Map<String, String> MERGED_INTO = Map.of("158", CHINA);
    private static final String ANTARCTICA = "010";

    private WorldMap() {}

    /** The bundled map as a GeoJSON FeatureCollection of one feature, "world", in UTF-8. */
    public static byte[] geoJson() {
        ObjectMapper json = new ObjectMapper();
        try {
            return json.writeValueAsBytes(merged(countries(json), json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled map, a feature per country. */
    static ObjectNode countries(ObjectMapper json) {
        try (InputStream in = WorldMap.class.getClassLoader().getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the world map is missing from the classpath (" + SOURCE + ")");
            }
            return convert(json.readTree(in), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every polygon of every feature as one MultiPolygon feature named "world". */
    static ObjectNode merged(ObjectNode collection, ObjectMapper json) {
        ObjectNode out = json.createObjectNode().put("type", "FeatureCollection");
        ObjectNode world =
                out.putArray("features").addObject().put("type", "Feature").put("id", "world");
        world.putObject("properties").put("name", "world");
        ArrayNode polygons =
                world.putObject("geometry").put("type", "MultiPolygon").putArray("coordinates");
        for (JsonNode f : collection.path("features")) {
            f.path("geometry").path("coordinates").forEach(polygons::add);
        }
        return out;
    }

    static ObjectNode convert(JsonNode topology, ObjectMapper json) {
        List<double[][]> arcs = arcs(topology);
        ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        Map<String, ObjectNode> byId = new java.util.HashMap<>();
        List<JsonNode[]> merges = new ArrayList<>();
        for (JsonNode g : topology.path("objects").path("countries").path("geometries")) {
            String id = g.path("id").asText("");
            if (id.equals(ANTARCTICA)) {
                continue;
            }
            if (MERGED_INTO.containsKey(id)) {
                merges.add(new JsonNode[] {g, json.valueToTree(MERGED_INTO.get(id))});
                continue;
            }
            ObjectNode f = features.addObject().put("type", "Feature");
            f.put("id", id.isEmpty() ? g.path("properties").path("name").asText() : id);
            f.putObject("properties")
                    .put("name", g.path("properties").path("name").asText());
            ObjectNode geometry = f.putObject("geometry").put("type", "MultiPolygon");
            ArrayNode polygons = geometry.putArray("coordinates");
            addPolygons(g, arcs, polygons);
            byId.put(id, f);
        }
        for (JsonNode[] m : merges) {
            ObjectNode into = byId.get(m[1].asText());
            if (into != null) {
                addPolygons(m[0], arcs, (ArrayNode) into.path("geometry").path("coordinates"));
            }
        }
        return collection;
    }

    private static void addPolygons(JsonNode g, List<double[][]> arcs, ArrayNode polygons) {
        JsonNode rings = g.path("arcs");
        if ("Polygon".equals(g.path("type").asText())) {
            addPolygon(rings, arcs, polygons.addArray());
        } else if ("MultiPolygon".equals(g.path("type").asText())) {
            for (JsonNode polygon : rings) {
                addPolygon(polygon, arcs, polygons.addArray());
            }
        }
    }

    private static void addPolygon(JsonNode rings, List<double[][]> arcs, ArrayNode polygon) {
        for (JsonNode ring : rings) {
            List<double[]> points = new ArrayList<>();
            boolean first = true;
            for (JsonNode index : ring) {
                int i = index.asInt();
                double[][] arc = arcs.get(i < 0 ? ~i : i);
                for (int k = first ? 0 : 1; k < arc.length; k++) {
                    points.add(arc[i < 0 ? arc.length - 1 - k : k]);
                }
                first = false;
            }
            // a ring across the antimeridian (eastern Russia, Fiji) jumps from 180 to -180: drawn flat, it would
            // cross the whole map, so its western half is moved east of 180 instead
            boolean crosses = false;
            for (int k = 1; k < points.size(); k++) {
                crosses |= Math.abs(points.get(k)[0] - points.get(k - 1)[0]) > 180;
            }
            ArrayNode out = polygon.addArray();
            for (double[] p : points) {
                double lng = crosses && p[0] < 0 ? p[0] + 360 : p[0];
                out.addArray().add(round(lng)).add(round(p[1]));
            }
        }
    }

    /** Every arc as absolute longitude, latitude pairs. */
    private static List<double[][]> arcs(JsonNode topology) {
        JsonNode transform = topology.path("transform");
        boolean quantized = transform.isObject();
        double sx = quantized ? transform.path("scale").path(0).asDouble() : 1;
        double sy = quantized ? transform.path("scale").path(1).asDouble() : 1;
        double tx = quantized ? transform.path("translate").path(0).asDouble() : 0;
        double ty = quantized ? transform.path("translate").path(1).asDouble() : 0;
        List<double[][]> arcs = new ArrayList<>();
        for (JsonNode arc : topology.path("arcs")) {
            double[][] points = new double[arc.size()][];
            long x = 0;
            long y = 0;
            for (int k = 0; k < arc.size(); k++) {
                JsonNode p = arc.get(k);
                if (quantized) {
                    x += p.get(0).asLong();
                    y += p.get(1).asLong();
                    points[k] = new double[] {x * sx + tx, y * sy + ty};
                } else {
                    points[k] = new double[] {p.get(0).asDouble(), p.get(1).asDouble()};
                }
            }
            arcs.add(points);
        }
        return arcs;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
