package org.youcheng.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.support.TestAccounts;
import org.youcheng.support.TestData;

/** The place endpoints; run on H2 and on PostgreSQL by the subclasses. */
abstract class PlaceApiTests {

    static final String QINGDAO = "CN-370200";
    static final String HUANGDAO = "CN-370211";
    static final String OSAKA = "Q35765";
    static final String SHIMONOSEKI = "Q203308";
    static final String LONG_BEACH = "Q16739";
    static final String NANTES = "Q12191";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    ObjectMapper json;

    @Autowired
    PlaceRepository places;

    ApiClient api;

    @Autowired
    WebApplicationContext context;

    @BeforeEach
    void reset() {
        TestData.reset(db);
        mvc = TestAccounts.withToken(context, TestAccounts.admin(context));
        api = new ApiClient(mvc, json, places);
    }

    @Test
    void searchFindsQingdaoByChineseAndEnglishName() throws Exception {
        for (String q : List.of("青岛", "Qingdao", "青岛市")) {
            JsonNode first = api.call(get("/api/v1/places").param("q", q), 200)
                    .get("hits")
                    .get(0);
            assertThat(first.get("code").asText()).as(q).isEqualTo(QINGDAO);
            assertThat(first.get("name_zh").asText()).isEqualTo("青岛市");
            assertThat(first.get("name_en").asText()).isEqualTo("Qingdao");
            assertThat(first.get("level").asText()).isEqualTo("prefecture");
            assertThat(first.get("country").get("code").asText()).isEqualTo("CN");
            assertThat(first.get("country").get("name_zh").asText()).isEqualTo("中国");
            assertThat(first.get("parent").get("name_zh").asText()).isEqualTo("山东省");
            assertThat(first.get("ties").asInt()).isZero();
        }
    }

    @Test
    void provincesCarryTheirEnglishNamesAndSearchFindsThem() throws Exception {
        // 陕西 is Shaanxi and 山西 Shanxi (from Wikidata's labels of the province-level classes)
        for (String[] p : List.of(
                new String[] {"Shaanxi", "CN-610000", "陕西省"},
                new String[] {"Shanxi", "CN-140000", "山西省"},
                new String[] {"Inner Mongolia", "CN-150000", "内蒙古自治区"},
                new String[] {"Chongqing", "CN-500000", "重庆市"})) {
            JsonNode first = api.call(get("/api/v1/places").param("q", p[0]), 200)
                    .get("hits")
                    .get(0);
            assertThat(first.get("code").asText()).as(p[0]).isEqualTo(p[1]);
            assertThat(first.get("name_zh").asText()).isEqualTo(p[2]);
            assertThat(first.get("name_en").asText()).isEqualTo(p[0]);
        }
    }

    @Test
    void searchHonoursLimitAndCountsTies() throws Exception {
        long qingdao = api.search("青岛市", QINGDAO);
        api.create(Map.of("domestic_id", qingdao, "partner", OSAKA, "kind", "sister"));
        JsonNode result = api.call(get("/api/v1/places").param("q", "青岛").param("limit", "2"), 200);
        assertThat(result.get("hits").size()).isBetween(1, 2);
        assertThat(result.get("hits").get(0).get("ties").asInt()).isEqualTo(1);
    }

    @Test
    void searchRejectsMissingTextAndBadLimit() throws Exception {
        assertThat(fields(api.call(get("/api/v1/places"), 400))).containsExactly("q");
        assertThat(fields(api.call(get("/api/v1/places").param("q", "  "), 400)))
                .containsExactly("q");
        assertThat(fields(api.call(get("/api/v1/places").param("q", "青岛").param("limit", "0"), 400)))
                .containsExactly("limit");
        assertThat(fields(api.call(get("/api/v1/places").param("q", "青岛").param("limit", "101"), 400)))
                .containsExactly("limit");
        assertThat(fields(api.call(get("/api/v1/places").param("limit", "101"), 400)))
                .containsExactlyInAnyOrder("q", "limit");
        JsonNode notNumber = api.call(get("/api/v1/places").param("q", "青岛").param("limit", "many"), 400);
        assertThat(fields(notNumber)).containsExactly("limit");
        assertThat(notNumber.toString()).doesNotContain("Exception", "at org.");
    }

