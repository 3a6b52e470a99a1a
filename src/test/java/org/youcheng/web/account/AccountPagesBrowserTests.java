package org.youcheng.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youcheng.analytics.FriendshipProfileService;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.security.LocalOperator;
import org.youcheng.security.Role;
import org.youcheng.support.Browser;
import org.youcheng.support.OnServer;
import org.youcheng.support.TestAccounts;
import org.youcheng.support.TestData;

/**
 * Issue 18, part B, in a real headless Chromium on H2 with the Beijing fixture: an admin makes an account whose user
 * signs in with the one-time password, disables it, resets its password; a non-admin finds no accounts page; one's
 * own API token made, used against /api/v1/me and revoked; a strategy layout whose gap follows the typing, saved;
 * a partner request published, its candidates read, withdrawn. Each with its audit record; every page also at
 * 390×844 with nothing wider than the phone.
 */
@OnServer
class AccountPagesBrowserTests {

    static final String ADMIN = "pages-admin";
    static final String EDITOR = "beijing-office";

    private static Browser browser;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    PlaceRepository places;

    @Autowired
    FriendshipProfileService profiles;

    @Autowired
    ApplicationContext context;

    long beijing;
    long auditBefore;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void seed() throws Exception {
        beijing = TestData.resetWithBeijingsSisterCities(context);
        db.sql("delete from strategy_aim").update(); // the reset keeps layouts; each test starts without one
        TestAccounts.token(context, ADMIN, Role.ADMIN);
        TestAccounts.token(context, EDITOR, Role.EDITOR, "110000");
        auditBefore = db.sql("select coalesce(max(id), 0) from audit_event")
                .query(Long.class)
                .single();
        driver().manage().deleteAllCookies();
    }

