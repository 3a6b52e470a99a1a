package org.youcheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.youcheng.support.TestAccounts;

/**
 * A malformed query is the caller's mistake (400 in the frame or as problem JSON, one line in the log, no stack);
 * no answer sends the caller to the host its Host header names (docs/security.md, Errors and redirects).
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class ErrorsAndRedirectsTests extends SecurityMvcTests {

    static final String EVIL = "evil.example";

    /** The query as the client sent it, undecoded (a request builder would encode the % itself). */
    static RequestPostProcessor query(String raw) {
        return r -> {
            r.setQueryString(raw);
            return r;
        };
    }

    static RequestPostProcessor evilHost() {
        return r -> {
            r.setServerName(EVIL);
            r.addHeader("Host", EVIL);
            return r;
        };
    }

    @Test
    void aMalformedPercentEncodingIsABadRequestLoggedInOneLine(CapturedOutput output) throws Exception {
        int before = output.getAll().length();
        MockHttpServletResponse page = answer(get("/").with(query("x=%zz")));
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentType()).startsWith("text/html");
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains("<code>query</code>")
                .contains("hreflang")
                .doesNotContain("%zz\"");
        assertThat(answer(get("/search")
                                .with(query("q=%E9%9D%92%E5%B2%9B&x=%5"))
                                .locale(java.util.Locale.ENGLISH))
                        .getStatus())
                .isEqualTo(400);

        MockHttpServletResponse api = answer(get("/api/v1/places").with(query("q=%zz")));
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(api.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("query");

        String logged = output.getAll().substring(before);
        assertThat(logged.lines().filter(l -> l.contains("malformed")).count()).isEqualTo(3);
        assertThat(logged).doesNotContain("\tat ").doesNotContain("IllegalArgumentException");
        // a well-formed query is as before
        assertThat(answer(get("/").with(query("lang=en&x=%E9%9D%92"))).getStatus())
                .isEqualTo(200);
    }

    @Test
    void redirectsNeverNameTheHostOfTheHostHeader() throws Exception {
        MockHttpServletResponse toSignIn = answer(get("/ties/new").with(evilHost()));
        assertThat(toSignIn.getStatus()).isEqualTo(302);
        assertThat(toSignIn.getHeader("Location")).doesNotContain(EVIL).startsWith("/login");

        // signed in, the form sends the visitor back to the page it asked for, on this site
        MockHttpSession session = (MockHttpSession) mvc.perform(get("/ties/new").with(evilHost()))
                .andReturn()
                .getRequest()
                .getSession();
        MockHttpServletResponse signedIn = answer(post("/login")
                .session(session)
                .with(csrf())
                .with(evilHost())
                .param("username", SecurityFixture.ADMIN)
                .param("password", TestAccounts.PASSWORD));
        assertThat(signedIn.getStatus()).isEqualTo(302);
        assertThat(signedIn.getHeader("Location")).doesNotContain(EVIL).startsWith("/ties/new");

        MockHttpServletResponse created = answer(post("/api/v1/ties")
                .with(evilHost())
                .header("Authorization", "Bearer " + f.tokens.get(SecurityFixture.ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"domestic_id\":" + f.linqing + ",\"partner_id\":" + f.osaka + ",\"kind\":\"intent\"}"));
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getHeader("Location")).doesNotContain(EVIL).startsWith("/api/v1/ties/");
    }
}
