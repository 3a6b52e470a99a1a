package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import org.youcheng.registry.Provenance;
import org.youcheng.registry.Tie;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieStatement;
import org.youcheng.registry.Ties;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.support.TestAccounts;
import org.youcheng.support.TestData;

/**
 * Extraction through the API, and the review queue through the API and its page, on the bundled reference data;
 * run on H2 and on PostgreSQL by the subclasses. Articles are sentences written for this test.
 */
abstract class ReviewQueueTests {

    static final String ARTICLE = "URL: https://example.org/news/1\n\n青岛市与日本签署友城协议\n"
            + "2019年5月,青岛市与日本下关市正式结为友好城市。今年,青岛市与意大利泽菲洛里亚市签署建立友好交流关系备忘录。";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    ObjectMapper json;

    @Autowired
    PlaceRepository places;

    @Autowired
    WebApplicationContext context;

    @Autowired
    Ties ties;

    /** The API as an admin (bearer token); {@link #mvc} is the anonymous client the pages are driven with. */
    MockMvc api;

    @BeforeEach
    void reset() {
        TestData.reset(db);
        api = TestAccounts.withToken(context, TestAccounts.admin(context));
    }

    static RequestPostProcessor signedIn() {
        return user("test-admin").roles("ADMIN");
    }

    int ties() {
        return db.sql("select count(*) from tie").query(Integer.class).single();
    }

    JsonNode call(RequestBuilder request, int status) throws Exception {
        MvcResult r = api.perform(request).andReturn();
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as("status; body %s", body).isEqualTo(status);
        return body.isEmpty() ? null : json.readTree(body);
    }

