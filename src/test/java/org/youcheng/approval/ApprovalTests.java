package org.youcheng.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import org.youcheng.registry.TieDocument;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieService;
import org.youcheng.registry.TieStatus;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.security.Role;
import org.youcheng.support.OperatorTies;
import org.youcheng.support.TestAccounts;
import org.youcheng.support.TestData;

/**
 * The approval path of a formal tie, step by step: 临清市's editor (聊城市's scope) files the application from an
 * intent tie with its letter of intent; 山东省's editor reviews; an admin approves for the national association;
 * the signing makes the tie active. No step may be skipped or taken by the wrong office.
 */
abstract class ApprovalTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient db;

    String city;
    String province;
    String admin;
    String viewer;
    long tie;
    Instant start;

    @BeforeEach
    void fixture() {
        TestData.reset(db);
        city = TestAccounts.token(context, "liaocheng-editor", Role.EDITOR, "371500");
        province = TestAccounts.token(context, "shandong-editor", Role.EDITOR, "370000");
        admin = TestAccounts.token(context, "test-admin", Role.ADMIN);
        viewer = TestAccounts.token(context, "test-viewer", Role.VIEWER);
        PlaceRepository places = context.getBean(PlaceRepository.class);
        OperatorTies ties = new OperatorTies(context.getBean(TieService.class));
        tie = ties.create(new TieDraft(
                        places.findByCode("CN-371581").orElseThrow().id(),
                        places.findByCode("Q35765").orElseThrow().id(),
                        TieKind.INTENT,
                        null,
                        TieStatus.ACTIVE,
                        null,
                        null,
                        null,
                        null))
                .tie()
                .tie()
                .id();
        start = Instant.now();
    }

    JsonNode call(RequestBuilder request, int status) throws Exception {
        MvcResult r = mvc.perform(request).andReturn();
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as("status; body %s", body).isEqualTo(status);
        return body.startsWith("{") || body.startsWith("[") ? json.readTree(body) : null;
    }

    static MockHttpServletRequestBuilder as(String token, String path, String body) {
        return post(path)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    JsonNode step(String token, String step, String body, int status) throws Exception {
        return call(as(token, "/api/v1/ties/" + tie + "/application" + step, body), status);
    }

    void letterOfIntent() {
        new OperatorTies(context.getBean(TieService.class))
                .addDocument(tie, TieDocument.Kind.INTENT_LETTER, "临清市与大阪市结好意向书", null, LocalDate.of(2025, 3, 1));
    }

    @Test
    void aSisterTieGoesFromTheCityThroughTheProvinceAndTheNationalAssociationToItsSigning() throws Exception {
        JsonNode noLetter = step(city, "", "{\"kind\":\"sister\"}", 400);
        assertThat(noLetter.get("errors").get(0).get("field").asText()).isEqualTo("documents");
        letterOfIntent();
        step(viewer, "", "{\"kind\":\"sister\"}", 403);
        JsonNode applied = step(city, "", "{\"kind\":\"sister\"}", 201);
        assertThat(applied.get("state").asText()).isEqualTo("applied");
        assertThat(applied.get("kind").asText()).isEqualTo("sister");
        int v = applied.get("version").asInt();

        // nobody skips ahead, and each step belongs to its own office
        assertThat(step(admin, "/national", "{\"version\":" + v + ",\"decision\":\"approve\"}", 409)
                        .get("detail")
                        .asText())
                .contains("skipped");
        step(city, "/signing", "{\"version\":" + v + ",\"signed\":\"2025-06-01\"}", 409);
        step(city, "/province", "{\"version\":" + v + ",\"decision\":\"approve\"}", 403);
        step(admin, "/province", "{\"version\":" + v + ",\"decision\":\"approve\"}", 403);
        step(city, "", "{\"kind\":\"sister\"}", 409);

        JsonNode approved = step(province, "/province", "{\"version\":" + v + ",\"decision\":\"approve\"}", 200);
        assertThat(approved.get("state").asText()).isEqualTo("province_approved");
        step(province, "/province", "{\"version\":" + v + ",\"decision\":\"approve\"}", 409);
        v = approved.get("version").asInt();
        step(province, "/national", "{\"version\":" + v + ",\"decision\":\"approve\"}", 403);
        step(city, "/signing", "{\"version\":" + v + ",\"signed\":\"2025-06-01\"}", 409);
        JsonNode national = step(admin, "/national", "{\"version\":" + v + ",\"decision\":\"approve\"}", 200);
        assertThat(national.get("state").asText()).isEqualTo("national_approved");
        v = national.get("version").asInt();

        step(
                city,
                "/signing",
                "{\"version\":" + v + ",\"signed\":\"" + LocalDate.now().plusDays(2) + "\"}",
                400);
        JsonNode signed = step(city, "/signing", "{\"version\":" + v + ",\"signed\":\"2025-06-01\"}", 200);
        assertThat(signed.get("state").asText()).isEqualTo("signed");
        assertThat(signed.get("steps").findValuesAsText("step"))
                .containsExactly("apply", "province_approve", "national_approve", "sign");
        assertThat(signed.get("steps").findValuesAsText("actor"))
                .containsExactly("liaocheng-editor", "shandong-editor", "test-admin", "liaocheng-editor");
        assertThat(signed.get("steps").get(3).get("dated").asText()).isEqualTo("2025-06-01");

        JsonNode t = call(get("/api/v1/ties/{id}", tie), 200);
        assertThat(t.get("kind").asText()).isEqualTo("sister");
        assertThat(t.get("signed").asText()).isEqualTo("2025-06-01");
        assertThat(t.get("status").asText()).isEqualTo("active");
        assertThat(call(get("/api/v1/ties/{id}/application", tie), 200)
                        .get("state")
                        .asText())
                .isEqualTo("signed");

        JsonNode trail = call(
                get("/api/v1/audit").header("Authorization", "Bearer " + admin).param("since", start.toString()), 200);
        assertThat(trail.findValuesAsText("action"))
                .containsSubsequence(
                        "application_apply",
                        "application_province_approve",
                        "application_national_approve",
                        "tie_update",
                        "application_sign");

        String page = mvc.perform(get("/ties/{id}", tie))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("结好审批", "已签署", "市外办提交申请", "省外办同意", "全国友协批准", "shandong-editor");
    }

    @Test
    void aFriendshipCooperationTieNeedsTheProvinceOnly() throws Exception {
        letterOfIntent();
        int v = step(city, "", "{\"kind\":\"partner\"}", 201).get("version").asInt();
        v = step(province, "/province", "{\"version\":" + v + ",\"decision\":\"approve\"}", 200)
                .get("version")
                .asInt();
        step(admin, "/national", "{\"version\":" + v + ",\"decision\":\"approve\"}", 409);
        assertThat(step(city, "/signing", "{\"version\":" + v + ",\"signed\":\"2025-09-09\"}", 200)
                        .get("state")
                        .asText())
                .isEqualTo("signed");
        assertThat(call(get("/api/v1/ties/{id}", tie), 200).get("kind").asText())
                .isEqualTo("partner");
    }

    @Test
    void aReturnSaysWhyAndTheCityFilesAgain() throws Exception {
        letterOfIntent();
        int v = step(city, "", "{\"kind\":\"sister\"}", 201).get("version").asInt();
        assertThat(step(province, "/province", "{\"version\":" + v + ",\"decision\":\"return\"}", 400)
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("reason");
        JsonNode returned = step(
                province,
                "/province",
                "{\"version\":" + v + ",\"decision\":\"return\",\"reason\":\"缺少市政府常务会议纪要\"}",
                200);
        assertThat(returned.get("state").asText()).isEqualTo("returned");
        step(
                province,
                "/province",
                "{\"version\":" + returned.get("version").asInt() + ",\"decision\":\"approve\"}",
                409);
        step(city, "", "{\"kind\":\"sister\",\"version\":" + v + "}", 409);
        JsonNode again = step(
                city,
                "",
                "{\"kind\":\"sister\",\"version\":" + returned.get("version").asInt() + "}",
                201);
        assertThat(again.get("state").asText()).isEqualTo("applied");
        assertThat(again.get("steps").findValuesAsText("step")).containsExactly("apply", "province_return", "apply");
        assertThat(again.get("steps").get(1).get("reason").asText()).isEqualTo("缺少市政府常务会议纪要");
    }

    static MockHttpServletRequestBuilder put(String token, String path, String body) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    @Test
    void anEditorCannotMakeAFormalTieWithoutThePath() throws Exception {
        JsonNode t = call(get("/api/v1/ties/{id}", tie), 200);
        String sides = "\"domestic_id\":" + t.get("domestic").get("id").asLong() + ",\"partner_id\":"
                + t.get("partner").get("id").asLong();
        // a plain change of the intent into a sister tie, or straight into a partner tie
        for (String kind : List.of("sister", "partner")) {
            JsonNode refused = call(
                    put(
                            city,
                            "/api/v1/ties/" + tie,
                            "{" + sides + ",\"kind\":\"" + kind + "\",\"signed\":\"2025\",\"version\":0}"),
                    403);
            assertThat(refused.get("detail").asText()).contains("approval path");
        }
        // nor a new sister tie of the city's own, even with a document: recording one is an admin's act
        call(
                as(
                        city,
                        "/api/v1/ties",
                        "{\"domestic\":\"临清市\",\"partner\":\"Q90\",\"kind\":\"sister\","
                                + "\"signed_record\":{\"title\":\"协议书\"}}"),
                403);
        // an intent it may record
        call(as(city, "/api/v1/ties", "{\"domestic\":\"临清市\",\"partner\":\"Q90\",\"kind\":\"intent\"}"), 201);
        assertThat(call(get("/api/v1/ties/{id}", tie), 200).get("kind").asText())
                .isEqualTo("intent");
        assertThat(db.sql("select count(*) from audit_event where action = 'tie_update' and entity_id = :tie")
                        .param("tie", tie)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anAdminRecordsATieSignedBeforeTheRegistryWithItsSourceDocument() throws Exception {
        JsonNode t = call(get("/api/v1/ties/{id}", tie), 200);
        String body = "{\"domestic_id\":" + t.get("domestic").get("id").asLong() + ",\"partner_id\":"
                + t.get("partner").get("id").asLong() + ",\"kind\":\"sister\",\"signed\":\"1994-05\",\"version\":0";
        JsonNode missing = call(put(admin, "/api/v1/ties/" + tie, body + "}"), 400);
        assertThat(missing.get("errors").findValuesAsText("field")).containsExactly("signed_record");
        JsonNode badUrl = call(
                put(admin, "/api/v1/ties/" + tie, body + ",\"signed_record\":{\"title\":\" \",\"url\":\"ftp://x\"}}"),
                400);
        assertThat(badUrl.get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("signed_record.title", "signed_record.url");
        JsonNode recorded = call(
                put(
                        admin,
                        "/api/v1/ties/" + tie,
                        body + ",\"signed_record\":{\"title\":"
                                + "\"临清市与大阪市缔结友好城市协议书\",\"url\":\"https://example.org/agreement.pdf\","
                                + "\"dated\":\"1994-05-12\"}}"),
                200);
        assertThat(recorded.get("kind").asText()).isEqualTo("sister");
        assertThat(context.getBean(TieService.class).documents(tie))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.kind()).isEqualTo(TieDocument.Kind.AGREEMENT);
                    assertThat(d.title()).isEqualTo("临清市与大阪市缔结友好城市协议书");
                    assertThat(d.dated()).isEqualTo(LocalDate.of(1994, 5, 12));
                });
        JsonNode trail = call(
                get("/api/v1/audit").header("Authorization", "Bearer " + admin).param("since", start.toString()), 200);
        assertThat(trail.findValuesAsText("action")).containsSubsequence("tie_update", "tie_record_signed");
    }

    @Test
    void noAccountReviewsItsOwnApplication() throws Exception {
        letterOfIntent();
        // the province's editor may file for a city of its province, but then another office reviews it
        int v = step(province, "", "{\"kind\":\"sister\"}", 201).get("version").asInt();
        JsonNode own = step(province, "/province", "{\"version\":" + v + ",\"decision\":\"approve\"}", 403);
        assertThat(own.get("detail").asText()).contains("its own application");
        step(province, "/province", "{\"version\":" + v + ",\"decision\":\"return\",\"reason\":\"自己退回\"}", 403);
        String other = TestAccounts.token(context, "shandong-editor-2", Role.EDITOR, "370000");
        JsonNode approved = step(other, "/province", "{\"version\":" + v + ",\"decision\":\"approve\"}", 200);
        assertThat(approved.get("state").asText()).isEqualTo("province_approved");
    }

    @Test
    void theTiePageOffersEachOfficeItsStep() throws Exception {
        letterOfIntent();
        var cityEditor = user("liaocheng-editor").roles("EDITOR");
        String before = page(get("/ties/{id}", tie).with(cityEditor));
        assertThat(before).contains("id=\"apply-form\"").doesNotContain("id=\"province-form\"");
        assertThat(page(get("/ties/{id}", tie))).doesNotContain("id=\"apply-form\"");
        mvc.perform(post("/ties/{id}/application", tie)
                .with(cityEditor)
                .with(csrf())
                .param("kind", "sister"));
        var provinceEditor = user("shandong-editor").roles("EDITOR");
        String review = page(get("/ties/{id}", tie).with(provinceEditor));
        assertThat(review).contains("id=\"province-form\"", "已申请，待省外办审核");
        // the city's editor may not take the province's step through the form either
        assertThat(mvc.perform(post("/ties/{id}/application/province", tie)
                                .with(cityEditor)
                                .with(csrf())
                                .param("version", "1")
                                .param("decision", "approve"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        String stale = mvc.perform(post("/ties/{id}/application/province", tie)
                        .with(provinceEditor)
                        .with(csrf())
                        .param("version", "7")
                        .param("decision", "approve"))
                .andReturn()
                .getFlashMap()
                .get("problem")
                .toString();
        assertThat(stale).startsWith("未能记录").contains("请刷新页面").doesNotContain("version", "yours");
        mvc.perform(post("/ties/{id}/application/province", tie)
                .with(provinceEditor)
                .with(csrf())
                .param("version", "0")
                .param("decision", "approve"));
        String english = page(get("/ties/{id}", tie)
                .param("lang", "en")
                .with(user("test-admin").roles("ADMIN")));
        assertThat(english).contains("id=\"national-form\"", "Approved by the province");
        assertThat(db.sql("select state from tie_application where tie_id = :t")
                        .param("t", tie)
                        .query(String.class)
                        .single())
                .isEqualTo("province_approved");
        List<String> channels = db.sql("select channel from audit_event where entity = 'tie_application' and at >= :s "
                        + "order by id")
                .param("s", java.sql.Timestamp.from(start))
                .query(String.class)
                .list();
        assertThat(channels).containsExactly("web", "web");
    }

    String page(MockHttpServletRequestBuilder r) throws Exception {
        MvcResult result = mvc.perform(r).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
