package org.youcheng.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.youcheng.support.TestAccounts;
import org.youcheng.support.TestData;

/** Uploading a tie table through the API; runs on H2 and PostgreSQL. */
abstract class ImportApiTests {

    static final String HEADER = "domestic,partner,partner_country,kind,signed,status,source,note\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient db;

    @Autowired
    WebApplicationContext context;

    @BeforeEach
    void reset() {
        TestData.reset(db);
        mvc = TestAccounts.withToken(context, TestAccounts.admin(context));
    }

    static MockMultipartFile csv(String name, String text) {
        return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    long ties() {
        return db.sql("select count(*) from tie").query(Long.class).single();
    }

    @Test
    void aGoodFileImports() throws Exception {
        mvc.perform(multipart("/api/v1/imports").file(csv("t.csv", HEADER
                        + "北京市,Paris,France,sister,1997-10-23,active,,\n北京市,Rome,Italy,sister,1998,active,,\n")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(2))
                .andExpect(jsonPath("$.committed").value(true));
        org.assertj.core.api.Assertions.assertThat(ties()).isEqualTo(2);
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        mvc.perform(multipart("/api/v1/imports").file(csv("t.csv", HEADER + "北京市,Paris,France,sister,1997,,,\n"))
                        .param("dry_run", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dry_run").value(true))
                .andExpect(jsonPath("$.added").value(1));
        org.assertj.core.api.Assertions.assertThat(ties()).isZero();
    }

    @Test
    void badRowsAreAllReportedAndNothingIsImported() throws Exception {
        mvc.perform(multipart("/api/v1/imports").file(csv("t.csv", HEADER
                        + "北京市,Paris,France,sister,1997-02-30,active,,\n北京市,Rome,Italy,cousin,1998,active,,\n")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.error_count").value(2))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("signed"))
                .andExpect(jsonPath("$.errors[1].column").value("kind"));
        org.assertj.core.api.Assertions.assertThat(ties()).isZero();
    }

    @Test
    void anOversizedUploadIsRefused() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "big.csv", "text/csv", big)))
                .andExpect(status().isPayloadTooLarge());
        org.assertj.core.api.Assertions.assertThat(ties()).isZero();
    }

    @Test
    void aZipBombHiddenFromALocalHeaderReaderIsRefusedNamingTheFileAndThePart() throws Exception {
        byte[] bomb = org.youcheng.io.Workbooks.hiddenBomb(16);
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "bomb.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bomb))
                        .param("dry_run", "true"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.file").value("bomb.xlsx"))
                .andExpect(jsonPath("$.errors[0].reason").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("xl/sharedStrings.xml"),
                        org.hamcrest.Matchers.containsString("zip bomb"))));
        org.assertj.core.api.Assertions.assertThat(ties()).isZero();
    }

    @Test
    void aFileOfAnotherKindIsRefusedNamingTheField() throws Exception {
        mvc.perform(multipart("/api/v1/imports").file(csv("ties.pdf", "%PDF-1.4")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }
}
