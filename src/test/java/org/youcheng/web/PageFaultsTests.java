package org.youcheng.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youcheng.support.OnServer;
import org.youcheng.support.TestAccounts;
import org.youcheng.support.WebSession;

/**
 * The pages that broke or misled (issue 18), over real HTTP so that the container's error pages are what a browser
 * gets: the search page after Enter, an address that is no page, a refusal, actions shown to who may not take them,
 * a returned application without a reason.
 */
@OnServer
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageFaultsTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient db;

    WebFixture data;

    /** Once for the class: no test here changes the data (every change it tries is refused). */
    @BeforeAll
    void seed() throws Exception {
        data = new WebFixture(context);
    }

    private WebSession as(String account) {
        WebSession s = new WebSession(port);
        return account == null ? s : s.signIn(account, TestAccounts.PASSWORD);
    }

    /** Everything after the page's footer but the scripts: it should be nothing. */
    private static String afterFooter(String html) {
        String tail = html.substring(html.indexOf("</footer>") + "</footer>".length());
        return tail.replaceAll("(?s)<script.*?</script>", "")
                .replaceAll("(?s)<!--.*?-->", "")
                .replace("</body>", "")
                .replace("</html>", "")
                .strip();
    }

    @Test
    void theSearchPageAfterEnterListsItsHitsOnce() {
        WebSession.Page page = as(null).get("/search?q=%E5%8C%97%E4%BA%AC"); // 北京
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("class=\"hit-name\"").doesNotContain("menu-hit", "<option");
        assertThat(afterFooter(page.body())).isEmpty();
    }

    @Test
    void aPlaceIdThatIsNotANumberIsNotFoundInTheFrame() {
        for (String lang : new String[] {"zh", "en"}) {
            WebSession.Page page = as(null).get("/places/abc?lang=" + lang);
            assertThat(page.status()).isEqualTo(404);
            assertThat(page.body()).doesNotContain("Whitelabel").contains("id=\"bar-q\"", "class=\"foot\"");
            assertThat(page.body()).contains(lang.equals("zh") ? "未找到" : "Not found");
        }
    }

    @Test
    void anUnknownAddressIsNotFoundForAnyoneNotASignIn() {
        WebSession.Page anonymous = as(null).get("/no/such/page");
        assertThat(anonymous.status()).isEqualTo(404);
        assertThat(anonymous.location()).isNull();
        assertThat(anonymous.body())
                .contains("id=\"not-found\"", "没有这个页面", "id=\"bar-q\"")
                .doesNotContain("Whitelabel");
        WebSession.Page signedIn = as(WebFixture.VIEWER).get("/no/such/page?lang=en");
        assertThat(signedIn.status()).isEqualTo(404);
        assertThat(signedIn.body()).contains("There is no such page", WebFixture.VIEWER);
        // a known page that needs an account still asks for the sign-in
        WebSession.Page known = as(null).get("/ties/new");
        assertThat(known.status()).isEqualTo(302);
        assertThat(known.location()).endsWith("/login");
    }

    @Test
    void aRefusalKeepsTheFrameSaysWhyAndLinksBack() {
        WebSession viewer = as(WebFixture.VIEWER);
        String tiePage = "/ties/" + data.appliedTie;
        WebSession.Page door = viewer.get("/ties/new");
        assertThat(door.status()).isEqualTo(403);
        assertThat(door.body())
                .contains("无权操作", "查看者账号", "id=\"signed-in-as\"", "id=\"go-back\"")
                .doesNotContain("Whitelabel");

        // an editor of Beijing deleting a tie of Shandong: the service refuses, the page names the place and scope
        WebSession editor = as(WebFixture.EDITOR);
        WebSession.Page refused = editor.post(tiePage + "/delete", tiePage, Map.of("version", "1"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body())
                .contains("临清市", "北京市", "不在你的账号范围", "href=\"" + tiePage + "\"", "data-back")
                .doesNotContain("may not", "outside the account");
        WebSession.Page english = editor.post(tiePage + "/delete?lang=en", tiePage, Map.of("version", "1"));
        assertThat(english.body())
                .contains("Linqing", "outside your account")
                .doesNotContainPattern("\\p{IsHan}{2}[^<]*outside");
    }

    @Test
    void aTiePageShowsOnlyTheStepsTheReaderMayTake() {
        String tiePage = "/ties/" + data.appliedTie;
        String outOfScope = as(WebFixture.EDITOR).get(tiePage).body();
        assertThat(outOfScope).doesNotContain("id=\"edit-tie\"", "id=\"province-form\"", "/delete\"");
        String admin = as(WebFixture.ADMIN).get(tiePage).body();
        assertThat(admin)
                .as("the province's step is not the admin's")
                .doesNotContain("id=\"province-form\"")
                .contains("id=\"edit-tie\"");
        String province = as(WebFixture.PROVINCE).get(tiePage).body();
        assertThat(province).contains("id=\"province-form\"");
        String viewer = as(WebFixture.VIEWER).get(tiePage).body();
        assertThat(viewer).doesNotContain("id=\"edit-tie\"", "id=\"province-form\"", "/ties/new\"", "/review\"");
        String beijing = as(WebFixture.EDITOR).get("/places/" + data.linqing).body();
        assertThat(beijing).doesNotContain("id=\"new-tie\"");
    }

    @Test
    void aReturnWithoutAReasonSaysSoInThePagesLanguage() {
        WebSession province = as(WebFixture.PROVINCE);
        String tiePage = "/ties/" + data.appliedTie;
        int version = db.sql("select version from tie_application where tie_id = :t")
                .param("t", data.appliedTie)
                .query(Integer.class)
                .single();
        WebSession.Page back = province.post(
                tiePage + "/application/province",
                tiePage,
                Map.of("version", String.valueOf(version), "decision", "return", "reason", ""));
        assertThat(back.status()).isEqualTo(302);
        String page = province.get(tiePage).body();
        assertThat(page).contains("退回申请须写明原因").doesNotContain("a return says why", "characters");
    }
}