    @Test
    void placeShowsParentCountryAndTies() throws Exception {
        long qingdao = api.search("青岛市", QINGDAO);
        api.create(Map.of("domestic_id", qingdao, "partner", OSAKA, "kind", "sister", "signed", "1974-02"));
        JsonNode place = api.call(get("/api/v1/places/{id}", qingdao), 200);
        assertThat(place.get("code").asText()).isEqualTo(QINGDAO);
        assertThat(place.get("parent").get("code").asText()).isEqualTo("CN-370000");
        assertThat(place.get("country").get("name_en").asText()).isEqualTo("China");
        assertThat(place.get("ties").size()).isEqualTo(1);
        JsonNode tie = place.get("ties").get(0);
        assertThat(tie.get("kind").asText()).isEqualTo("sister");
        assertThat(tie.get("signed").asText()).isEqualTo("1974-02");
        assertThat(tie.get("signed_precision").asText()).isEqualTo("month");
        assertThat(tie.get("status").asText()).isEqualTo("active");
        assertThat(tie.get("version").asInt()).isZero();
        assertThat(tie.get("other").get("code").asText()).isEqualTo(OSAKA);
        assertThat(tie.get("other").get("country").get("code").asText()).isEqualTo("JP");

        // seen from Osaka, the other side is Qingdao
        JsonNode osaka = api.call(get("/api/v1/places/{id}", api.byCode(OSAKA).id()), 200);
        assertThat(osaka.get("ties").get(0).get("other").get("name_zh").asText())
                .isEqualTo("青岛市");
    }

    @Test
    void unknownPlaceIs404AndBadIdIs400() throws Exception {
        JsonNode missing = api.call(get("/api/v1/places/{id}", 999_999_999L), 404);
        assertThat(missing.get("status").asInt()).isEqualTo(404);
        assertThat(missing.get("detail").asText()).contains("999999999");
        assertThat(fields(api.call(get("/api/v1/places/abc"), 400))).containsExactly("id");
        api.call(get("/api/v1/places/{id}/summary", 999_999_999L), 404);
    }

    @Test
    void summaryCountsOwnTiesAndThoseOfDistricts() throws Exception {
        long qingdao = api.search("青岛市", QINGDAO);
        long huangdao = api.search("黄岛区", HUANGDAO);
        api.create(Map.of("domestic_id", qingdao, "partner", OSAKA, "kind", "sister"));
        api.create(Map.of("domestic_id", qingdao, "partner", LONG_BEACH, "kind", "友好城市"));
        api.create(Map.of("domestic_id", qingdao, "partner", SHIMONOSEKI, "kind", "partner"));
        api.create(Map.of("domestic_id", huangdao, "partner", NANTES, "kind", "sister"));
        // an ended tie is not counted
        api.create(Map.of(
                "domestic_id",
                qingdao,
                "partner",
                api.byCode("Q48320").code(),
                "kind",
                "sister",
                "status",
                "ended",
                "ended_on",
                "2020-01-01"));

        JsonNode s = api.call(get("/api/v1/places/{id}/summary", qingdao), 200);
        assertThat(s.get("place").get("code").asText()).isEqualTo(QINGDAO);
        assertThat(s.get("sister").asInt()).isEqualTo(2);
        assertThat(s.get("partner").asInt()).isEqualTo(1);
        assertThat(s.get("intent").asInt()).isZero();
        assertThat(s.get("countries").asInt()).isEqualTo(2);
        assertThat(s.get("continents").asInt()).isEqualTo(2);
        assertThat(s.get("by_country").get("JP").get("total").asInt()).isEqualTo(2);
        assertThat(s.get("by_country").get("US").get("sister").asInt()).isEqualTo(1);
        JsonNode all = s.get("including_subordinates");
        assertThat(all.get("sister").asInt()).isEqualTo(3);
        assertThat(all.get("partner").asInt()).isEqualTo(1);
        assertThat(all.get("countries").asInt()).isEqualTo(3);
        assertThat(all.get("by_country").get("FR").get("sister").asInt()).isEqualTo(1);

        JsonNode district = api.call(get("/api/v1/places/{id}/summary", huangdao), 200);
        assertThat(district.get("sister").asInt()).isEqualTo(1);
        assertThat(district.get("countries").asInt()).isEqualTo(1);
    }

    @Test
    void openApiDocumentListsTheEndpoints() throws Exception {
        JsonNode doc = api.call(get("/api/v1/openapi.json"), 200);
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths)
                .contains(
                        "/api/v1/places",
                        "/api/v1/places/{id}",
                        "/api/v1/places/{id}/summary",
                        "/api/v1/ties",
                        "/api/v1/ties/{id}");
        JsonNode tie = doc.get("paths").get("/api/v1/ties/{id}");
        assertThat(tie.fieldNames()).toIterable().contains("get", "put", "delete");
        assertThat(tie.get("put").get("tags").get(0).asText()).isEqualTo("ties");
        assertThat(tie.get("put").get("summary").asText()).isNotBlank();
        assertThat(doc.get("paths")
                        .get("/api/v1/places")
                        .get("get")
                        .get("tags")
                        .get(0)
                        .asText())
                .isEqualTo("places");
        // schemas carry the names the API reads and writes
        JsonNode request =
                doc.get("components").get("schemas").get("TieRequest").get("properties");
        assertThat(request.fieldNames())
                .toIterable()
                .contains("domestic_id", "partner_id", "ended_on", "version")
                .doesNotContain("domesticId");
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
