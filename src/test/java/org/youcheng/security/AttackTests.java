package org.youcheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.youcheng.registry.Level;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieStatus;

/**
 * The hardening, attacked: markup in names and notes shows as text on every page and stays a plain string in JSON;
 * SQL in the search box is only text to look for; a form without its CSRF token changes nothing; every answer
 * carries the security headers, and a page's one inline script carries the nonce of its policy.
 */
abstract class AttackTests {

    static final String SCRIPT = "<script>alert(1)</script>";

    @Autowired
    WebApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    SecurityFixture f;

    @BeforeEach
    void fixture() {
        f = new SecurityFixture(context);
    }

    MockHttpServletResponse answer(org.springframework.test.web.servlet.RequestBuilder r) throws Exception {
        return mvc.perform(r).andReturn().getResponse();
    }

    String html(String path, Object... vars) throws Exception {
        MockHttpServletResponse r = answer(get(path, vars));
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void markupInNamesAndNotesIsShownAsText() throws Exception {
        long evil = f.places.insert(
                "YC-XSS-1", SCRIPT, SCRIPT, Level.CITY, "JP", null, false, "test", Instant.now(), List.of(SCRIPT));
        long tie = f.ties.create(new TieDraft(
                        f.qingdao,
                        evil,
                        TieKind.PARTNER,
                        null,
                        TieStatus.ACTIVE,
                        null,
                        null,
                        SCRIPT,
                        SCRIPT + "\"><img src=x onerror=alert(2)>"))
                .tie()
                .tie()
                .id();
        // the note also through the API, as an editor would write it
        JsonNode written = json.readTree(answer(put("/api/v1/ties/{id}", tie)
                        .header("Authorization", "Bearer " + f.tokens.get(SecurityFixture.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"domestic_id\":" + f.qingdao
                                + ",\"partner_id\":" + evil + ",\"kind\":\"partner\",\"note\":\""
                                + SCRIPT.replace("/", "\\/")
                                + "\"}"))
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(written.get("note").asText()).isEqualTo(SCRIPT);

        for (String page : List.of(
                html("/places/{id}", f.qingdao),
                html("/places/{id}", evil),
                html("/ties/{id}", tie),
                html("/search?q={q}", "script"),
                html("/search?q={q}", SCRIPT))) {
            assertThat(page).doesNotContain(SCRIPT).doesNotContain("<img src=x");
        }
        assertThat(html("/ties/{id}", tie)).contains("&lt;script&gt;alert(1)&lt;/script&gt;");

        MockHttpServletResponse api = answer(get("/api/v1/ties/{id}", tie));
        assertThat(api.getContentType()).startsWith("application/json");
        assertThat(api.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        JsonNode read = json.readTree(api.getContentAsString(StandardCharsets.UTF_8));
        assertThat(read.get("partner").get("name_zh").asText()).isEqualTo(SCRIPT);
        assertThat(read.get("note").asText()).isEqualTo(SCRIPT);
    }

    @Test
    void sqlInTheSearchIsOnlyTextToLookFor() throws Exception {
        long places = f.db.sql("select count(*) from place").query(Long.class).single();
        for (String attack : List.of(
                "' or '1'='1",
                "青岛' or 1=1 --",
                "%' union select null, name_zh from place --",
                "'; drop table tie; --",
                "\\' or 1=1 #",
                "_%")) {
            JsonNode hits = json.readTree(
                            answer(get("/api/v1/places").param("q", attack)).getContentAsString(StandardCharsets.UTF_8))
                    .get("hits");
            assertThat(hits.size()).as(attack).isLessThan(5);
            assertThat(answer(get("/search").param("q", attack)).getStatus()).isEqualTo(200);
        }
        assertThat(f.db.sql("select count(*) from place").query(Long.class).single())
                .isEqualTo(places);
        assertThat(f.db.sql("select count(*) from tie").query(Long.class).single())
                .isEqualTo(2);
        // the audit filters are parameters too
        assertThat(answer(get("/api/v1/audit")
                                .param("user", "x' or '1'='1")
                                .header("Authorization", "Bearer " + f.tokens.get(SecurityFixture.ADMIN)))
                        .getContentAsString())
                .isEqualTo("[]");
    }

    @Test
    void aFormWithoutItsCsrfTokenChangesNothing() throws Exception {
        var editor = user(SecurityFixture.EDITOR).roles("EDITOR");
        assertThat(answer(post("/ties/{id}/delete", f.inScopeTie).with(editor).param("version", "0"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(answer(post("/ties/{id}/delete", f.inScopeTie)
                                .with(editor)
                                .with(csrf().useInvalidToken())
                                .param("version", "0"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(answer(post("/ties")
                                .with(editor)
                                .param("domesticId", String.valueOf(f.linqing))
                                .param("partnerId", String.valueOf(f.osaka))
                                .param("kind", "partner"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(f.db.sql("select count(*) from tie").query(Long.class).single())
                .isEqualTo(2);
        assertThat(answer(post("/ties/{id}/delete", f.inScopeTie)
                                .with(editor)
                                .with(csrf())
                                .param("version", "0"))
                        .getStatus())
                .isEqualTo(302);
        assertThat(f.db.sql("select count(*) from tie").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        String css = Pattern.compile("href=\"(/css/youcheng-[^\"]+)\"")
                .matcher(html("/"))
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);
        for (String path : List.of(
                "/",
                "/?lang=en",
                "/search?q=青岛",
                "/places/" + f.qingdao,
                "/places/" + f.qingdao + "/network",
                "/ties/" + f.inScopeTie,
                "/login",
                "/ties/new",
                "/audit",
                "/places/999999999",
                "/no-such-page",
                css,
                "/api/v1/places?q=qingdao",
                "/api/v1/ties/" + f.inScopeTie,
                "/api/v1/openapi.json",
                "/api/v1/audit",
                "/api/v1/ties/999999999")) {
            MockHttpServletResponse r = answer(get(path));
            assertThat(r.getHeader("Content-Security-Policy"))
                    .as(path)
                    .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                    .doesNotContain("unsafe-eval")
                    .doesNotContain("script-src 'self' 'unsafe-inline'");
            assertThat(r.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(r.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(r.getHeader("Referrer-Policy")).as(path).isEqualTo("same-origin");
        }
        assertThat(answer(get("/").secure(true)).getHeader("Strict-Transport-Security"))
                .contains("max-age=31536000");
    }

    @Test
    void aPagesInlineScriptCarriesTheNonceOfItsPolicyAndNothingElseIsInline() throws Exception {
        for (String path : List.of(
                "/",
                "/places/" + f.qingdao,
                "/places/" + f.qingdao + "/network",
                "/ties/" + f.inScopeTie,
                "/login",
                "/search?q=青岛")) {
            MockHttpServletResponse r = answer(get(path));
            String page = r.getContentAsString(StandardCharsets.UTF_8);
            Matcher policy = Pattern.compile("'nonce-([^']+)'").matcher(r.getHeader("Content-Security-Policy"));
            assertThat(policy.find()).isTrue();
            Matcher inline = Pattern.compile("<script(?![^>]*\\ssrc=)([^>]*)>").matcher(page);
            while (inline.find()) {
                assertThat(inline.group(1)).as(path).contains("nonce=\"" + policy.group(1) + "\"");
            }
            assertThat(page).as(path).doesNotContainPattern("\\son[a-z]+=\"").doesNotContain("<style");
        }
        // a new nonce for every answer
        assertThat(answer(get("/")).getHeader("Content-Security-Policy"))
                .isNotEqualTo(answer(get("/")).getHeader("Content-Security-Policy"));
    }
}
