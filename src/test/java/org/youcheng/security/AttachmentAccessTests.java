package org.youcheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * Attached files (docs/security.md, Attachments): named in addresses by a random key, never by the row number, and
 * read by accounts only, of every role; an anonymous visitor sees that a file is there, not what is in it.
 */
abstract class AttachmentAccessTests {

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

    MockHttpServletResponse answer(MockHttpServletRequestBuilder r, String token) throws Exception {
        return mvc.perform(token == null ? r : r.header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
    }

    String key(long file) {
        return f.fileKey(file);
    }

    @Test
    void aFileIsNamedByAnUnguessableKeyAndReadOnlyByAccounts() throws Exception {
        String in = key(f.inScopeActivityFile);
        String out = key(f.outOfScopeActivityFile);
        assertThat(in).matches("[A-Za-z0-9_-]{22,}").isNotEqualTo(out);

        String path = "/api/v1/activities/{id}/files/{key}";
        assertThat(answer(get(path, f.inScopeActivity, in), null).getStatus()).isEqualTo(401);
        for (String reader : new String[] {SecurityFixture.VIEWER, SecurityFixture.EDITOR, SecurityFixture.ADMIN}) {
            MockHttpServletResponse r = answer(get(path, f.outOfScopeActivity, out), f.tokens.get(reader));
            assertThat(r.getStatus()).as(reader).isEqualTo(200);
            assertThat(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("议程");
        }
        // the row number opens nothing, for anyone; nor does a key under another activity
        for (String token : new String[] {null, f.tokens.get(SecurityFixture.ADMIN)}) {
            assertThat(answer(get(path, f.inScopeActivity, f.inScopeActivityFile), token)
                            .getStatus())
                    .isIn(401, 404);
        }
        assertThat(answer(get(path, f.inScopeActivity, out), f.tokens.get(SecurityFixture.ADMIN))
                        .getStatus())
                .isEqualTo(404);

        // the activity lists the file by its key and keeps the row number to itself
        JsonNode file = json.readTree(answer(get("/api/v1/activities/{id}", f.inScopeActivity), null)
                        .getContentAsString(StandardCharsets.UTF_8))
                .get("files")
                .get(0);
        assertThat(file.get("key").asText()).isEqualTo(in);
        assertThat(file.has("id")).isFalse();
    }

    @Test
    void theActivityPageLinksAFileOnlyForThoseWhoMayReadIt() throws Exception {
        String in = key(f.inScopeActivityFile);
        String page = mvc.perform(get("/activities/{id}", f.inScopeActivity))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("议程.txt")
                .doesNotContain("/files/" + in)
                .doesNotContain("/files/" + f.inScopeActivityFile + "\"");
        String signedIn = mvc.perform(
                        get("/activities/{id}", f.inScopeActivity)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(SecurityFixture.VIEWER)
                                        .roles("VIEWER")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(signedIn).contains("/api/v1/activities/" + f.inScopeActivity + "/files/" + in);
    }
}
