package org.youcheng.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.support.ReferenceTies;
import org.youcheng.support.TestAccounts;
import org.youcheng.support.TestData;

/** The graph, suggestion, partner-request and attribute endpoints; run on H2 and on PostgreSQL. */
abstract class GraphApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    ObjectMapper json;

    @Autowired
    PlaceRepository places;

    ApiClient api;
    long qingdao;
    long yantai;
    long osaka;
    long shimonoseki;

    @Autowired
    WebApplicationContext context;

    @BeforeEach
    void ties() throws Exception {
        TestData.reset(db);
        mvc = TestAccounts.withToken(context, TestAccounts.admin(context));
        api = new ApiClient(mvc, json, places);
        qingdao = api.byCode("CN-370200").id();
        yantai = api.byCode("CN-370600").id();
        osaka = api.byCode("Q35765").id();
        shimonoseki = api.byCode("Q203308").id();
        api.create(Map.of("domestic_id", qingdao, "partner_id", osaka, "kind", "sister", "signed", "1980"));
        api.create(Map.of("domestic_id", qingdao, "partner_id", shimonoseki, "kind", "sister", "signed", "1979"));
        api.create(Map.of("domestic_id", yantai, "partner_id", shimonoseki, "kind", "partner", "signed", "2000"));
    }

    @Test
    void rankingPathCousinsAndCountries() throws Exception {
        JsonNode ranking =
                api.call(get("/api/v1/graph/ranking").param("by", "betweenness").param("limit", "2"), 200);
        // on the path Osaka - Qingdao - Shimonoseki - Yantai each inner place separates one place from two
        List<String> top = new ArrayList<>();
        ranking.forEach(r -> top.add(r.get("place").get("code").asText()));
        assertThat(top).containsExactlyInAnyOrder("CN-370200", "Q203308");
        assertThat(ranking.get(0).get("betweenness").asDouble()).isEqualTo(2.0);
        assertThat(ranking.get(1).get("betweenness").asDouble()).isEqualTo(2.0);
        assertThat(ranking.get(0).get("rank").asInt()).isEqualTo(1);
        JsonNode sisters = api.call(get("/api/v1/graph/summary").param("kind", "sister"), 200);
        assertThat(sisters.get("ties").asInt()).isEqualTo(2);
        JsonNode path = api.call(
                get("/api/v1/graph/path").param("from_place", "" + osaka).param("to_place", "" + yantai), 200);
        assertThat(path.get("places").size()).isEqualTo(4);
        JsonNode cousins = api.call(get("/api/v1/places/" + qingdao + "/cousins"), 200);
        assertThat(cousins.get("cousins").get(0).get("place").get("id").asLong())
                .isEqualTo(yantai);
        JsonNode countries = api.call(get("/api/v1/graph/countries"), 200);
        assertThat(countries.get("links").get(0).get("ties").asInt()).isEqualTo(3);
        JsonNode figures = api.call(get("/api/v1/places/" + qingdao + "/graph"), 200);
        assertThat(figures.get("ties").asInt()).isEqualTo(2);
    }

    @Test
    void theGraphLabelsReferenceTiesAndLeavesOutThoseAnOfficialListSetAside() throws Exception {
        long kept = ReferenceTies.add(db, yantai, osaka);
        long aside = ReferenceTies.add(db, qingdao, api.byCode("CN-370100").id());
        ReferenceTies.setAside(db, aside, java.time.LocalDate.of(2026, 1, 5), "not on the official list");

        assertThat(api.call(get("/api/v1/graph/summary"), 200).get("ties").asInt())
                .isEqualTo(4);
        assertThat(api.call(get("/api/v1/graph/summary").param("kind", "unverified"), 200)
                        .get("ties")
                        .asInt())
                .as("tie %d alone", kept)
                .isEqualTo(1);
        assertThat(api.call(get("/api/v1/places/" + qingdao + "/graph"), 200)
                        .get("ties")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void badParametersNameTheirField() throws Exception {
        assertThat(fields(api.call(get("/api/v1/graph/ranking").param("by", "fame"), 400)))
                .containsExactly("by");
        assertThat(fields(api.call(get("/api/v1/graph/ranking").param("limit", "0"), 400)))
                .containsExactly("limit");
        assertThat(fields(api.call(
                        get("/api/v1/graph/summary").param("kind", "cousin").param("from", "soon"), 400)))
                .containsExactly("kind", "from");
        assertThat(fields(api.call(
                        get("/api/v1/graph/summary").param("from", "2000").param("to", "1990"), 400)))
                .containsExactly("to");
        assertThat(fields(api.call(get("/api/v1/graph/export").param("format", "pdf"), 400)))
                .containsExactly("format");
        assertThat(fields(api.call(get("/api/v1/graph/path").param("from_place", "" + osaka), 400)))
                .containsExactly("to_place");
        api.call(get("/api/v1/places/999999999/suggestions"), 404);
        assertThat(fields(api.call(
                        get("/api/v1/places/" + qingdao + "/suggestions").param("radius_km", "-1"), 400)))
                .containsExactly("radius_km");
    }

    @Test
    void exportsGraphmlGexfAndGeoJsonLines() throws Exception {
        String graphml = text("/api/v1/graph/export?format=graphml");
        assertThat(graphml)
                .contains("<graphml")
                .contains("edgedefault=\"undirected\"")
                .contains("Q35765")
                .contains("<data key=\"betweenness\">");
        assertThat(graphml.split("<edge ", -1)).hasSize(4);
        String gexf = text("/api/v1/graph/export?format=gexf");
        assertThat(gexf).contains("http://gexf.net/1.3").contains("label=\"青岛市\"");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text("/api/v1/graph/export?format=geojsonl").split("\n")) {
            lines.add(json.readTree(line));
        }
        assertThat(lines).allSatisfy(f -> assertThat(f.get("type").asText()).isEqualTo("Feature"));
        assertThat(lines)
                .anySatisfy(f ->
                        assertThat(f.get("properties").get("code").asText()).isEqualTo("Q35765"));
    }

    @Test
    void suggestionsNamePartnersAndDistances() throws Exception {
        JsonNode e = api.call(get("/api/v1/places/" + qingdao + "/suggestions").param("limit", "5"), 200);
        JsonNode first = e.get("suggestions").get(0);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("reached_from").get("country_code").asText()).isEqualTo("JP");
        assertThat(first.get("distance_km").asDouble()).isBetween(0.0, 150.0);
        assertThat(first.get("parts").get(0).get("name").asText()).isEqualTo("proximity");
        JsonNode candidates =
                api.call(get("/api/v1/places/" + yantai + "/partner-candidates").param("limit", "5"), 200);
        assertThat(candidates.get("matches").get(0).get("candidate").get("id").asLong())
                .isEqualTo(osaka);
    }

    @Test
    void partnerRequestsAreStoredListedMatchedAndDeleted() throws Exception {
        JsonNode bad = api.call(
                post("/api/v1/partner-requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.write(Map.of(
                                "place_id",
                                yantai,
                                "countries",
                                List.of("ZZ"),
                                "population_min",
                                9,
                                "population_max",
                                1))),
                400);
        assertThat(fields(bad)).containsExactly("countries", "population_max");
        JsonNode r = api.call(
                post("/api/v1/partner-requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.write(Map.of(
                                "place_id",
                                yantai,
                                "countries",
                                List.of("JP"),
                                "themes",
                                List.of("ports", "旅游"),
                                "text",
                                "港口城市"))),
                201);
        long id = r.get("id").asLong();
        assertThat(r.get("themes")).hasSize(2);
        assertThat(api.call(get("/api/v1/partner-requests").param("place_id", "" + yantai), 200))
                .hasSize(1);
        JsonNode result = api.call(get("/api/v1/partner-requests/" + id + "/candidates"), 200);
        assertThat(result.get("matches"))
                .isNotEmpty()
                .allSatisfy(
                        m -> assertThat(m.get("candidate").get("country_code").asText())
                                .isEqualTo("JP"));
        api.call(delete("/api/v1/partner-requests/" + id), 204);
        api.call(get("/api/v1/partner-requests/" + id), 404);
        api.call(delete("/api/v1/partner-requests/" + id), 404);
    }

    @Test
    void changesNeedAnAccountThatMayChangeThePlace() throws Exception {
        String viewer = TestAccounts.token(context, "graph-viewer", org.youcheng.security.Role.VIEWER);
        MockMvc asViewer = TestAccounts.withToken(context, viewer);
        int status = asViewer.perform(post("/api/v1/partner-requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.write(Map.of("place_id", yantai))))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(403);
        assertThat(asViewer.perform(get("/api/v1/graph/summary"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void attributesAreReadAndWrittenWithVersions() throws Exception {
        JsonNode none = api.call(get("/api/v1/places/" + osaka + "/attributes"), 200);
        assertThat(none.get("population").isNull()).isTrue();
        assertThat(none.get("version").asInt()).isZero();
        String body = api.write(Map.of(
                "population",
                2752412,
                "population_year",
                2020,
                "themes",
                List.of("ports"),
                "source",
                "2020 census of Japan",
                "version",
                0));
        JsonNode saved = api.call(
                put("/api/v1/places/" + osaka + "/attributes")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body),
                200);
        assertThat(saved.get("version").asInt()).isEqualTo(1);
        assertThat(saved.get("themes").get(0).asText()).isEqualTo("ports");
        api.call(
                put("/api/v1/places/" + osaka + "/attributes")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body),
                409);
        JsonNode noSource = api.call(
                put("/api/v1/places/" + osaka + "/attributes")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.write(Map.of("area_km2", 225.2, "version", 1))),
                400);
        assertThat(fields(noSource)).containsExactly("source");
    }

    private String text(String url) throws Exception {
        var result = mvc.perform(get(url)).andReturn();
        if (result.getRequest().isAsyncStarted()) {
            result = mvc.perform(
                            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(result))
                    .andReturn();
        }
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static List<String> fields(JsonNode problem) {
        List<String> out = new ArrayList<>();
        problem.get("errors").forEach(e -> out.add(e.get("field").asText()));
        return out;
    }
}
