package org.youcheng.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.support.ReferenceTies;
import org.youcheng.support.TestAccounts;
import org.youcheng.support.TestData;

/** The tie endpoints; run on H2 and on PostgreSQL by the subclasses. */
abstract class TieApiTests {

    static final String QINGDAO = "CN-370200";
    static final String JINAN = "CN-370100";
    static final String OSAKA = "Q35765";
    static final String SHIMONOSEKI = "Q203308";

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
    long osaka;

    @Autowired
    WebApplicationContext context;

    @BeforeEach
    void reset() throws Exception {
        TestData.reset(db);
        mvc = TestAccounts.withToken(context, TestAccounts.admin(context));
        api = new ApiClient(mvc, json, places);
        qingdao = api.search("青岛市", QINGDAO);
        osaka = api.byCode(OSAKA).id();
    }

    @Test
    void createGetUpdateStaleUpdateDelete() throws Exception {
        MvcResult created = mvc.perform(post("/api/v1/ties")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.write(ApiClient.recorded(Map.of(
                                "domestic",
                                "青岛市",
                                "partner_id",
                                osaka,
                                "kind",
                                "友好城市",
                                "signed",
                                "1974年2月1日",
                                "source",
                                "青岛市外办",
                                "note",
                                " first ")))))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        JsonNode tie = json.readTree(created.getResponse().getContentAsByteArray());
        long id = tie.get("id").asLong();
        assertThat(created.getResponse().getHeader("Location")).endsWith("/api/v1/ties/" + id);
        assertThat(tie.get("kind").asText()).isEqualTo("sister");
        assertThat(tie.get("signed").asText()).isEqualTo("1974-02-01");
        assertThat(tie.get("signed_precision").asText()).isEqualTo("day");
        assertThat(tie.get("status").asText()).isEqualTo("active");
        assertThat(tie.get("note").asText()).isEqualTo("first");
        assertThat(tie.get("version").asInt()).isZero();
        assertThat(tie.get("domestic").get("code").asText()).isEqualTo(QINGDAO);
        assertThat(tie.get("partner").get("code").asText()).isEqualTo(OSAKA);
        assertThat(tie.get("warnings").isArray()).isTrue();
        assertThat(codes(tie.get("warnings"))).doesNotContain("second_sister");

        JsonNode read = api.call(get("/api/v1/ties/{id}", id), 200);
        assertThat(read.get("id").asLong()).isEqualTo(id);
        assertThat(read.get("partner").get("country").get("code").asText()).isEqualTo("JP");
        assertThat(read.get("history").size()).isEqualTo(1);
        assertThat(read.get("history").get(0).get("status").asText()).isEqualTo("active");

        Map<String, Object> change = new HashMap<>(Map.of(
                "domestic_id",
                qingdao,
                "partner_id",
                osaka,
                "kind",
                "sister",
                "signed",
                "1974",
                "status",
                "dormant",
                "version",
                0));
        JsonNode updated = api.call(
                put("/api/v1/ties/{id}", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.write(change)),
                200);
        assertThat(updated.get("version").asInt()).isEqualTo(1);
        assertThat(updated.get("signed").asText()).isEqualTo("1974");
        assertThat(updated.get("signed_precision").asText()).isEqualTo("year");
        assertThat(updated.get("status").asText()).isEqualTo("dormant");
        assertThat(updated.get("source").isNull()).isTrue();
        assertThat(updated.get("history").size()).isEqualTo(2);

        change.put("kind", "partner");
        MvcResult stale = mvc.perform(put("/api/v1/ties/{id}", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.write(change)))
                .andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(stale.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode conflict = json.readTree(stale.getResponse().getContentAsByteArray());
        assertThat(conflict.get("status").asInt()).isEqualTo(409);
        assertThat(conflict.get("current").get("id").asLong()).isEqualTo(id);
        assertThat(conflict.get("current").get("version").asInt()).isEqualTo(1);
        assertThat(conflict.get("current").get("kind").asText()).isEqualTo("sister");
        assertThat(api.call(get("/api/v1/ties/{id}", id), 200).get("kind").asText())
                .isEqualTo("sister");

        JsonNode staleDelete = api.call(delete("/api/v1/ties/{id}", id).param("version", "0"), 409);
        assertThat(staleDelete.get("current").get("version").asInt()).isEqualTo(1);
        assertThat(PlaceApiTests.fields(api.call(delete("/api/v1/ties/{id}", id), 400)))
                .containsExactly("version");
        assertThat(api.call(delete("/api/v1/ties/{id}", id).param("version", "1"), 204))
                .isNull();
        api.call(get("/api/v1/ties/{id}", id), 404);
        api.call(delete("/api/v1/ties/{id}", id).param("version", "1"), 404);
        api.call(
                put("/api/v1/ties/{id}", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.write(change)),
                404);
    }