    @Test
    void anAdminMakesAnAccountWhoseUserSignsInWithTheOneTimePasswordAndDisablesAndResetsIt() throws Exception {
        signIn(ADMIN, TestAccounts.PASSWORD, "/accounts");
        driver().findElement(By.id("new-name")).sendKeys("li.wei");
        new Select(driver().findElement(By.id("new-role"))).selectByValue("editor");
        driver().findElement(By.id("account-create")).click();
        // an editor without a scope: the service's rule, next to the field, the name kept
        assertThat(waitFor(By.id("new-scope-error")).getText()).contains("负责范围");
        assertThat(driver().findElement(By.id("new-name")).getAttribute("value"))
                .isEqualTo("li.wei");
        driver().findElement(By.id("new-scope")).sendKeys("110000");
        driver().findElement(By.id("account-create")).click();
        String oneTime = waitFor(By.id("one-time-password")).getText();
        assertThat(oneTime).matches("[a-z2-9]{4}(-[a-z2-9]{4}){4}");
        assertThat(driver().findElement(By.cssSelector(".account-list")).getText())
                .contains("li.wei", "北京市");
        browser.screenshot("accounts-created");
        // shown once: the next view of the page does not have it
        driver().get(url("/accounts"));
        assertThat(driver().findElements(By.id("one-time-password"))).isEmpty();
        assertThat(driver().getPageSource()).doesNotContain(oneTime);

        // the audit trail, as the admin reads it
        driver().get(url("/audit?entity=account"));
        assertThat(driver().findElement(By.cssSelector(".audit-list")).getText())
                .contains("新建账户", ADMIN, "li.wei");
        assertThat(audit("account_create")).containsExactly(ADMIN + " web");

        // the new user signs in with it and lands on the change of password, whatever page it asked for, until it
        // has changed it; no API token is made before
        driver().manage().deleteAllCookies();
        driver().get(url("/account/tokens"));
        login("li.wei", oneTime);
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/account/password"));
        assertThat(waitFor(By.id("password-must-change")).getText()).contains("一次性密码");
        assertThat(driver().findElement(By.id("signed-in-as")).getText()).isEqualTo("li.wei");
        for (String elsewhere : new String[] {"/account/tokens", "/imports", "/places/" + beijing}) {
            driver().get(url(elsewhere));
            assertThat(driver().getCurrentUrl()).as(elsewhere).endsWith("/account/password");
        }
        assertThat(postWithSession("/account/tokens"))
                .as("a token before the change")
                .isEqualTo(303);
        assertThat(db.sql("select count(*) from api_token t join account a on a.id = t.account_id "
                                + "where a.name = 'li.wei'")
                        .query(Long.class)
                        .single())
                .isZero();
        driver().get(url("/account/password"));
        driver().findElement(By.id("current")).sendKeys("not the one handed over");
        driver().findElement(By.id("password")).sendKeys("li wei's own password");
        driver().findElement(By.id("again")).sendKeys("li wei's own password");
        driver().findElement(By.id("password-submit")).click();
        assertThat(waitFor(By.id("current-error")).getText()).contains("现在的密码");
        browser.screenshot("password-change-first");
        driver().findElement(By.id("current")).sendKeys(oneTime);
        driver().findElement(By.id("password")).sendKeys("li wei's own password");
        driver().findElement(By.id("again")).sendKeys("li wei's own password");
        driver().findElement(By.id("password-submit")).click();
        assertThat(waitFor(By.id("password-changed")).getText()).isEqualTo("密码已修改。");
        assertThat(driver().getCurrentUrl()).endsWith("/account/tokens");
        assertThat(db.sql("select count(*) from audit_event where action = 'account_password' "
                                + "and actor_name = 'li.wei' and channel = 'web'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        driver().findElement(By.id("token-create")).click();
        assertThat(waitFor(By.id("token-secret")).getText()).startsWith("yc_");

        // it finds no accounts page: 404 in the frame
        assertThat(driver().findElement(By.id("signed-in-as")).getText()).isEqualTo("li.wei");
        assertThat(driver().findElements(By.id("nav-accounts"))).isEmpty();
        driver().get(url("/accounts"));
        assertThat(driver().findElement(By.cssSelector("h1")).getText()).isEqualTo("未找到");
        assertThat(driver().findElements(By.cssSelector("header.top nav")))
                .as("the frame")
                .hasSize(1);
        assertThat(statusWithSession("/accounts")).isEqualTo(404);
        assertThat(postWithSession("/accounts/1/password"))
                .as("the admin's doors stay shut")
                .isEqualTo(403);

        // disable: the user can no longer sign in
        driver().manage().deleteAllCookies();
        signIn(ADMIN, TestAccounts.PASSWORD, "/accounts");
        long id = db.sql("select id from account where name = 'li.wei'")
                .query(Long.class)
                .single();
        account(id).findElement(By.cssSelector(".account-toggle")).click();
        assertThat(waitFor(By.cssSelector("#account-" + id + " .account-state")).getText())
                .isEqualTo("已停用");
        assertThat(audit("account_update")).containsExactly(ADMIN + " web");
        driver().manage().deleteAllCookies();
        driver().get(url("/login"));
        login("li.wei", "li wei's own password");
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("error"));
        assertThat(driver().findElements(By.id("signed-in-as"))).isEmpty();

        // enable again and reset: the new one-time password works, the old one no longer
        signIn(ADMIN, TestAccounts.PASSWORD, "/accounts");
        account(id).findElement(By.cssSelector(".account-toggle")).click();
        waitFor(By.cssSelector("#account-" + id + " .saved"));
        account(id).findElement(By.cssSelector(".account-reset")).click();
        String reset = waitFor(By.id("one-time-password")).getText();
        assertThat(reset).isNotEqualTo(oneTime);
        assertThat(driver().findElement(By.id("handover")).getText()).contains("li.wei");
        assertThat(audit("account_password")).containsExactlyInAnyOrder("li.wei web", ADMIN + " web");
        driver().manage().deleteAllCookies();
        driver().get(url("/login"));
        login("li.wei", "li wei's own password");
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("error"));
        // a reset password is one-time too: changed first
        signIn("li.wei", reset, "/account/password");
        assertThat(driver().findElement(By.id("signed-in-as")).getText()).isEqualTo("li.wei");
        assertThat(driver().findElement(By.id("password-must-change")).isDisplayed())
                .isTrue();
        assertThat(browser.policyViolations()).isEmpty();
    }

    @Test
    void theLastAdminCannotDemoteItselfAndAStaleFormSavesNothing() {
        signIn(ADMIN, TestAccounts.PASSWORD, "/accounts");
        long me = db.sql("select id from account where name = :n")
                .param("n", ADMIN)
                .query(Long.class)
                .single();
        new Select(account(me).findElement(By.name("role"))).selectByValue("viewer");
        account(me).findElement(By.cssSelector(".account-role-form button")).click();
        assertThat(waitFor(By.cssSelector("#account-" + me + " .errors")).getText())
                .contains("最后一个启用的管理员");
        assertThat(db.sql("select role from account where id = :id")
                        .param("id", me)
                        .query(String.class)
                        .single())
                .isEqualTo("admin");

        // two tabs: the second form was read at the old version
        long editor = db.sql("select id from account where name = :n")
                .param("n", EDITOR)
                .query(Long.class)
                .single();
        String stale = account(editor).findElement(By.name("version")).getAttribute("value");
        account(editor).findElement(By.cssSelector(".account-toggle")).click();
        waitFor(By.cssSelector("#account-" + editor + " .saved"));
        browser.js(
                "document.querySelector('#account-' + arguments[0] + ' .account-role-form input[name=version]')"
                        + ".value = arguments[1]",
                editor,
                stale);
        account(editor).findElement(By.cssSelector(".account-role-form button")).click();
        assertThat(waitFor(By.cssSelector("#account-" + editor + " .errors")).getText())
                .contains("刚被别人修改过");
    }

