package org.youcheng.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.youcheng.security.Role;
import org.youcheng.support.OnH2;
import org.youcheng.support.TestAccounts;
import org.youcheng.support.TestData;

/**
 * The import pages without a browser: who may use them, an import seen only by the account that uploaded it, the
 * form's errors under their fields, a dry run that writes nothing and a confirmed import that does, as its uploader.
 */
@OnH2
class ImportPagesH2Tests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    ApplicationContext context;

    private final RequestPostProcessor editor = user("beijing-pages-editor").roles("EDITOR");
    private final RequestPostProcessor other = user("other-pages-editor").roles("EDITOR");

    @BeforeEach
    void seed() {
        TestData.reset(db);
        TestAccounts.token(context, "beijing-pages-editor", Role.EDITOR, "110000");
        TestAccounts.token(context, "other-pages-editor", Role.EDITOR, "110000");
    }

    @Test
    void onlyEditorsAndAdminsReachTheImportPage() throws Exception {
        mvc.perform(get("/imports")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/imports").with(user("someone").roles("VIEWER"))).andExpect(status().isForbidden());
        String page = mvc.perform(get("/imports").with(editor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"import-form\"", "完整官方名单", "含下辖区县");
        mvc.perform(get("/imports/no-such-import").with(editor)).andExpect(status().isNotFound());
    }

    @Test
    void theFormsMistakesComeBackUnderTheirFieldsAndNothingStarts() throws Exception {
        String page = mvc.perform(multipart("/imports")
                        .file(file("ties.csv", "domestic,partner,kind\n"))
                        .param("withSubordinates", "true")
                        .param("endMissing", "2026-13-01")
                        .with(editor)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"completeFor-error\"", "id=\"endMissing-error\"");
        page = mvc.perform(multipart("/imports")
                        .file(file("ties.pdf", "x"))
                        .with(editor)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"file-error-form\"", "ties.pdf");
        page = mvc.perform(multipart("/imports")
                        .file(file("ties.csv", "domestic,partner,kind\n"))
                        .param("completeFor", "没有这个地方市")
                        .with(editor)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"completeFor-error\"", "没有这个地方市");
    }

    @Test
    void aDryRunWritesNothingAndTheConfirmedImportIsTheUploadersAndOnlyTheirs() throws Exception {
        String location = mvc.perform(multipart("/imports")
                        .file(file("beijing.csv", """
                        中方城市,外方城市,国家,类型,结好时间
                        北京市,大阪市,日本,意向,2024-01-01
                        北京市,京都市,日本,意向,2024-02-01
                        """))
                        .with(editor)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/imports/");
        waitUntilOver(location);
        mvc.perform(get(location).with(other)).andExpect(status().isNotFound());
        mvc.perform(post(location + "/confirm").with(other).with(csrf())).andExpect(status().isNotFound());
        String report = mvc.perform(get(location).with(editor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(report).contains("id=\"import-confirm\"", "id=\"count-added\">2<");
        assertThat(ties()).isZero();

        mvc.perform(post(location + "/confirm").with(editor).with(csrf())).andExpect(status().is3xxRedirection());
        waitUntilOver(location);
        String result = mvc.perform(get(location).with(editor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(result).contains("导入结果", "id=\"count-added\">2<").doesNotContain("id=\"import-confirm\"");
        assertThat(ties()).isEqualTo(2);
        assertThat(db.sql("select count(*) from audit_event where action = 'import' and channel = 'web' "
                                + "and actor_name = 'beijing-pages-editor'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // a second confirmation imports nothing more
        mvc.perform(post(location + "/confirm").with(editor).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(ties()).isEqualTo(2);
    }

    @Test
    void eachBadRowsReasonIsInThePagesLanguage() throws Exception {
        String location = mvc.perform(multipart("/imports")
                        .file(file("bad.csv", """
                        中方城市,外方城市,国家,类型,结好时间
                        北京市,大阪市,日本,表亲,2024-01-01
                        北京市,京都市,日本,意向,2999-02-01
                        没有这个地方市,京都市,日本,意向,2020
                        北京市,神户市,没有这个国家,意向,2020
                        北京市,大阪市,日本,意向,2020
                        北京市,大阪市,日本,意向,2021
                        """))
                        .with(editor)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        waitUntilOver(location);
        String chinese = mvc.perform(get(location).with(editor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(chinese)
                .contains(
                        "id=\"import-errors\"",
                        "未知的类型",
                        "签署时间不能晚于今天",
                        "找不到中国的地方“没有这个地方市”",
                        "未知的国家“没有这个国家”",
                        "与第 6 行是同一对地方")
                .doesNotContain(
                        "unknown kind",
                        "in the future",
                        "unknown Chinese place",
                        "unknown country",
                        "the same pair as row",
                        "英文说明");
        String english = mvc.perform(get(location).param("lang", "en").with(editor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english)
                .contains(
                        "unknown kind; use",
                        "a signing date in the future",
                        "unknown Chinese place",
                        "unknown country",
                        "the same pair as row 6")
                .doesNotContain("未知的类型", "签署时间不能晚于今天", "同一对地方");
        assertThat(ties()).isZero();
    }

    private void waitUntilOver(String location) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            var r = mvc.perform(get(location + "/progress").with(editor))
                    .andExpect(status().isOk())
                    .andReturn();
            if (r.getResponse().getHeader("HX-Redirect") != null) {
                assertThat(r.getResponse().getHeader("HX-Redirect")).isEqualTo(location);
                return;
            }
            assertThat(r.getResponse().getContentAsString()).contains("id=\"progress\"");
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish in 60 s");
    }

    private long ties() {
        return db.sql("select count(*) from tie").query(Long.class).single();
    }

    private static MockMultipartFile file(String name, String text) {
        return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