    @Test
    void everyInvalidFieldIsReported() throws Exception {
        JsonNode problem = api.call(
                post("/api/v1/ties")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.write(Map.of(
                                "partner_id",
                                999_999_999L,
                                "kind",
                                "friends",
                                "signed",
                                "1974-13-01",
                                "status",
                                "asleep",
                                "ended_on",
                                "2020-02-30"))),
                400);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(PlaceApiTests.fields(problem))
                .containsExactlyInAnyOrder("domestic", "partner_id", "kind", "signed", "status", "ended_on");
        JsonNode signed = error(problem, "signed");
        assertThat(signed.get("value").asText()).isEqualTo("1974-13-01");
        assertThat(signed.get("message").asText()).contains("13");
        assertThat(error(problem, "partner_id").get("value").asLong()).isEqualTo(999_999_999L);
        assertThat(problem.toString()).doesNotContain("Exception", "at org.");
        assertThat(count()).isZero();
    }

    @Test
    void unknownNamesAndMissingKindAreReported() throws Exception {
        JsonNode problem = api.call(
                post("/api/v1/ties")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.write(Map.of("domestic", "不存在的地方", "partner", "Nowhere-on-earth"))),
                400);
        assertThat(PlaceApiTests.fields(problem)).containsExactlyInAnyOrder("domestic", "partner", "kind");
    }

    @Test
    void updateNeedsAVersion() throws Exception {
        long id = api.create(ApiClient.recorded(Map.of("domestic_id", qingdao, "partner_id", osaka, "kind", "sister")))
                .get("id")
                .asLong();
        JsonNode problem = api.call(
                put("/api/v1/ties/{id}", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.write(Map.of("domestic_id", qingdao, "partner_id", osaka, "kind", "bad"))),
                400);
        assertThat(PlaceApiTests.fields(problem)).containsExactlyInAnyOrder("version", "kind");
    }

    @Test
    void serviceRulesAreFieldErrorsToo() throws Exception {
        JsonNode self = api.call(
                post("/api/v1/ties")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.write(Map.of("domestic_id", qingdao, "partner_id", qingdao, "kind", "sister"))),
                400);
        assertThat(PlaceApiTests.fields(self)).containsExactly("partner_id");
        JsonNode endedButActive = api.call(
                post("/api/v1/ties")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.write(Map.of(
                                "domestic_id",
                                qingdao,
                                "partner_id",
                                osaka,
                                "kind",
                                "sister",
                                "ended_on",
                                "2001-01-01"))),
                400);
        assertThat(PlaceApiTests.fields(endedButActive)).containsExactly("ended_on");
    }

    @Test
    void wrongTypesAndMalformedJsonAre400() throws Exception {
        JsonNode wrongType = api.call(
                post("/api/v1/ties")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"domestic_id\": \"abc\", \"partner_id\": 1, \"kind\": \"sister\"}"),
                400);
        assertThat(PlaceApiTests.fields(wrongType)).containsExactly("domestic_id");
        assertThat(error(wrongType, "domestic_id").get("value").asText()).isEqualTo("abc");
        JsonNode wrongVersion = api.call(
                put("/api/v1/ties/1").contentType(MediaType.APPLICATION_JSON).content("{\"version\": [1]}"), 400);
        assertThat(PlaceApiTests.fields(wrongVersion)).containsExactly("version");
        JsonNode malformed = api.call(
                post("/api/v1/ties").contentType(MediaType.APPLICATION_JSON).content("{\"domestic_id\": "), 400);
        assertThat(malformed.get("detail").asText()).isNotBlank();
        assertThat(malformed.toString()).doesNotContain("Exception", "at com.", "at org.");
        api.call(post("/api/v1/ties").contentType(MediaType.APPLICATION_JSON), 400);
        assertThat(PlaceApiTests.fields(api.call(get("/api/v1/ties/x"), 400))).containsExactly("id");
    }

    @Test
    void oversizedBodyIs413() throws Exception {
        String note = "友".repeat(40_000);
        JsonNode problem = api.call(
                post("/api/v1/ties")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.write(
                                Map.of("domestic_id", qingdao, "partner_id", osaka, "kind", "sister", "note", note))),
                413);
        assertThat(problem.get("status").asInt()).isEqualTo(413);
        assertThat(count()).isZero();
    }

    @Test
    void tooLongNoteIsAFieldError() throws Exception {
        JsonNode problem = api.call(
                post("/api/v1/ties")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.write(Map.of(
                                "domestic_id",
                                qingdao,
                                "partner_id",
                                osaka,
                                "kind",
                                "sister",
                                "note",
                                "n".repeat(2001)))),
                400);
        assertThat(PlaceApiTests.fields(problem)).containsExactly("note");
    }

    @Test
    void duplicatePairIs409WithTheExistingTie() throws Exception {
        long id = api.create(ApiClient.recorded(Map.of("domestic_id", qingdao, "partner_id", osaka, "kind", "sister")))
                .get("id")
                .asLong();
        JsonNode again = api.call(
                post("/api/v1/ties")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.write(Map.of("domestic", "Qingdao", "partner", OSAKA, "kind", "partner"))),
                409);
        assertThat(again.get("current").get("id").asLong()).isEqualTo(id);
        assertThat(again.get("current").get("kind").asText()).isEqualTo("sister");
        // the same pair written the other way round is the same tie
        JsonNode reversed = api.call(
                post("/api/v1/ties")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.write(Map.of("domestic_id", osaka, "partner_id", qingdao, "kind", "intent"))),
                409);
        assertThat(reversed.get("current").get("id").asLong()).isEqualTo(id);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void partnerFirstIsOrientedChineseSideFirst() throws Exception {
        JsonNode tie = api.create(Map.of("domestic_id", osaka, "partner_id", qingdao, "kind", "结好意向"));
        assertThat(tie.get("domestic").get("code").asText()).isEqualTo(QINGDAO);
        assertThat(tie.get("partner").get("code").asText()).isEqualTo(OSAKA);
        assertThat(tie.get("kind").asText()).isEqualTo("intent");
    }

    @Test
    void secondSisterToTheSameForeignPlaceIsWarned() throws Exception {
        long jinan = api.search("济南市", JINAN);
        JsonNode first =
                api.create(ApiClient.recorded(Map.of("domestic_id", qingdao, "partner_id", osaka, "kind", "sister")));
        assertThat(codes(first.get("warnings"))).doesNotContain("second_sister");
        JsonNode second =
                api.create(ApiClient.recorded(Map.of("domestic_id", jinan, "partner_id", osaka, "kind", "sister")));
        assertThat(codes(second.get("warnings"))).contains("second_sister");
        JsonNode warning =
                second.get("warnings").get(codes(second.get("warnings")).indexOf("second_sister"));
        assertThat(warning.get("message").asText()).contains("青岛市");
        // the warning stays visible when the tie is read, and a partner tie does not get it
        long id = second.get("id").asLong();
        assertThat(codes(api.call(get("/api/v1/ties/{id}", id), 200).get("warnings")))
                .contains("second_sister");
        JsonNode partner =
                api.create(ApiClient.recorded(Map.of("domestic", "烟台市", "partner_id", osaka, "kind", "partner")));
        assertThat(codes(partner.get("warnings"))).doesNotContain("second_sister");
        // a sister tie to another foreign place is not a second sister
        JsonNode other =
                api.create(ApiClient.recorded(Map.of("domestic_id", jinan, "partner", SHIMONOSEKI, "kind", "sister")));
        assertThat(codes(other.get("warnings"))).doesNotContain("second_sister");
    }

    private int count() {
        return db.sql("select count(*) from tie").query(Integer.class).single();
    }

    private static JsonNode error(JsonNode problem, String field) {
        for (JsonNode e : problem.get("errors")) {
            if (e.get("field").asText().equals(field)) {
                return e;
            }
        }
        throw new AssertionError("no error for " + field + " in " + problem);
    }

    private static List<String> codes(JsonNode warnings) {
        List<String> codes = new ArrayList<>();
        warnings.forEach(w -> codes.add(w.get("code").asText()));
        return codes;
    }

    @Test
    void documentsAreFiledWithATieAndBadOnesAreRefused() throws Exception {
        MvcResult created = mvc.perform(post("/api/v1/ties")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.write(Map.of("domestic", "青岛市", "partner_id", osaka, "kind", "intent"))))
                .andReturn();
        long id = json.readTree(created.getResponse().getContentAsByteArray())
                .get("id")
                .asLong();

        mvc.perform(post("/api/v1/ties/" + id + "/documents")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.write(Map.of(
                                "kind",
                                "协议书",
                                "title",
                                "友好城市关系协议书",
                                "url",
                                "https://example.org/agreement.pdf",
                                "dated",
                                "1974-02-01"))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isCreated());
        mvc.perform(post("/api/v1/ties/" + id + "/documents")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.write(Map.of("kind", "poem", "title", "", "url", "javascript:alert(1)"))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isBadRequest())
                .andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[*].field")
                                .value(org.hamcrest.Matchers.containsInAnyOrder("kind", "title", "url")));

        JsonNode tie = json.readTree(
                mvc.perform(get("/api/v1/ties/" + id)).andReturn().getResponse().getContentAsByteArray());
        assertThat(tie.get("documents")).hasSize(1);
        assertThat(tie.get("documents").get(0).get("kind").asText()).isEqualTo("agreement");
        assertThat(tie.get("documents").get(0).get("dated").asText()).isEqualTo("1974-02-01");
    }

    @Test
    void aTieSaysWhoStatesItAndKeepsEveryStatement() throws Exception {
        long id = ReferenceTies.add(db, qingdao, osaka);
        ReferenceTies.addArticle(db, id, "https://example.org/news/1", "sister", "青岛市与大阪市缔结友好城市关系");

        JsonNode tie = api.call(get("/api/v1/ties/{id}", id), 200);
        assertThat(tie.get("kind").asText()).isEqualTo("unverified");
        assertThat(tie.get("origin").asText()).isEqualTo("reference");
        assertThat(tie.get("authority").asText()).isEqualTo("reference");
        assertThat(tie.get("set_aside_on").isNull()).isTrue();
        assertThat(tie.get("set_aside_reason").isNull()).isTrue();
        JsonNode statements = tie.get("statements");
        assertThat(statements).hasSize(2);
        assertThat(statements.get(0).get("standing").asBoolean()).isTrue();
        assertThat(statements.get(0).get("provenance").asText()).isEqualTo("reference");
        assertThat(statements.get(0).get("source").asText()).isEqualTo(ReferenceTies.SOURCE);
        assertThat(statements.get(0).get("kind").isNull())
                .as("the reference network states no kind")
                .isTrue();
        assertThat(statements.get(1).get("standing").asBoolean()).isFalse();
        assertThat(statements.get(1).get("provenance").asText()).isEqualTo("extracted");
        assertThat(statements.get(1).get("kind").asText()).isEqualTo("sister");
        assertThat(statements.get(1).get("evidence").asText()).isEqualTo("青岛市与大阪市缔结友好城市关系");

        ReferenceTies.setAside(db, id, java.time.LocalDate.of(2026, 1, 5), "not on the 2025 official list");
        JsonNode place =
                api.call(get("/api/v1/places/{id}", qingdao), 200).get("ties").get(0);
        assertThat(place.get("id").asLong()).isEqualTo(id);
        assertThat(place.get("authority").asText()).isEqualTo("reference");
        assertThat(place.get("origin").asText()).isEqualTo("reference");
        assertThat(place.get("set_aside_on").asText()).isEqualTo("2026-01-05");
        assertThat(place.get("set_aside_reason").asText()).isEqualTo("not on the 2025 official list");

        // the office records it: its statement stands, the reference one is kept beside it
        JsonNode recorded = api.call(
                put("/api/v1/ties/{id}", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.write(ApiClient.recorded(Map.of(
                                "domestic_id",
                                qingdao,
                                "partner_id",
                                osaka,
                                "kind",
                                "sister",
                                "signed",
                                "1974",
                                "source",
                                "青岛市外办",
                                "version",
                                0)))),
                200);
        assertThat(recorded.get("authority").asText()).isEqualTo("recorded");
        assertThat(recorded.get("set_aside_on").isNull()).isTrue();
        assertThat(recorded.get("statements").get(0).get("provenance").asText()).isEqualTo("recorded");
        assertThat(recorded.get("statements").get(0).get("source").asText()).isEqualTo("青岛市外办");
        List<String> kept = new java.util.ArrayList<>();
        recorded.get("statements").forEach(st -> kept.add(st.get("provenance").asText()));
        assertThat(kept).containsExactlyInAnyOrder("recorded", "reference", "extracted");
    }
}
