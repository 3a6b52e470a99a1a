package org.youcheng.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
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
        mvc.perform(
                        multipart("/api/v1/imports")
                                .file(
                                        csv(
                                                "t.csv",
                                                HEADER
                                                        + "北京市,Paris,France,sister,1997-10-23,active,,\n北京市,Rome,Italy,sister,1998,active,,\n")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(2))
                .andExpect(jsonPath("$.committed").value(true));
        org.assertj.core.api.Assertions.assertThat(ties()).isEqualTo(2);
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        mvc.perform(multipart("/api/v1/imports")
                        .file(csv("t.csv", HEADER + "北京市,Paris,France,sister,1997,,,\n"))
                        .param("dry_run", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dry_run").value(true))
                .andExpect(jsonPath("$.added").value(1));
        org.assertj.core.api.Assertions.assertThat(ties()).isZero();
    }

    @Test
    void badRowsAreAllReportedAndNothingIsImported() throws Exception {
        mvc.perform(
                        multipart("/api/v1/imports")
                                .file(
                                        csv(
                                                "t.csv",
                                                HEADER
                                                        + "北京市,Paris,France,sister,1997-02-30,active,,\n北京市,Rome,Italy,cousin,1998,active,,\n")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.error_count").value(2))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("signed"))
                .andExpect(jsonPath("$.errors[1].column").value("kind"));
        org.assertj.core.api.Assertions.assertThat(ties()).isZero();
    }

    @Test
    void theResolversNoteOnAPartnerIsSaidInTheClientsLanguage() throws Exception {
        String rows = HEADER + "北京市,巴西利亚联邦区,巴西,sister,1997,active,,\n";
        mvc.perform(multipart("/api/v1/imports")
                        .file(csv("t.csv", rows))
                        .param("dry_run", "true")
                        .header("Accept-Language", "zh-CN,zh"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.warnings[*].reason")
                        .value(org.hamcrest.Matchers.hasItem(
                                org.hamcrest.Matchers.startsWith("地名库中没有“巴西利亚联邦区”；有写法相近的地方，但未选定：巴伊亚州 Bahia（BR，省级，"))));
        mvc.perform(multipart("/api/v1/imports")
                        .file(csv("t.csv", rows))
                        .param("dry_run", "true")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.warnings[*].reason")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith(
                                "'巴西利亚联邦区' is not in the gazetteer; close spellings, none chosen: 巴伊亚州 Bahia "
                                        + "(BR, province, "))));
    }

    @Test
    void badRowsAreSaidInChineseWhenTheClientAsks() throws Exception {
        String rows = HEADER + "北京市,Paris,France,sister,1997-02-30,active,,\n北京市,Rome,Italy,cousin,1998,active,,\n";
        mvc.perform(multipart("/api/v1/imports").file(csv("t.csv", rows)).header("Accept-Language", "zh-CN,zh"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].reason").value(org.hamcrest.Matchers.startsWith("无法识别“1997-02-30”")))
                .andExpect(jsonPath("$.errors[0].code").value("bad_partial_date"))
                .andExpect(jsonPath("$.errors[1].reason").value("未知的类型。"));
        mvc.perform(multipart("/api/v1/imports").file(csv("t.csv", rows)).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[1].reason").value(org.hamcrest.Matchers.startsWith("unknown kind; use")));
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
        mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile(
                                "file",
                                "bomb.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                bomb))
                        .param("dry_run", "true"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.file").value("bomb.xlsx"))
                .andExpect(jsonPath("$.errors[0].reason")
                        .value(org.hamcrest.Matchers.allOf(
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

    @Test
    void anEditorsImportMayNotAddOrRaiseAFormalTieOutsideThePath() throws Exception {
        MockMvc editor = TestAccounts.withToken(
                context,
                TestAccounts.token(context, "beijing-import-editor", org.youcheng.security.Role.EDITOR, "110000"));
        mvc.perform(multipart("/api/v1/imports").file(csv("t.csv", HEADER + "北京市,Rome,Italy,intent,,active,,\n")))
                .andExpect(status().isOk());
        // a new sister tie, and the intent made a partner tie: both refused, whole, with their rows
        editor.perform(
                        multipart("/api/v1/imports")
                                .file(
                                        csv(
                                                "t.csv",
                                                HEADER
                                                        + "北京市,Paris,France,sister,1997,active,,\n北京市,Rome,Italy,partner,1998,active,,\n")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("row 2, row 3")));
        org.assertj.core.api.Assertions.assertThat(ties()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(
                        db.sql("select kind from tie").query(String.class).single())
                .isEqualTo("intent");
        // its intents it imports
        editor.perform(multipart("/api/v1/imports").file(csv("t.csv", HEADER + "北京市,Paris,France,intent,,active,,\n")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(1));
    }

    @Test
    void everyTieAnImportAddsOrChangesHasItsOwnAuditRecord() throws Exception {
        mvc.perform(multipart("/api/v1/imports").file(csv("t.csv", HEADER + "北京市,Rome,Italy,sister,1998,active,,\n")))
                .andExpect(status().isOk());
        long rome = db.sql("select id from tie").query(Long.class).single();
        java.time.Instant since = java.time.Instant.now();
        mvc.perform(
                        multipart("/api/v1/imports")
                                .file(
                                        csv(
                                                "t.csv",
                                                HEADER
                                                        + "北京市,Paris,France,sister,1997-10-23,active,,\n北京市,Rome,Italy,partner,1998,ended,,\n")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(1))
                .andExpect(jsonPath("$.updated").value(1));
        long paris = db.sql("select id from tie where id <> :rome")
                .param("rome", rome)
                .query(Long.class)
                .single();
        // read as the trail's API gives it (the import's added ties are stored in bulk, read one entry per tie)
        var trail = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(
                        mvc.perform(get("/api/v1/audit").param("entity", "tie").param("since", since.toString()))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        var entries = new java.util.ArrayList<java.util.List<Object>>();
        trail.forEach(e -> entries.add(java.util.List.of(
                e.get("action").asText(),
                e.get("entity_id").asLong(),
                e.get("before").isNull() ? "null" : e.get("before").asText(),
                e.get("after").asText())));
        org.assertj.core.api.Assertions.assertThat(entries).hasSize(2);
        var update = entries.stream()
                .filter(e -> e.get(0).equals("tie_import_update"))
                .findFirst()
                .orElseThrow();
        org.assertj.core.api.Assertions.assertThat(update.get(1)).isEqualTo(rome);
        com.fasterxml.jackson.databind.JsonNode before =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree((String) update.get(2));
        com.fasterxml.jackson.databind.JsonNode after =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree((String) update.get(3));
        org.assertj.core.api.Assertions.assertThat(before.get("kind").asText()).isEqualTo("sister");
        org.assertj.core.api.Assertions.assertThat(before.get("status").asText())
                .isEqualTo("active");
        org.assertj.core.api.Assertions.assertThat(after.get("kind").asText()).isEqualTo("partner");
        org.assertj.core.api.Assertions.assertThat(after.get("status").asText()).isEqualTo("ended");
        var add = entries.stream()
                .filter(e -> e.get(0).equals("tie_import_add"))
                .findFirst()
                .orElseThrow();
        org.assertj.core.api.Assertions.assertThat(add.get(1)).isEqualTo(paris);
        com.fasterxml.jackson.databind.JsonNode added =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree((String) add.get(3));
        org.assertj.core.api.Assertions.assertThat(added.get("kind").asText()).isEqualTo("sister");
        org.assertj.core.api.Assertions.assertThat(added.get("signed").asText()).isEqualTo("1997-10-23");
        org.assertj.core.api.Assertions.assertThat(added.get("id").asLong()).isEqualTo(paris);
        org.assertj.core.api.Assertions.assertThat(added.get("import_id").asLong())
                .isPositive();
    }
}