    @Test
    void aTokenMadeOnThePageWorksAgainstTheApiUntilItIsRevoked() throws Exception {
        signIn(EDITOR, TestAccounts.PASSWORD, "/account/tokens");
        driver().findElement(By.id("token-days")).sendKeys("abc");
        driver().findElement(By.id("token-create")).click();
        assertThat(waitFor(By.id("token-days-error")).getText()).contains("数字");
        driver().findElement(By.id("token-days")).clear();
        driver().findElement(By.id("token-days")).sendKeys("30");
        driver().findElement(By.id("token-label")).sendKeys("每月导出");
        driver().findElement(By.id("token-create")).click();
        String secret = waitFor(By.id("token-secret")).getText();
        assertThat(secret).startsWith("yc_");
        browser.screenshot("token-issued");

        HttpResponse<String> me = api("/api/v1/me", secret);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"name\":\"" + EDITOR + "\"", "\"role\":\"editor\"");
        driver().get(url("/account/tokens"));
        assertThat(driver().findElements(By.id("token-secret")))
                .as("shown once")
                .isEmpty();
        WebElement row = driver().findElement(By.xpath("//tr[td[text()='每月导出']]"));
        assertThat(row.getText()).contains("可用");
        assertThat(row.findElement(By.xpath("td[4]")).getText()).as("last used").isNotEqualTo("—");

        row.findElement(By.cssSelector(".token-revoke")).click();
        waitFor(By.id("token-revoked"));
        assertThat(driver().findElement(By.xpath("//tr[td[text()='每月导出']]")).getText())
                .contains("已吊销");
        assertThat(api("/api/v1/me", secret).statusCode()).isEqualTo(401);
        assertThat(audit("token_issue")).containsExactly(EDITOR + " web");
        assertThat(audit("token_revoke")).containsExactly(EDITOR + " web");

