package org.youcheng.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TopoJSON to GeoJSON on a topology small enough to decode by hand. */
class WorldMapTests {

    private final ObjectMapper json = new ObjectMapper();

    /**
     * Two squares sharing their middle border, arc 1 from (2,2) down to (2,0), in quantized deltas moved by (-5, 0).
     * West is arc 0, (2,0) → (0,0) → (0,2) → (2,2), then arc 1 without its first point; East starts with arc 1
     * reversed (~1, written -2), (2,0) → (2,2), then arc 2 round the east side back to (2,0).
     */
    @Test
    void decodesDeltasTransformsAndReversedArcs() throws Exception {
        JsonNode topology = json.readTree("""
                {"type":"Topology","transform":{"scale":[1,1],"translate":[-5,0]},
                 "arcs":[[[2,0],[-2,0],[0,2],[2,0]], [[2,2],[0,-2]], [[2,2],[2,0],[0,-2],[-2,0]]],
                 "objects":{"countries":{"type":"GeometryCollection","geometries":[
                   {"type":"Polygon","id":"001","properties":{"name":"West"},"arcs":[[0,1]]},
                   {"type":"Polygon","id":"002","properties":{"name":"East"},"arcs":[[-2,2]]},
                   {"type":"Polygon","id":"010","properties":{"name":"Antarctica"},"arcs":[[0,1]]}]}}}""");
        JsonNode features = WorldMap.convert(topology, json).path("features");

        assertThat(features).hasSize(2);
        assertThat(features.get(0).path("properties").path("name").asText()).isEqualTo("West");
        assertThat(features.get(0).path("geometry").path("coordinates").toString())
                .isEqualTo("[[[[-3.0,0.0],[-5.0,0.0],[-5.0,2.0],[-3.0,2.0],[-3.0,0.0]]]]");
        assertThat(features.get(1).path("geometry").path("coordinates").toString())
                .isEqualTo("[[[[-3.0,0.0],[-3.0,2.0],[-1.0,2.0],[-1.0,0.0],[-3.0,0.0]]]]");
    }

    @Test
    void taiwanIsDrawnAsPartOfChinaAndARingAcrossTheAntimeridianStaysInOnePiece() throws Exception {
        JsonNode topology = json.readTree("""
                {"type":"Topology",
                 "arcs":[[[100,30],[110,30],[110,40],[100,30]], [[121,23],[122,24],[121,25],[121,23]],
                         [[178,60],[-178,60],[-178,65],[178,65],[178,60]]],
                 "objects":{"countries":{"type":"GeometryCollection","geometries":[
                   {"type":"Polygon","id":"156","properties":{"name":"China"},"arcs":[[0]]},
                   {"type":"Polygon","id":"158","properties":{"name":"Taiwan"},"arcs":[[1]]},
                   {"type":"Polygon","id":"643","properties":{"name":"Russia"},"arcs":[[2]]}]}}}""");
        JsonNode features = WorldMap.convert(topology, json).path("features");

        assertThat(features).hasSize(2);
        assertThat(features.get(0).path("geometry").path("coordinates")).hasSize(2);
        assertThat(features.get(1)
                        .path("geometry")
                        .path("coordinates")
                        .get(0)
                        .get(0)
                        .toString())
                .isEqualTo("[[178.0,60.0],[182.0,60.0],[182.0,65.0],[178.0,65.0],[178.0,60.0]]");
    }

    @Test
    void theBundledMapConvertsWithChinaIncludingTaiwanAndIsServedAsOneFeature() throws Exception {
        JsonNode countries = WorldMap.countries(json);
        assertThat(countries.path("features").size()).isBetween(170, 180);
        List<String> names = new java.util.ArrayList<>();
        countries
                .path("features")
                .forEach(f -> names.add(f.path("properties").path("name").asText()));
        assertThat(names).contains("China", "Japan").doesNotContain("Taiwan", "Antarctica");
        int polygons = 0;
        for (JsonNode f : countries.path("features")) {
            polygons += f.path("geometry").path("coordinates").size();
        }
        JsonNode served = json.readTree(WorldMap.geoJson());
        assertThat(served.path("features")).hasSize(1);
        assertThat(served.path("features").get(0).path("geometry").path("coordinates"))
                .hasSize(polygons);
    }
}