    RequestBuilder postJson(String path, Object body) throws Exception {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    @Test
    void extractAnswersTheFactsWithEvidenceAndChangesNothing() throws Exception {
        JsonNode facts = call(postJson("/api/v1/extract", Map.of("text", ARTICLE, "source", "a1")), 200);
        assertThat(facts.get("source").asText()).isEqualTo("a1");
        assertThat(facts.get("totals").isArray()).isTrue();
        JsonNode first = facts.get("relations").get(0);
        assertThat(first.fieldNames())
                .toIterable()
                .containsExactly(
                        "domestic",
                        "domestic_level",
                        "partner",
                        "partner_country",
                        "kind",
                        "signed",
                        "evidence",
                        "start",
                        "end",
                        "domestic_id",
                        "partner_id",
                        "pattern");
        assertThat(first.get("pattern").asText()).isEqualTo("connector");
        assertThat(first.get("domestic").asText()).isEqualTo("青岛市");
        assertThat(first.get("domestic_id").asLong())
                .isEqualTo(places.findByCode("CN-370200").orElseThrow().id());
        assertThat(first.get("partner_id").asLong())
                .isEqualTo(places.findByCode("Q203308").orElseThrow().id());
        assertThat(first.get("kind").asText()).isEqualTo("sister");
        assertThat(first.get("signed").asText()).isEqualTo("2019-05");
        assertThat(first.get("evidence").asText())
                .isEqualTo(ARTICLE.substring(
                        first.get("start").asInt(), first.get("end").asInt()));
        JsonNode second = facts.get("relations").get(1);
        assertThat(second.get("partner").asText()).isEqualTo("泽菲洛里亚市");
        assertThat(second.get("partner_id").isNull()).isTrue();
        assertThat(second.get("kind").asText()).isEqualTo("partner");
        assertThat(ties()).isZero();
        JsonNode problem = call(postJson("/api/v1/extract", Map.of("source", "a1")), 400);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("text");
    }

    @Test
    void nothingEntersTheRegistryUntilAccepted() throws Exception {
        JsonNode queued = call(postJson("/api/v1/review", Map.of("text", ARTICLE, "source", "a1.txt")), 201);
        assertThat(queued.get("queued")).hasSize(2);
        assertThat(call(postJson("/api/v1/review", Map.of("text", ARTICLE)), 201)
                        .get("queued"))
                .isEmpty();
        assertThat(ties()).isZero();
        JsonNode page = call(get("/api/v1/review"), 200);
        assertThat(page.get("total").asInt()).isEqualTo(2);
        JsonNode c = page.get("items").get(0);
        assertThat(c.get("source").asText()).isEqualTo("https://example.org/news/1");
        assertThat(c.get("status").asText()).isEqualTo("pending");
        assertThat(c.get("pattern").asText()).isEqualTo("connector");

        JsonNode accepted = call(post("/api/v1/review/" + c.get("id").asLong() + "/accept"), 200);
        assertThat(accepted.get("updated").asBoolean()).isFalse();
        assertThat(accepted.get("candidate").get("status").asText()).isEqualTo("accepted");
        JsonNode tie = accepted.get("tie");
        assertThat(tie.get("kind").asText()).isEqualTo("sister");
        assertThat(tie.get("signed").asText()).isEqualTo("2019-05");
        assertThat(tie.get("source").asText()).isEqualTo("https://example.org/news/1");
        assertThat(tie.get("note").asText()).contains("青岛市与日本下关市正式结为友好城市");
        assertThat(ties()).isEqualTo(1);
        assertThat(call(post("/api/v1/review/" + c.get("id").asLong() + "/accept"), 409)
                        .get("current")
                        .get("status")
                        .asText())
                .isEqualTo("accepted");
        assertThat(call(get("/api/v1/review").param("status", "pending"), 200)
                        .get("total")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void editThenAcceptMakesAnUnknownPartnerFlaggedForReview() throws Exception {
        call(postJson("/api/v1/review", Map.of("text", ARTICLE, "source", "a1")), 201);
        long id = call(get("/api/v1/review"), 200).get("items").get(1).get("id").asLong();
        JsonNode bad = call(
                postJson("/api/v1/review/" + id + "/accept", Map.of("kind", "neighbours", "signed", "last spring")),
                400);
        assertThat(bad.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("kind", "signed");
        assertThat(ties()).isZero();
        JsonNode accepted = call(
                postJson(
                        "/api/v1/review/" + id + "/accept",
                        Map.of("kind", "intent", "signed", "2020-03", "partner", "泽菲洛里亚")),
                200);
        JsonNode tie = accepted.get("tie");
        assertThat(tie.get("kind").asText()).isEqualTo("intent");
        assertThat(tie.get("signed").asText()).isEqualTo("2020-03");
        long partner = tie.get("partner").get("id").asLong();
        assertThat(places.find(partner).orElseThrow().needsReview()).isTrue();
        assertThat(places.find(partner).orElseThrow().countryCode()).isEqualTo("IT");
        assertThat(db.sql("select origin from place where id = :id")
                        .param("id", partner)
                        .query(String.class)
                        .single())
                .isEqualTo("extract");
    }

    @Test
    void aLooserArticleAboutASisterTieAddsItsSourceAndLowersNothing() throws Exception {
        call(postJson("/api/v1/review", Map.of("text", ARTICLE, "source", "a1")), 201);
        long first =
                call(get("/api/v1/review"), 200).get("items").get(0).get("id").asLong();
        long tieId = call(post("/api/v1/review/" + first + "/accept"), 200)
                .get("tie")
                .get("id")
                .asLong();
        call(postJson("/api/v1/review", Map.of("text", "2021年,青岛市同友好交流城市日本下关市续签了交流协议。", "source", "a2")), 201);
        JsonNode c = call(get("/api/v1/review"), 200).get("items").get(1);
        assertThat(c.get("partner").asText()).isEqualTo("下关市");
        assertThat(c.get("existing_tie_id").asLong()).isEqualTo(tieId);
        JsonNode accepted = call(post("/api/v1/review/" + c.get("id").asLong() + "/accept"), 200);
        assertThat(accepted.get("updated").asBoolean()).isTrue();
        assertThat(accepted.get("tie").get("id").asLong()).isEqualTo(tieId);
        assertThat(accepted.get("tie").get("kind").asText()).isEqualTo("sister");
        assertThat(accepted.get("tie").get("source").asText()).isEqualTo("https://example.org/news/1");
        assertThat(accepted.get("conflicts").get(0).get("field").asText()).isEqualTo("kind");
        assertThat(accepted.get("conflicts").get(0).get("record").asText()).isEqualTo("sister");
        assertThat(accepted.get("conflicts").get(0).get("article").asText()).isEqualTo("partner");
        Tie tie = ties.find(tieId).orElseThrow();
        assertThat(ties.statements(tie))
                .extracting(TieStatement::source)
                .containsExactly("https://example.org/news/1", "a2");
        assertThat(ties()).isEqualTo(1);
    }

    @Test
    void anIntentInTheNewsLeavesASignedSisterTieAsItWasWithBothSources() throws Exception {
        long qingdao = places.findByCode("CN-370200").orElseThrow().id();
        long shimonoseki = call(postJson("/api/v1/review", Map.of("text", ARTICLE, "source", "a0")), 201) == null
                ? 0
                : db.sql("select partner_id from extract_candidate where partner = '下关市'")
                        .query(Long.class)
                        .single();
        db.sql("delete from extract_candidate").update();
        // the office's own record: a sister tie signed on a known day
        JsonNode made = call(
                postJson(
                        "/api/v1/ties",
                        org.youcheng.api.ApiClient.recorded(Map.of(
                                "domestic_id",
                                qingdao,
                                "partner_id",
                                shimonoseki,
                                "kind",
                                "sister",
                                "signed",
                                "1979-10-03",
                                "status",
                                "active",
                                "source",
                                "青岛市外办 友城名单"))),
                201);
        long tieId = made.get("id").asLong();
        call(
                postJson(
                        "/api/v1/review",
                        Map.of("text", "青岛市与日本下关市签署结好意向书，双方明确了结好意向。", "source", "https://example.org/news/intent")),
                201);
        long candidate =
                call(get("/api/v1/review"), 200).get("items").get(0).get("id").asLong();

        JsonNode accepted = call(post("/api/v1/review/" + candidate + "/accept"), 200);

        Tie tie = ties.find(tieId).orElseThrow();
        assertThat(tie.kind()).isEqualTo(TieKind.SISTER);
        assertThat(tie.signed().toString()).isEqualTo("1979-10-03");
        assertThat(tie.source()).isEqualTo("青岛市外办 友城名单");
        assertThat(tie.authority()).isEqualTo(Provenance.RECORDED);
        assertThat(ties.statements(tie))
                .extracting(TieStatement::provenance)
                .containsExactly(Provenance.RECORDED, Provenance.EXTRACTED);
        assertThat(ties.statements(tie).get(1).source()).isEqualTo("https://example.org/news/intent");
        assertThat(ties.statements(tie).get(1).kind()).isEqualTo(TieKind.INTENT);
        assertThat(accepted.get("conflicts").get(0).get("article").asText()).isEqualTo("intent");
    }

    @Test
    void rejectingWritesNothingAndHappensOnce() throws Exception {
        call(postJson("/api/v1/review", Map.of("text", ARTICLE, "source", "a1")), 201);
        long id = call(get("/api/v1/review"), 200).get("items").get(0).get("id").asLong();
        assertThat(call(post("/api/v1/review/" + id + "/reject"), 200)
                        .get("status")
                        .asText())
                .isEqualTo("rejected");
        call(post("/api/v1/review/" + id + "/reject"), 409);
        call(post("/api/v1/review/" + id + "/accept"), 409);
        call(post("/api/v1/review/99999999/reject"), 404);
        assertThat(ties()).isZero();
        assertThat(call(get("/api/v1/review").param("status", "rejected"), 200)
                        .get("total")
                        .asInt())
                .isEqualTo(1);
        call(get("/api/v1/review").param("status", "maybe"), 400);
    }

    @Test
    void theQueueIsForAccountsAndItsDecisionsForEditors() throws Exception {
        assertThat(mvc.perform(postJson("/api/v1/review", Map.of("text", ARTICLE)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        assertThat(mvc.perform(get("/review")).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
        assertThat(db.sql("select count(*) from extract_candidate")
                        .query(Integer.class)
                        .single())
                .isZero();
        // an editor of 北京市 files articles but decides only on ties of 北京市
        MockMvc beijingEditor = TestAccounts.withToken(
                context, TestAccounts.token(context, "beijing-editor", org.youcheng.security.Role.EDITOR, "110000"));
        assertThat(beijingEditor
                        .perform(postJson("/api/v1/review", Map.of("text", ARTICLE)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(201);
        long id = call(get("/api/v1/review"), 200).get("items").get(0).get("id").asLong();
        assertThat(beijingEditor
                        .perform(post("/api/v1/review/" + id + "/accept"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(beijingEditor
                        .perform(post("/api/v1/review/" + id + "/reject"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(ties()).isZero();
        assertThat(call(get("/api/v1/review/" + id), 200).get("status").asText())
                .isEqualTo("pending");
    }

    @Test
    void theExtractorLearnsARenamedPlaceAndANewAliasAtOnce() throws Exception {
        String text = "2019年5月,青岛市与日本下关市正式结为友好城市。";
        assertThat(call(postJson("/api/v1/extract", Map.of("text", text)), 200).get("relations"))
                .hasSize(1);
        long id = places.findByCode("CN-370200").orElseThrow().id();
        // a rename that keeps the number of places: the extractor must not go on reading the old name
        db.sql("update place set name_zh = '琴岛市', updated_at = current_timestamp where id = :id")
                .param("id", id)
                .update();
        db.sql("insert into place_name (place_id, name_key, name) values (:id, '琴岛', '琴岛市')")
                .param("id", id)
                .update();
        try {
            JsonNode facts = call(postJson("/api/v1/extract", Map.of("text", text.replace("青岛市", "琴岛市"))), 200);
            assertThat(facts.get("relations"))
                    .singleElement()
                    .satisfies(r -> assertThat(r.get("domestic").asText()).isEqualTo("琴岛市"));
        } finally {
            // the reference data is shared with the other tests of this database: put the name back
            db.sql("delete from place_name where place_id = :id and name_key = '琴岛'")
                    .param("id", id)
                    .update();
            db.sql("update place set name_zh = '青岛市', updated_at = current_timestamp where id = :id")
                    .param("id", id)
                    .update();
        }
        assertThat(call(postJson("/api/v1/extract", Map.of("text", text)), 200)
                        .get("relations")
                        .get(0)
                        .get("domestic")
                        .asText())
                .isEqualTo("青岛市");
    }

    @Test
    void thePageReadsAnArticleIntoTheQueueAndAcceptsAndRejects() throws Exception {
        mvc.perform(post("/review/articles")
                        .with(csrf())
                        .with(signedIn())
                        .param("text", ARTICLE)
                        .param("source", "a1"))
                .andReturn();
        String html = mvc.perform(get("/review").with(signedIn()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains(
                        "待审核的友好关系",
                        "2019年5月,青岛市与日本下关市正式结为友好城市",
                        "泽菲洛里亚市",
                        "name=\"_csrf\"",
                        "读法：",
                        "与字句（A与B） connector");
        long first =
                call(get("/api/v1/review"), 200).get("items").get(0).get("id").asLong();
        long second =
                call(get("/api/v1/review"), 200).get("items").get(1).get("id").asLong();
        MvcResult accepted = mvc.perform(post("/review/" + first + "/accept")
                        .with(csrf())
                        .with(signedIn())
                        .param("domestic", "青岛市")
                        .param("partner", "下关市")
                        .param("partnerCountry", "日本")
                        .param("kind", "sister")
                        .param("signed", "2019-05"))
                .andReturn();
        assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/review");
        assertThat(accepted.getFlashMap().get("savedTie")).isNotNull();
        MvcResult bad = mvc.perform(post("/review/" + second + "/accept")
                        .with(csrf())
                        .with(signedIn())
                        .param("kind", "x"))
                .andReturn();
        assertThat((String) bad.getFlashMap().get("problem")).contains("类型");
        mvc.perform(post("/review/" + second + "/reject").with(csrf()).with(signedIn()))
                .andReturn();
        assertThat(ties()).isEqualTo(1);
        String english = mvc.perform(get("/review")
                        .with(signedIn())
                        .param("status", "accepted")
                        .param("lang", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Ties to review", "下关市");
        assertThat(mvc.perform(post("/review/" + first + "/reject").with(signedIn()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
