package org.youcheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import org.youcheng.support.TestAccounts;

/**
 * The "done when": anonymous visitors read public ties and change nothing; the editor of 聊城市 changes
 * 聊城市's and 临清市's ties and gets 403 on 青岛市's; every change made here is in the audit trail with the values
 * before and after, and the trail cannot be altered; tokens that are expired or revoked are refused; a stale
 * account update is 409; the sign-in form locks a name out after repeated failures.
 */
abstract class SecurityTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    SecurityFixture f;
    Instant start;

    @BeforeEach
    void fixture() {
        f = new SecurityFixture(context);
        start = Instant.now();
    }

    JsonNode call(RequestBuilder request, int status) throws Exception {
        MvcResult r = mvc.perform(request).andReturn();
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as("status; body %s", body).isEqualTo(status);
        return body.isEmpty() || !body.startsWith("{") && !body.startsWith("[") ? null : json.readTree(body);
    }

    static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder r) {
        return r.header("Authorization", "Bearer " + token);
    }

    String token(String name) {
        return f.tokens.get(name);
    }

    static String tieJson(long domestic, long partner, String kind, Integer version, String note) {
        return "{" + (version == null ? "" : "\"version\":" + version + ",") + "\"domestic_id\":" + domestic
                + ",\"partner_id\":" + partner + ",\"kind\":\"" + kind + "\""
                + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}";
    }

    long ties() {
        return f.db.sql("select count(*) from tie").query(Long.class).single();
    }

    @Test
    void anonymousReadsPublicTiesButChangesNothing() throws Exception {
        assertThat(call(get("/api/v1/ties/{id}", f.outOfScopeTie), 200)
                        .get("domestic")
                        .get("code")
                        .asText())
                .isEqualTo(SecurityFixture.QINGDAO);
        call(get("/ties/{id}", f.outOfScopeTie), 200);
        call(get("/places/{id}", f.qingdao), 200);
        long before = ties();
        call(
                post("/api/v1/ties")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(tieJson(f.qingdao, f.osaka, "partner", null, null)),
                401);
        call(
                put("/api/v1/ties/{id}", f.outOfScopeTie)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(tieJson(f.qingdao, f.shimonoseki, "sister", 0, null)),
                401);
        call(delete("/api/v1/ties/{id}", f.outOfScopeTie).param("version", "0"), 401);
        call(
                post("/api/v1/ties/{id}/documents", f.outOfScopeTie)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"agreement\",\"title\":\"x\"}"),
                401);
        call(
                multipart("/api/v1/imports")
                        .file(new MockMultipartFile(
                                "file",
                                "t.csv",
                                "text/csv",
                                "domestic,partner,partner_country,kind\n青岛市,Paris,France,partner\n"
                                        .getBytes(StandardCharsets.UTF_8))),
                401);
        MvcResult form = mvc.perform(
                        post("/ties/{id}/delete", f.outOfScopeTie).with(csrf()).param("version", "0"))
                .andReturn();
        assertThat(form.getResponse().getStatus()).isEqualTo(302);
        assertThat(form.getResponse().getRedirectedUrl()).endsWith("/login");
        // a signed-in session is no key to the API: only a bearer token is
        MockHttpSession session = (MockHttpSession)
                mvc.perform(formLogin("/login").user(SecurityFixture.ADMIN).password(TestAccounts.PASSWORD))
                        .andReturn()
                        .getRequest()
                        .getSession();
        call(get("/ties/{id}/edit", f.outOfScopeTie).session(session), 200);
        call(
                post("/api/v1/ties")
                        .session(session)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(tieJson(f.qingdao, f.osaka, "partner", null, null)),
                401);
        assertThat(ties()).isEqualTo(before);
        assertThat(f.db.sql("select version from tie where id = :id")
                        .param("id", f.outOfScopeTie)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theEditorOfLiaochengChangesLiaochengAndLinqingButNotQingdao() throws Exception {
        String editor = token(SecurityFixture.EDITOR);
        call(
                as(editor, post("/api/v1/ties"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(tieJson(f.liaocheng, f.osaka, "intent", null, null)),
                201);
        call(
                as(editor, post("/api/v1/ties"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(tieJson(f.linqing, f.osaka, "intent", null, null)),
                201);
        call(
                as(editor, put("/api/v1/ties/{id}", f.inScopeTie))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(tieJson(f.linqing, f.shimonoseki, "partner", 0, "临清市外办")),
                200);

        long before = ties();
        JsonNode refused = call(
                as(editor, post("/api/v1/ties"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(tieJson(f.qingdao, f.osaka, "partner", null, null)),
                403);
        assertThat(refused.get("detail").asText()).contains("Qingdao", "scope");
        call(
                as(editor, put("/api/v1/ties/{id}", f.outOfScopeTie))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(tieJson(f.qingdao, f.shimonoseki, "sister", 0, null)),
                403);
        // nor may it move one of its ties to 青岛市
        call(
                as(editor, put("/api/v1/ties/{id}", f.inScopeTie))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(tieJson(f.qingdao, f.osaka, "sister", 1, null)),
                403);
        call(as(editor, delete("/api/v1/ties/{id}", f.outOfScopeTie)).param("version", "0"), 403);
        call(as(editor, delete("/api/v1/ties/{id}/documents/{d}", f.outOfScopeTie, f.outOfScopeDocument)), 403);
        // the same rule behind the pages' forms
        call(
                post("/ties/{id}/delete", f.outOfScopeTie)
                        .with(csrf())
                        .with(user(SecurityFixture.EDITOR).roles("EDITOR"))
                        .param("version", "0"),
                403);
        assertThat(ties()).isEqualTo(before);

        // a viewer reads everything and changes nothing
        String viewer = token(SecurityFixture.VIEWER);
        call(as(viewer, get("/api/v1/ties/{id}", f.inScopeTie)), 200);
        call(as(viewer, delete("/api/v1/ties/{id}", f.inScopeTie)).param("version", "1"), 403);

        // an editor of the province reaches every city and county in it
        String province = TestAccounts.token(context, "shandong-editor", Role.EDITOR, "370000");
        call(as(province, delete("/api/v1/ties/{id}", f.outOfScopeTie)).param("version", "0"), 204);
    }

    @Test
    void everyChangeIsInTheAuditTrailWithTheValuesBeforeAndAfter() throws Exception {
        String editor = token(SecurityFixture.EDITOR);
        long created = call(
                        as(editor, post("/api/v1/ties"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(tieJson(f.linqing, f.osaka, "intent", null, null)),
                        201)
                .get("id")
                .asLong();
        call(
                as(editor, put("/api/v1/ties/{id}", created))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(tieJson(f.linqing, f.osaka, "intent", 0, "已签结好意向书")),
                200);
        long doc = call(
                        as(editor, post("/api/v1/ties/{id}/documents", created))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"kind\":\"intent_letter\",\"title\":\"结好意向书\"}"),
                        201)
                .get("id")
                .asLong();
        call(as(editor, delete("/api/v1/ties/{id}/documents/{d}", created, doc)), 204);
        call(as(editor, delete("/api/v1/ties/{id}", created)).param("version", "1"), 204);
        call(
                as(
                        editor,
                        multipart("/api/v1/imports")
                                .file(new MockMultipartFile(
                                        "file",
                                        "t.csv",
                                        "text/csv",
                                        "domestic,partner,partner_country,kind,signed,status\n临清市,Paris,France,intent,2001,active\n"
                                                .getBytes(StandardCharsets.UTF_8)))),
                200);
        // a form's change is recorded as from the web
        mvc.perform(post("/ties/{id}", f.inScopeTie)
                .with(csrf())
                .with(user(SecurityFixture.EDITOR).roles("EDITOR"))
                .param("domesticId", String.valueOf(f.linqing))
                .param("partnerId", String.valueOf(f.shimonoseki))
                .param("kind", "partner")
                .param("status", "dormant")
                .param("version", "0"));

        JsonNode trail = call(
                as(token(SecurityFixture.ADMIN), get("/api/v1/audit"))
                        .param("since", start.toString())
                        .param("user", SecurityFixture.EDITOR),
                200);
        List<String> actions = trail.findValuesAsText("action");
        assertThat(actions)
                .containsExactly(
                        "tie_create",
                        "tie_update",
                        "document_add",
                        "document_remove",
                        "tie_delete",
                        "tie_import_add",
                        "import",
                        "tie_update",
                        "tie_status");
        assertThat(trail.findValuesAsText("channel"))
                .containsExactly("api", "api", "api", "api", "api", "api", "api", "web", "web");
        JsonNode update = trail.get(1);
        assertThat(update.get("entity").asText()).isEqualTo("tie");
        assertThat(update.get("entity_id").asLong()).isEqualTo(created);
        assertThat(update.get("actor_name").asText()).isEqualTo(SecurityFixture.EDITOR);
        JsonNode before = json.readTree(update.get("before").asText());
        JsonNode after = json.readTree(update.get("after").asText());
        assertThat(before.get("kind").asText()).isEqualTo("intent");
        assertThat(after.get("kind").asText()).isEqualTo("intent");
        assertThat(before.get("version").asInt()).isZero();
        assertThat(after.get("version").asInt()).isEqualTo(1);
        assertThat(after.get("note").asText()).isEqualTo("已签结好意向书");
        assertThat(before.get("note").isNull()).isTrue();
        assertThat(trail.get(0).get("before").isNull()).isTrue();
        assertThat(json.readTree(trail.get(4).get("before").asText()).get("id").asLong())
                .isEqualTo(created);
        assertThat(trail.get(4).get("after").isNull()).isTrue();
        assertThat(json.readTree(trail.get(5).get("after").asText()).get("kind").asText())
                .isEqualTo("intent");
        assertThat(json.readTree(trail.get(6).get("after").asText())
                        .get("added")
                        .asInt())
                .isEqualTo(1);
        assertThat(json.readTree(trail.get(8).get("after").asText())
                        .get("status")
                        .asText())
                .isEqualTo("dormant");

        // the page says it in words: who, what, when, and what changed, field by field
        String page = mvc.perform(get("/audit")
                        .param("user", SecurityFixture.EDITOR)
                        .param("since", start.toString())
                        .with(user(SecurityFixture.ADMIN).roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains(
                        "修改友好关系",
                        "新建友好关系",
                        "导入新增友好关系",
                        "删除关系文件",
                        "接口",
                        "网页",
                        "备注",
                        "已签结好意向书",
                        "状态",
                        "有效",
                        "休眠",
                        "共 9 条")
                .doesNotContain("tie_update", "\"note\"", "application_");
        String list = page.substring(page.indexOf("class=\"audit-list\""));
        assertThat(list.indexOf("变更关系状态")).isLessThan(list.indexOf("新建友好关系")); // newest first

        // the same as CSV, and only for admins
        String csv = mvc.perform(as(token(SecurityFixture.ADMIN), get("/api/v1/audit"))
                        .param("since", start.toString())
                        .param("entity", "tie_document")
                        .param("user", SecurityFixture.EDITOR)
                        .param("format", "csv"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(3).first().asString().startsWith("id,at,actor_id,actor,from");
        call(as(token(SecurityFixture.EDITOR), get("/api/v1/audit")), 403);
        call(get("/api/v1/audit"), 401);
    }

    @Test
    void theAuditTrailCannotBeAlteredNorEmptied() throws Exception {
        call(
                as(token(SecurityFixture.EDITOR), delete("/api/v1/ties/{id}", f.inScopeTie))
                        .param("version", "0"),
                204);
        long entries =
                f.db.sql("select count(*) from audit_event").query(Long.class).single();
        assertThat(entries).isPositive();
        assertThatThrownBy(() ->
                        f.db.sql("update audit_event set action = 'nothing'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> f.db.sql("delete from audit_event").update()).hasMessageContaining("append-only");
        assertThat(f.db.sql("select count(*) from audit_event")
                        .query(Long.class)
                        .single())
                .isEqualTo(entries);
        assertThat(f.db.sql("select count(*) from audit_event where action = 'nothing'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void expiredRevokedAndUnknownTokensAreRefused() throws Exception {
        String editor = token(SecurityFixture.EDITOR);
        call(as(editor, get("/api/v1/me")), 200);
        f.db.sql("update api_token set expires_at = :past where token_hash = :h")
                .param("past", java.sql.Timestamp.from(Instant.now().minusSeconds(1)))
                .param("h", TokenService.hash(editor))
                .update();
        JsonNode expired =
                call(as(editor, delete("/api/v1/ties/{id}", f.inScopeTie)).param("version", "0"), 401);
        assertThat(expired.get("detail").asText()).contains("expired");
        call(as(editor, get("/api/v1/ties/{id}", f.inScopeTie)), 401);

        String again = TestAccounts.token(context, SecurityFixture.EDITOR, Role.EDITOR);
        JsonNode me = call(as(again, get("/api/v1/me")), 200);
        assertThat(me.get("name").asText()).isEqualTo(SecurityFixture.EDITOR);
        assertThat(me.get("role").asText()).isEqualTo("editor");
        assertThat(me.get("scope").get(0).asLong()).isEqualTo(f.liaocheng);
        long id = f.db.sql("select id from api_token where token_hash = :h")
                .param("h", TokenService.hash(again))
                .query(Long.class)
                .single();
        LocalOperator.call(() -> context.getBean(TokenService.class).revoke(id));
        call(as(again, delete("/api/v1/ties/{id}", f.inScopeTie)).param("version", "0"), 401);
        call(as("yc_not-a-token-at-all", get("/api/v1/me")), 401);
        assertThat(f.db.sql("select token_hash from api_token")
                        .query(String.class)
                        .list())
                .allMatch(h -> h.matches("[0-9a-f]{64}"))
                .doesNotContain(again, editor);

        // a disabled account's tokens stop working at once
        String viewer = token(SecurityFixture.VIEWER);
        long viewerId = f.accountId(SecurityFixture.VIEWER);
        JsonNode account = call(
                as(token(SecurityFixture.ADMIN), put("/api/v1/accounts/{id}", viewerId))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"enabled\":false}"),
                200);
        assertThat(account.get("version").asInt()).isEqualTo(1);
        call(as(viewer, get("/api/v1/me")), 401);
    }

    @Test
    void aStaleAccountUpdateIs409WithTheCurrentVersion() throws Exception {
        String admin = token(SecurityFixture.ADMIN);
        long viewerId = f.accountId(SecurityFixture.VIEWER);
        call(
                as(admin, put("/api/v1/accounts/{id}", viewerId))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"role\":\"editor\",\"scope\":[\"371581\"]}"),
                200);
        JsonNode stale = call(
                as(admin, put("/api/v1/accounts/{id}", viewerId))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"enabled\":false}"),
                409);
        assertThat(stale.get("current").get("version").asInt()).isEqualTo(1);
        assertThat(stale.get("current").get("role").asText()).isEqualTo("editor");
        assertThat(stale.get("current").get("enabled").asBoolean()).isTrue();
        JsonNode bad = call(
                as(admin, put("/api/v1/accounts/{id}", viewerId))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1,\"scope\":[\"Paris\"]}"),
                400);
        assertThat(bad.get("errors").get(0).get("field").asText()).isEqualTo("scope");
        JsonNode trail = call(
                as(admin, get("/api/v1/audit"))
                        .param("since", start.toString())
                        .param("entity", "account")
                        .param("entity_id", String.valueOf(viewerId)),
                200);
        assertThat(trail.findValuesAsText("action")).containsExactly("account_update");
        assertThat(trail.get(0).get("before").asText())
                .contains("\"role\":\"viewer\"")
                .doesNotContain("password");
        assertThat(trail.get(0).get("after").asText()).contains("\"role\":\"editor\"", "CN-371581");
    }

    /** A sign-in from a network address; returns where it redirects. */
    String signIn(String address, String name, String password) throws Exception {
        return mvc.perform(
                        post("/login")
                                .param("username", name)
                                .param("password", password)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .with(request -> {
                                    request.setRemoteAddr(address);
                                    return request;
                                }))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    @Test
    void theSignInFormMakesANameWaitAfterRepeatedFailuresAndLetsItsOwnerInOnceTheWaitIsOver() throws Exception {
        String name = "throttled-" + System.nanoTime();
        TestAccounts.token(context, name, Role.VIEWER);
        MvcResult ok = mvc.perform(formLogin("/login").user(name).password(TestAccounts.PASSWORD))
                .andReturn();
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(ok.getRequest().getSession().getAttribute("SPRING_SECURITY_CONTEXT"))
                .isNotNull();
        // the attacker's storm, from one address: five failures are free, then each attempt must wait, and one
        // made too soon is refused without a look at the password, so it does not make the wait longer
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("198.51.100.1", name, "wrong " + i)).isEqualTo("/login?error");
        }
        int refused = 0;
        for (int i = 0; i < 30; i++) {
            String to = signIn("198.51.100.1", name, "wrong again " + i);
            assertThat(to).isIn("/login?error", "/login?wait=1", "/login?wait=2", "/login?wait=3", "/login?wait=4");
            refused += to.startsWith("/login?wait=") ? 1 : 0;
        }
        assertThat(refused).isGreaterThanOrEqualTo(25);
        // the owner, from elsewhere, waits a few seconds at most, then signs in
        String wait = signIn("203.0.113.20", name, TestAccounts.PASSWORD);
        assertThat(wait).matches("/login\\?wait=[1-8]");
        String page = mvc.perform(get("/login").param("wait", "3"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("登录失败次数过多，请 3 秒后再试");
        Thread.sleep(Integer.parseInt(wait.substring(wait.indexOf('=') + 1)) * 1_000L + 100);
        assertThat(signIn("203.0.113.20", name, TestAccounts.PASSWORD)).isEqualTo("/");
    }

    @Test
    void aWrongPasswordStormFromOneAddressDoesNotStopAnotherUserElsewhere() throws Exception {
        String other = "elsewhere-" + System.nanoTime();
        TestAccounts.token(context, other, Role.VIEWER);
        for (int i = 0; i < 20; i++) {
            assertThat(signIn("198.51.100.2", "guess-" + i + "-" + System.nanoTime(), "wrong"))
                    .isEqualTo("/login?error");
        }
        assertThat(signIn("198.51.100.2", other, TestAccounts.PASSWORD))
                .as("the storming address waits")
                .startsWith("/login?wait=");
        assertThat(signIn("203.0.113.21", other, TestAccounts.PASSWORD)).isEqualTo("/");
    }

    @Test
    void theSignInFormWithoutItsCsrfTokenIsRefused() throws Exception {
        String name = "csrf-" + System.nanoTime();
        TestAccounts.token(context, name, Role.VIEWER);
        // the sign-in form without its CSRF token is refused
        assertThat(mvc.perform(post("/login").param("username", name).param("password", TestAccounts.PASSWORD))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
