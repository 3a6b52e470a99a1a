package org.youcheng.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.youcheng.registry.MendFixture;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.security.Role;
import org.youcheng.support.TestAccounts;

/**
 * Mending places through the API: the flagged list with look-alikes, rename at a version (409 when stale), alias,
 * reviewed, merge (what moved; RFC 7807 problems naming the field), and who may: 403 for a viewer, and for an
 * editor on a Chinese division while the same editor mends a foreign place. Run on H2 and PostgreSQL.
 */
abstract class PlaceMendingApiTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    ObjectMapper json;

    @Autowired
    PlaceRepository places;

    @Autowired
    JdbcClient db;

    @Autowired
    MockMvc anonymous;

    MendFixture f;
    ApiClient admin;
    ApiClient viewer;
    ApiClient editor;

    @BeforeEach
    void fixture() throws Exception {
        f = new MendFixture(context);
        admin = client(TestAccounts.admin(context));
        viewer = client(TestAccounts.token(context, "mend-viewer", Role.VIEWER));
        editor = client(TestAccounts.token(context, "qingdao-editor", Role.EDITOR, "370200"));
    }

    ApiClient client(String token) {
        MockMvc mvc = TestAccounts.withToken(context, token);
        return new ApiClient(mvc, json, places);
    }

    org.springframework.test.web.servlet.RequestBuilder body(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder r, Object body)
            throws Exception {
        return r.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    @Test
    void theReviewListShowsEachFlaggedPlaceWithWhatTellsItsLookalikesApart() throws Exception {
        JsonNode page = admin.call(get("/api/v1/places/review"), 200);
        JsonNode dup = null;
        for (JsonNode p : page.get("places")) {
            if (p.get("place").get("id").asLong() == f.duplicate) {
                dup = p;
            }
        }
        assertThat(dup).as("the duplicate is listed").isNotNull();
        assertThat(dup.get("place").get("ties").asInt()).isEqualTo(2);
        assertThat(dup.get("place").get("country").get("code").asText()).isEqualTo("JP");
        assertThat(dup.get("place").get("origin").asText()).isEqualTo("import");
        JsonNode lookalike = dup.get("lookalikes").get(0);
        assertThat(lookalike.get("id").asLong()).isEqualTo(f.known);
        assertThat(lookalike.get("code").asText()).isEqualTo("YC-TESTKYOTO");
        assertThat(lookalike.get("level").asText()).isEqualTo("city");
        assertThat(lookalike.get("ties").asInt()).isEqualTo(1);
    }

    @Test
    void aRenameAtAStaleVersionGets409WithTheCurrentPlace() throws Exception {
        JsonNode renamed =
                admin.call(body(put("/api/v1/places/" + f.duplicate), Map.of("version", 0, "name_zh", "平安京")), 200);
        assertThat(renamed.get("name_zh").asText()).isEqualTo("平安京");
        assertThat(renamed.get("version").asInt()).isEqualTo(1);
        JsonNode stale =
                admin.call(body(put("/api/v1/places/" + f.duplicate), Map.of("version", 0, "name_zh", "别名")), 409);
        assertThat(stale.get("current").get("name_zh").asText()).isEqualTo("平安京");
        JsonNode missing = admin.call(body(put("/api/v1/places/" + f.duplicate), Map.of("name_zh", "x")), 400);
        assertThat(missing.get("errors").get(0).get("field").asText()).isEqualTo("version");
        JsonNode alias =
                admin.call(body(post("/api/v1/places/" + f.duplicate + "/aliases"), Map.of("alias", "Miyako")), 200);
        assertThat(alias.get("version").asInt()).isEqualTo(2);
        JsonNode again =
                admin.call(body(post("/api/v1/places/" + f.duplicate + "/aliases"), Map.of("alias", "Miyako")), 400);
        assertThat(again.get("errors").get(0).get("code").asText()).isEqualTo("alias_exists");
        JsonNode reviewed = admin.call(post("/api/v1/places/" + f.duplicate + "/reviewed"), 200);
        assertThat(reviewed.get("needs_review").asBoolean()).isFalse();
    }

    @Test
    void aMergeReturnsWhatMovedAndTheDuplicateIsGone() throws Exception {
        JsonNode moved =
                admin.call(body(post("/api/v1/places/" + f.duplicate + "/merge"), Map.of("into", f.known)), 200);
        assertThat(moved.get("known").get("id").asLong()).isEqualTo(f.known);
        assertThat(moved.get("ties")).hasSize(2);
        assertThat(moved.get("ties").findValuesAsText("outcome")).containsExactlyInAnyOrder("combined", "moved");
        assertThat(moved.get("references").get("activity_partners").asInt()).isEqualTo(1);
        admin.call(get("/api/v1/places/" + f.duplicate), 404);
        JsonNode known = admin.call(get("/api/v1/places/" + f.known), 200);
        assertThat(known.get("ties")).hasSize(2);
        assertThat(known.get("ties").findValuesAsText("kind")).contains("sister");
    }

    @Test
    void refusalsAreProblemsThatNameTheField() throws Exception {
        JsonNode countries =
                admin.call(body(post("/api/v1/places/" + f.american + "/merge"), Map.of("into", f.known)), 400);
        assertThat(countries.get("errors").get(0).get("field").asText()).isEqualTo("into");
        assertThat(countries.get("errors").get(0).get("code").asText()).isEqualTo("merge_countries");
        JsonNode division =
                admin.call(body(post("/api/v1/places/" + f.beijing + "/merge"), Map.of("into", f.shanghai)), 400);
        assertThat(division.get("errors").get(0).get("code").asText()).isEqualTo("merge_division");
        admin.call(body(post("/api/v1/places/" + f.duplicate + "/merge"), Map.of("into", 0)), 400);
        assertThat(places.find(f.duplicate)).isPresent();
    }

    @Test
    void viewersMendNothingAndEditorsOnlyForeignPlaces() throws Exception {
        viewer.call(body(put("/api/v1/places/" + f.duplicate), Map.of("version", 0, "name_zh", "平安京")), 403);
        viewer.call(body(post("/api/v1/places/" + f.duplicate + "/merge"), Map.of("into", f.known)), 403);
        editor.call(body(put("/api/v1/places/" + f.qingdao), Map.of("version", 0, "name_zh", "青岛")), 403);
        editor.call(body(post("/api/v1/places/" + f.qingdao + "/aliases"), Map.of("alias", "琴岛")), 403);
        assertThat(places.find(f.qingdao).orElseThrow().nameZh()).isEqualTo("青岛市");
        editor.call(body(post("/api/v1/places/" + f.duplicate + "/merge"), Map.of("into", f.known)), 200);
        assertThat(places.find(f.duplicate)).isEmpty();
        assertThat(db.sql("select actor_name from audit_event where action = 'place_merge' and entity_id = :id")
                        .param("id", f.known)
                        .query(String.class)
                        .list())
                .containsExactly("qingdao-editor");
    }

    @Test
    void pickersTellPlacesOfTheSameLookingNameApart() throws Exception {
        JsonNode hits = admin.call(get("/api/v1/places").param("q", "京都"), 200).get("hits");
        JsonNode us = null;
        for (JsonNode h : hits) {
            if (h.get("id").asLong() == f.american) {
                us = h;
            }
        }
        assertThat(us).isNotNull();
        assertThat(us.get("country").get("code").asText()).isEqualTo("US");
        assertThat(us.get("code").asText()).isEqualTo("YC-TESTKYOTOUS");
        assertThat(us.get("level").asText()).isEqualTo("town");
        assertThat(us.has("ties") && us.has("parent")).isTrue();

        // the tie form's place fields: a look-alike is picked by its code, and its label says what it is
        String options = anonymous
                .perform(get("/search/options").param("q", "京都"))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String[] american = option(options, f.american);
        assertThat(american[0]).isEqualTo("YC-TESTKYOTOUS");
        assertThat(american[1]).contains("美国", "YC-TESTKYOTOUS", "个友好关系");
        assertThat(option(options, f.duplicate)[1]).contains("日本", "2 个友好关系");
        // the bar's search menu shows the code and the ties of each look-alike
        String menu = anonymous
                .perform(get("/search")
                        .param("q", "京都")
                        .header("HX-Request", "true")
                        .header("HX-Target", "search-menu"))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(menu).contains("YC-TESTKYOTOUS");
    }

    @Test
    void theOpenApiDocumentDescribesTheMendingEndpoints() throws Exception {
        JsonNode paths = admin.call(get("/api/v1/openapi.json"), 200).get("paths");
        assertThat(paths.get("/api/v1/places/review").has("get")).isTrue();
        assertThat(paths.get("/api/v1/places/{id}").has("put")).isTrue();
        for (String p : new String[] {"aliases", "merge", "reviewed"}) {
            assertThat(paths.get("/api/v1/places/{id}/" + p)
                            .get("post")
                            .get("summary")
                            .asText())
                    .isNotBlank();
        }
    }

    /** The value and label of the datalist option of a place. */
    static String[] option(String html, long placeId) {
        var m = java.util.regex.Pattern.compile(
                        "<option value=\"([^\"]*)\"\\s+data-id=\"" + placeId + "\"\\s+label=\"([^\"]*)\"")
                .matcher(html);
        assertThat(m.find()).as("an option for place %s in %s", placeId, html).isTrue();
        return new String[] {m.group(1), m.group(2)};
    }
}