        // another account's token is no token to this one: 404, nothing revoked
        String others = TestAccounts.token(context, ADMIN, Role.ADMIN);
        long othersId =
                db.sql("select max(id) from api_token").query(Long.class).single();
        assertThat(postWithSession("/account/tokens/" + othersId + "/revoke")).isEqualTo(404);
        assertThat(api("/api/v1/me", others).statusCode()).isEqualTo(200);
        assertThat(browser.policyViolations()).isEmpty();
    }

    @Test
    void theStrategyGapFollowsTheTypingAndTheLayoutIsSavedThroughTheService() {
        signIn(EDITOR, TestAccounts.PASSWORD, "/places/" + beijing + "/strategy");
        new Select(driver().findElement(By.id("region-0"))).selectByValue("japan_korea");
        new Select(driver().findElement(By.id("verb-0"))).selectByValue("deepen");
        driver().findElement(By.id("target-0")).sendKeys("40");
        WebElement gapRow = waitForText(By.cssSelector("#strategy-gap tbody tr"), "40");
        int now = Integer.parseInt(gapRow.findElement(By.xpath("td[3]")).getText());
        assertThat(driver().findElement(By.cssSelector("#strategy-gap h2")).getText())
                .contains(String.valueOf(java.time.Year.now().getValue()));
        // Tokyo and Seoul, at least, stand for Beijing in the region
        assertThat(now).isGreaterThanOrEqualTo(2);
        assertThat(gapRow.findElement(By.xpath("td[5]")).getText()).isEqualTo(String.valueOf(40 - now));
        driver().findElement(By.id("target-0")).sendKeys("0"); // 400 now
        waitForText(By.cssSelector("#strategy-gap tbody tr td:nth-child(5)"), String.valueOf(400 - now));
        // a bad row says which and why; nothing is saved while one types
        new Select(driver().findElement(By.id("region-1"))).selectByValue("japan_korea");
        assertThat(waitFor(By.cssSelector("#strategy-gap .errors")).getText()).contains("第 2 行", "两次");
        new Select(driver().findElement(By.id("region-1"))).selectByValue("africa");
        new Select(driver().findElement(By.id("verb-1"))).selectByValue("open_up");
        waitForText(By.cssSelector("#strategy-gap tbody"), "非洲");
        assertThat(profiles.strategy(beijing).aims()).isEmpty();
        browser.screenshot("strategy");

        driver().findElement(By.id("strategy-save")).click();
        assertThat(waitFor(By.id("strategy-saved")).getText()).contains("2");
        var saved = profiles.strategy(beijing).aims();
        assertThat(saved)
                .extracting(a -> a.region().code() + " " + a.verb().code() + " " + a.target())
                .containsExactly("japan_korea deepen 400", "africa open_up null");
        assertThat(audit("strategy_replace")).containsExactly(EDITOR + " web");
        // the form is read back from the service, with the gap of the saved layout
        assertThat(driver().findElement(By.id("target-0")).getAttribute("value"))
                .isEqualTo("400");
        assertThat(driver().findElement(By.id("strategy-gap")).getText()).contains("日韩及东北亚", "非洲");

        // a bad target on saving: 400, the rows kept, the layout unchanged
        driver().findElement(By.id("target-1")).sendKeys("很多");
        driver().findElement(By.id("strategy-save")).click();
        assertThat(waitFor(By.cssSelector("#strategy-gap .errors")).getText()).contains("第 2 行", "很多");
        assertThat(driver().findElement(By.id("target-1")).getAttribute("value"))
                .isEqualTo("很多");
        assertThat(profiles.strategy(beijing).aims()).hasSize(2);
        assertThat(browser.policyViolations()).isEmpty();
    }

    @Test
    void aPartnerRequestIsPublishedItsCandidatesReadAndItIsWithdrawn() {
        // the page is public: sign in first, then go there
        signIn(EDITOR, TestAccounts.PASSWORD, "/account/tokens");
        driver().get(url("/places/" + beijing + "/partner-requests"));
        assertThat(driver().findElements(By.id("no-requests"))).hasSize(1);
        driver().findElement(By.id("countries")).sendKeys("JP XX");
        driver().findElement(By.id("population-max")).sendKeys("许多");
        driver().findElement(By.id("partner-publish")).click();
        assertThat(waitFor(By.id("population-max-error")).getText()).contains("许多");
        assertThat(driver().findElement(By.id("countries")).getAttribute("value"))
                .isEqualTo("JP XX");
        driver().findElement(By.id("population-max")).clear();
        driver().findElement(By.id("partner-publish")).click();
        assertThat(waitFor(By.id("countries-error")).getText()).contains("XX");
        assertThat(db.sql("select count(*) from partner_request")
                        .query(Long.class)
                        .single())
                .isZero();

        driver().findElement(By.id("countries")).clear();
        driver().findElement(By.id("countries")).sendKeys("JP");
        driver().findElement(By.cssSelector("input[name=themes][value=ports]")).click();
        driver().findElement(By.id("request-text")).sendKeys("寻找港口城市");
        driver().findElement(By.id("partner-publish")).click();
        waitFor(By.id("published"));
        long id = db.sql("select id from partner_request").query(Long.class).single();
        assertThat(driver().getCurrentUrl()).endsWith("/partner-requests/" + id);
        assertThat(driver().findElement(By.id("request-criteria")).getText()).contains("日本", "港口", "寻找港口城市");
        List<WebElement> candidates = driver().findElements(By.cssSelector("#candidates .candidate"));
        // every candidate answers the request: in Japan, and not Beijing's partner already
        assertThat(candidates)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.getText()).contains("日本").doesNotContain("东京都"));
        candidates.get(0).findElement(By.tagName("summary")).click();
        assertThat(candidates.get(0).findElement(By.cssSelector(".score-parts")).getText())
                .contains("主题");
        assertThat(audit("partner_request_create")).containsExactly(EDITOR + " web");
        browser.screenshot("partner-request");

        driver().findElement(By.id("partner-withdraw")).click();
        waitFor(By.id("withdrawn"));
        assertThat(driver().findElements(By.id("no-requests"))).hasSize(1);
        assertThat(db.sql("select count(*) from partner_request")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(audit("partner_request_delete")).containsExactly(EDITOR + " web");

        // a visitor reads requests but is offered no form
        driver().manage().deleteAllCookies();
        driver().get(url("/places/" + beijing + "/partner-requests"));
        assertThat(driver().findElements(By.id("partner-form"))).isEmpty();
        assertThat(browser.policyViolations()).isEmpty();
    }

    @Test
    void onAPhoneNothingIsWiderThanTheScreen() throws Exception {
        LocalOperator.call(() -> context.getBean(org.youcheng.network.PartnerRequestService.class)
                .create(new org.youcheng.network.PartnerRequestService.Draft(
                        beijing, List.of("JP"), List.of(), null, null, null, List.of("ports"), "寻找港口城市")));
        long request =
                db.sql("select id from partner_request").query(Long.class).single();
        try (Browser phone = Browser.start(390, 844)) {
            // a headless window is at least 500 px wide: the phone's width is set on the page's viewport itself
            ((org.openqa.selenium.chrome.ChromeDriver) phone.driver())
                    .executeCdpCommand(
                            "Emulation.setDeviceMetricsOverride",
                            java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
            phone.driver().get(url("/login"));
            phone.driver().findElement(By.id("username")).sendKeys(ADMIN);
            phone.driver().findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
            phone.driver().findElement(By.id("login-submit")).click();
            phone.waitUpTo(Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
            for (String page : List.of(
                    "/accounts",
                    "/account/tokens",
                    "/places/" + beijing + "/strategy",
                    "/places/" + beijing + "/partner-requests",
                    "/partner-requests/" + request,
                    "/accounts?lang=en",
                    "/account/tokens?lang=en",
                    "/places/" + beijing + "/strategy?lang=en",
                    "/places/" + beijing + "/partner-requests?lang=en",
                    "/partner-requests/" + request + "?lang=en")) {
                phone.driver().get(url(page));
                assertThat(((Number) phone.js("return window.innerWidth")).intValue())
                        .isEqualTo(390);
                assertThat(phone.driver().getPageSource())
                        .as("untranslated keys on %s", page)
                        .doesNotContain("??");
                if (page.endsWith("lang=en")) {
                    assertThat(phone.driver()
                                    .findElement(By.cssSelector("main h1"))
                                    .getText())
                            .as(page)
                            .doesNotContainPattern("\\p{IsHan}");
                }
                @SuppressWarnings("unchecked")
                List<String> wide = (List<String>) phone.js("""
                        var w = document.documentElement.clientWidth, out = [];
                        if (document.documentElement.scrollWidth > w) out.push('page ' + document.documentElement.scrollWidth);
                        document.querySelectorAll('body *').forEach(function (e) {
                          var r = e.getBoundingClientRect();
                          if (r.width === 0 || r.right <= w + 1) return;
                          for (var p = e.parentElement; p; p = p.parentElement) {
                            var s = getComputedStyle(p).overflowX;
                            if (s === 'auto' || s === 'scroll') return;   // scrolls inside its own box
                          }
                          out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right));
                        });
                        return out;""");
                assertThat(wide).as("elements wider than the phone on %s", page).isEmpty();
                phone.screenshot(
                        "phone" + page.replace('/', '-').replace('?', '-').replace('=', '-'));
            }
        }
    }

    private List<String> audit(String action) {
        return db.sql("select actor_name || ' ' || channel from audit_event where action = :a and id > :since")
                .param("a", action)
                .param("since", auditBefore)
                .query(String.class)
                .list();
    }

    private WebElement account(long id) {
        return driver().findElement(By.id("account-" + id));
    }

    private void signIn(String name, String password, String path) {
        driver().get(url(path));
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
        login(name, password);
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(path));
    }

    private void login(String name, String password) {
        driver().findElement(By.id("username")).sendKeys(name);
        driver().findElement(By.id("password")).sendKeys(password);
        driver().findElement(By.id("login-submit")).click();
    }

    private WebElement waitFor(By by) {
        return browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private WebElement waitForText(By by, String text) {
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return driver().findElement(by);
    }

    /** A page's status as the browser's session gets it (Selenium does not tell). */
    private int statusWithSession(String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .header("Cookie", session())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** A form's POST with the session and its CSRF token, read from a page of the session. */
    private int postWithSession(String path) throws Exception {
        String csrf = (String)
                browser.js("var i = document.querySelector('input[name=_csrf]'); " + "return i ? i.value : null;");
        if (csrf == null) {
            driver().get(url("/account/tokens"));
            csrf = (String) browser.js("return document.querySelector('input[name=_csrf]').value;");
        }
        return http.send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .header("Cookie", session())
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private String session() {
        return "JSESSIONID=" + driver().manage().getCookieNamed("JSESSIONID").getValue();
    }

    private HttpResponse<String> api(String path, String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url(path)))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private WebDriver driver() {
        return browser.driver();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
