package org.youcheng.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.youcheng.common.PartialDate;
import org.youcheng.registry.Level;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieService;
import org.youcheng.registry.TieStatus;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.security.Role;
import org.youcheng.support.Browser;
import org.youcheng.support.OnServer;
import org.youcheng.support.TestAccounts;
import org.youcheng.support.TestData;

/**
 * The web app in a real headless Chromium, on loopback, on H2 with the Beijing fixture imported: search in Chinese
 * as one types, the place page and its map (read back from the drawn chart), a tie created through the form that
 * shows up in the table and on the map, a bad form with its errors next to the fields, the home page's map of every
 * tie, the network view, the activity form showing only the fields of the type chosen. One browser for the class;
 * a screenshot of each page under target/browser-screenshots/. A missing Chromium fails the class.
 */
@OnServer
@TestPropertySource(
        // this office lets its editors record ties signed before the registry (with the source document)
        properties = "youcheng.approval.signed-records=editor")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTests {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    PlaceRepository places;

    @Autowired
    ApplicationContext context;

    static final String EDITOR = "beijing-editor";

    long beijing;

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
        // an editor of 北京市 (CN-110000) and everything under it, who signs in through the form
        TestAccounts.token(context, EDITOR, Role.EDITOR, "110000");
        browser.driver().manage().deleteAllCookies();
    }

    /** Signs in through the form; the browser lands where it was going (the page that asked for it). */
    private void signIn() {
        driver().findElement(By.id("username")).sendKeys(EDITOR);
        driver().findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.screenshot("sign-in");
        driver().findElement(By.id("login-submit")).click();
    }

    private WebDriver driver() {
        return browser.driver();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    @Order(1)
    void searchInChineseLeadsToThePlaceWhoseMapShowsItsPartners() {
        driver().get(url("/"));
        browser.waitForCharts();
        WebElement box = driver().findElement(By.id("bar-q"));
        box.sendKeys("北京");
        WebElement hit = browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//ul[@id='search-menu']//a[.//span[@class='menu-name' and text()='北京市']]")));
        browser.screenshot("search-menu");
        hit.click();

        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/places/" + beijing));
        browser.waitForCharts();
        assertThat(driver().findElement(By.cssSelector("h1")).getText()).contains("北京市");
        List<String> partners = mapPartners("place-map");
        long ties = db.sql("select count(*) from tie").query(Long.class).single();
        assertThat(partners).hasSize((int) ties).contains("东京都", "纽约", "利马");
        assertThat(driver().findElements(By.cssSelector("#tie-table tbody tr"))).hasSize((int) ties);
        browser.screenshot("place");
        assertThat(browser.policyViolations()).isEmpty();
    }

    @Test
    @Order(2)
    void theTieTableFiltersAndSorts() {
        driver().get(url("/places/" + beijing));
        browser.waitForCharts();
        driver().findElement(By.id("tie-filter")).sendKeys("日本");
        List<WebElement> shown = driver().findElements(By.cssSelector("#tie-table tbody tr:not([hidden])"));
        assertThat(shown).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).contains("日本"));
        driver().findElement(By.id("tie-filter")).clear();
        driver().findElement(By.id("tie-filter")).sendKeys(Keys.SPACE, Keys.BACK_SPACE);
        driver().findElement(By.cssSelector("button[data-sort='signed']")).click(); // newest first now
        String first = driver().findElement(By.cssSelector("#tie-table tbody tr td:nth-child(4)"))
                .getText();
        String last = driver().findElement(By.cssSelector("#tie-table tbody tr:last-child td:nth-child(4)"))
                .getText();
        assertThat(first.compareTo(last)).isGreaterThan(0);
    }

    @Test
    @Order(3)
    void aTieCreatedThroughTheFormAppearsInTheTableAndOnTheMap() {
        driver().get(url("/places/" + beijing));
        driver().findElement(By.id("new-tie")).click();
        // anonymous visitors read; changing needs an account: the form asks for the sign-in first
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
        signIn();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/ties/new"));
        assertThat(driver().findElement(By.id("signed-in-as")).getText()).isEqualTo(EDITOR);
        assertThat(driver().findElement(By.id("domestic")).getAttribute("value"))
                .isEqualTo("北京市");
        WebElement partner = driver().findElement(By.id("partner"));
        partner.sendKeys("下关市");
        // the suggestions come as one types; choosing the one in Japan fills in its id
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#partner-options option[value='下关市']"))
                        .isEmpty());
        driver().findElement(By.id("signed")).sendKeys("1979年10月");
        new org.openqa.selenium.support.ui.Select(driver().findElement(By.id("kind"))).selectByValue("partner");
        // a partner tie signed before the registry is recorded with its source document
        driver().findElement(By.id("recordTitle")).sendKeys("北京市与下关市友好交流协议书");
        browser.screenshot("tie-form");
        driver().findElement(By.id("save-tie")).click();

        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/places/" + beijing));
        browser.waitForCharts();
        assertThat(driver().findElement(By.cssSelector(".flash")).getText()).contains("已保存");
        assertThat(driver().findElement(By.id("tie-table")).getText()).contains("下关市", "1979年10月", "友好交流城市");
        assertThat(mapPartners("place-map")).contains("下关市");
        browser.screenshot("place-after-create");
    }

    @Test
    @Order(4)
    void aBadFormShowsTheErrorNextToTheField() {
        driver().get(url("/ties/new?place=" + beijing));
        signIn();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/ties/new"));
        driver().findElement(By.id("partner")).sendKeys("没有这个城市");
        driver().findElement(By.id("signed")).sendKeys("很久以前");
        driver().findElement(By.id("save-tie")).click();

        WebElement partnerError = browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("partner-error")));
        assertThat(partnerError.getText()).contains("没有这个城市");
        WebElement field = partnerError.findElement(By.xpath("./ancestor::div[contains(@class,'field')][1]"));
        assertThat(field.findElement(By.id("partner")).getAttribute("value")).isEqualTo("没有这个城市");
        assertThat(driver().findElement(By.id("signed-error")).getText()).contains("很久以前");
        assertThat(driver().findElement(By.id("signed")).getAttribute("value")).isEqualTo("很久以前");
        assertThat(db.sql("select count(*) from tie where signed_on is null and source is null")
                        .query(Long.class)
                        .single())
                .isZero();
        browser.screenshot("tie-form-errors");
    }

    @Test
    @Order(5)
    void theHomePageDrawsEveryTieAndTheNetworkViewMovesOnClick() {
        driver().get(url("/?lang=en"));
        browser.waitForCharts();
        long live = db.sql("select count(*) from tie where status <> 'ended'")
                .query(Long.class)
                .single();
        @SuppressWarnings("unchecked")
        List<Long> counts = (List<Long>) browser.js("""
                var o = echarts.getInstanceByDom(document.getElementById('home-map')).getOption();
                return o.series.map(function (s) { return s.data.length; });""");
        assertThat(counts.stream().mapToLong(Long::longValue).sum()).isEqualTo(live);
        assertThat(driver().findElement(By.cssSelector("h1")).getText()).isEqualTo("The friendship-city network");
        browser.screenshot("home");

        driver().get(url("/places/" + beijing + "/network?lang=zh"));
        browser.waitForCharts();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) browser.js("""
                var o = echarts.getInstanceByDom(document.getElementById('network-chart')).getOption();
                return o.series[0].data.map(function (n) { return {id: n.id, name: n.name, hop: n.category}; });""");
        assertThat(nodes).anySatisfy(n -> assertThat(n.get("name")).isEqualTo("东京都"));
        browser.screenshot("network");
        String tokyo = nodes.stream()
                .filter(n -> "东京都".equals(n.get("name")))
                .findFirst()
                .orElseThrow()
                .get("id")
                .toString();
        // the page's click handler, as a click on Tokyo's node reaches it (nodes move while the layout settles)
        browser.js("""
                var chart = echarts.getInstanceByDom(document.getElementById('network-chart'));
                chart.trigger('click', {dataType: 'node', data: {id: arguments[0]}});""", tokyo);
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/places/" + tokyo + "/network"));
        assertThat(driver().findElement(By.cssSelector("h1")).getText()).contains("东京都");
        assertThat(browser.policyViolations()).isEmpty();
    }

    @Test
    @Order(6)
    void deletingATieAsksFirstAndSigningOutEndsTheSession() {
        long tie = db.sql("select min(id) from tie").query(Long.class).single();
        driver().get(url("/ties/" + tie));
        assertThat(driver().findElements(By.id("edit-tie")))
                .as("no edit button for anonymous visitors")
                .isEmpty();
        driver().get(url("/login"));
        signIn();
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
        driver().get(url("/ties/" + tie));
        By delete = By.cssSelector("form[data-confirm] button[type=submit]");
        // the question comes from the page's script (the Content-Security-Policy allows no inline handler)
        driver().findElement(delete).click();
        browser.waitUpTo(Duration.ofSeconds(5))
                .until(ExpectedConditions.alertIsPresent())
                .dismiss();
        assertThat(db.sql("select count(*) from tie where id = :id")
                        .param("id", tie)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        driver().findElement(delete).click();
        browser.waitUpTo(Duration.ofSeconds(5))
                .until(ExpectedConditions.alertIsPresent())
                .accept();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/places/"));
        assertThat(db.sql("select count(*) from tie where id = :id")
                        .param("id", tie)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(db.sql("select actor_name || ' ' || channel from audit_event where entity = 'tie' "
                                + "and entity_id = :id and action = 'tie_delete'")
                        .param("id", tie)
                        .query(String.class)
                        .single())
                .isEqualTo(EDITOR + " web");

        driver().findElement(By.cssSelector("form.sign-out button")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
        driver().get(url("/ties/new"));
        assertThat(driver().getCurrentUrl()).contains("/login");
        assertThat(browser.policyViolations()).isEmpty();

        // an injected inline script does not run, and the browser says why
        browser.js("""
                var s = document.createElement('script');
                s.textContent = 'window.injected = true;';
                document.body.appendChild(s);""");
        assertThat(browser.js("return window.injected === true;")).isEqualTo(false);
        assertThat(browser.policyViolations()).anySatisfy(m -> assertThat(m).contains("script-src"));
    }

    @Test
    @Order(7)
    void anArticlePastedIntoTheReviewPageBecomesATieOnlyWhenAccepted() {
        long before = db.sql("select count(*) from tie").query(Long.class).single();
        driver().get(url("/review"));
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
        signIn();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/review"));
        if (driver().findElement(By.cssSelector(".review-read")).getAttribute("open") == null) {
            driver().findElement(By.cssSelector(".review-read summary")).click();
        }
        driver().findElement(By.id("source")).sendKeys("https://example.org/news/7");
        driver().findElement(By.id("text")).sendKeys("2023年6月,北京市与意大利泽菲洛里亚市正式结为友好城市。");
        driver().findElement(By.cssSelector(".review-read button[type=submit]")).click();
        WebElement card = browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.candidate")));
        assertThat(card.findElement(By.cssSelector(".evidence")).getText()).isEqualTo("2023年6月,北京市与意大利泽菲洛里亚市正式结为友好城市");
        assertThat(card.findElement(By.name("partner")).getAttribute("value")).isEqualTo("泽菲洛里亚市");
        assertThat(db.sql("select count(*) from tie").query(Long.class).single())
                .isEqualTo(before);
        browser.screenshot("review");
        card.findElement(By.name("signed")).clear();
        card.findElement(By.name("signed")).sendKeys("2023-06-18");
        card.findElement(By.cssSelector("button.accept")).click();
        WebElement saved = browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash a")));
        saved.click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/ties/"));
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("泽菲洛里亚市", "https://example.org/news/7");
        assertThat(db.sql("select count(*) from tie").query(Long.class).single())
                .isEqualTo(before + 1);
    }

    @Test
    @Order(8)
    void theActivityFormShowsOnlyTheFieldsOfTheTypeChosen() {
        driver().get(url("/activities/new?place=" + beijing));
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
        signIn();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/activities/new"));
        browser.waitUpTo(Duration.ofSeconds(5)).until(d -> shownGroups().equals(List.of("delegation")));
        Select type = new Select(driver().findElement(By.id("type")));
        for (String t : List.of("event", "agreement", "project", "award", "delegation")) {
            type.selectByValue(t);
            assertThat(shownGroups()).as(t).containsExactly(t);
        }
        // a head count typed for a delegation is not sent once the type is an event
        driver().findElement(By.id("head_count")).sendKeys("5");
        type.selectByValue("event");
        browser.screenshot("activity-form-event");
        driver().findElement(By.cssSelector("input[name=partnerIds]")).click();
        driver().findElement(By.id("started_on")).sendKeys("2024-09-20");
        new Select(driver().findElement(By.id("event_kind"))).selectByValue("forum");
        new Select(driver().findElement(By.id("online"))).selectByValue("true");
        driver().findElement(By.id("save-activity")).click();

        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/activities/\\d+$"));
        assertThat(driver().findElement(By.cssSelector(".flash")).getText()).contains("已保存");
        browser.screenshot("activity");
        assertThat(db.sql("select type || ' ' || coalesce(cast(head_count as varchar), '-') from activity")
                        .query(String.class)
                        .single())
                .isEqualTo("event -");
        // a file over the upload limit comes back to the page with the reason, not as "403 Forbidden"
        String page = driver().getCurrentUrl();
        driver().findElement(By.id("file")).sendKeys(oversized().toString());
        driver().findElement(By.id("upload-file")).click();
        browser.waitUpTo(Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("file-error")));
        assertThat(driver().getCurrentUrl()).isEqualTo(page);
        assertThat(driver().findElement(By.id("file-error")).getText()).contains("10 兆");
        assertThat(db.sql("select count(*) from activity_file")
                        .query(Long.class)
                        .single())
                .isZero();
        driver().findElement(By.id("edit-activity")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/edit"));
        browser.waitUpTo(Duration.ofSeconds(5)).until(d -> shownGroups().equals(List.of("event")));
        assertThat(driver().findElement(By.id("event_kind")).getAttribute("value"))
                .isEqualTo("forum");
        browser.screenshot("activity-edit");
        assertThat(browser.policyViolations()).isEmpty();
    }

    @Test
    @Order(9)
    void anAdminRenamesAFlaggedPlaceAndMergesADuplicateIntoTheKnownPlace() throws Exception {
        java.time.Instant now = java.time.Instant.now();
        long known = places.insert(
                "YC-BROWSERTOLEDO",
                "托莱多测试市",
                "Toledo Test",
                Level.CITY,
                "ES",
                null,
                false,
                "api",
                now,
                List.of("托莱多测试市", "Toledo Test"));
        long duplicate = places.insertUnreviewed("托莱多测试", Level.CITY, "ES", "import", now);
        long misspelt = places.insertUnreviewed("马德里测式", Level.CITY, "ES", "import", now);
        new org.youcheng.support.OperatorTies(context.getBean(TieService.class))
                .create(new TieDraft(
                        beijing,
                        duplicate,
                        TieKind.PARTNER,
                        PartialDate.parse("2008"),
                        TieStatus.ACTIVE,
                        null,
                        null,
                        "外办名录",
                        null));
        TestAccounts.token(context, "mend-admin", Role.ADMIN);

        driver().get(url("/places/review"));
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
        driver().findElement(By.id("username")).sendKeys("mend-admin");
        driver().findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        driver().findElement(By.id("login-submit")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/places/review"));
        WebElement dupEntry = driver().findElement(By.id("place-" + duplicate));
        assertThat(dupEntry.getText())
                .as("the known place is offered, with what tells it apart")
                .contains("托莱多测试市", "YC-BROWSERTOLEDO");
        browser.screenshot("mend-review");

        // rename: the old name stays as an alias
        WebElement rename = driver().findElement(By.cssSelector("#place-" + misspelt + " form.mend-rename"));
        WebElement zh = rename.findElement(By.name("nameZh"));
        zh.clear();
        zh.sendKeys("马德里测试");
        rename.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("mended")));
        assertThat(driver().findElement(By.cssSelector("#place-" + misspelt + " .mend-name"))
                        .getText())
                .isEqualTo("马德里测试");
        assertThat(driver().findElement(By.cssSelector("#place-" + misspelt + " .mend-names"))
                        .getText())
                .contains("马德里测式");

        // a bad alias comes back under its field
        WebElement alias = driver().findElement(By.cssSelector("#place-" + misspelt + " form.mend-alias"));
        alias.findElement(By.name("alias")).sendKeys("马德里测试");
        alias.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#place-" + misspelt + " form.mend-alias .error")));
        assertThat(driver().findElement(By.cssSelector("#place-" + misspelt + " form.mend-alias .error"))
                        .getText())
                .contains("已有这个名称");

        // merge: pick the known place, read what will move, confirm
        WebElement merge = driver().findElement(By.cssSelector("#place-" + duplicate + " form.mend-merge"));
        merge.findElement(By.cssSelector("input[name=into][value='" + known + "']"))
                .click();
        merge.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("merge-confirm")));
        assertThat(driver().findElement(By.id("merge-moves")).getText()).contains("北京市", "托莱多测试");
        browser.screenshot("mend-merge");
        driver().findElement(By.id("merge-confirm")).click();

        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/places/" + known));
        browser.waitForCharts();
        assertThat(driver().findElement(By.id("merged")).getText()).contains("托莱多测试");
        assertThat(driver().findElement(By.cssSelector("h1")).getText()).contains("托莱多测试市");
        assertThat(driver().findElements(By.cssSelector("#tie-table tbody tr"))).hasSize(1);
        assertThat(driver().findElement(By.id("tie-table")).getText()).contains("北京市");
        assertThat(driver().findElements(By.id("mend-place")))
                .as("an admin may mend it from its page")
                .hasSize(1);
        browser.screenshot("mend-merged");
        assertThat(places.find(duplicate)).isEmpty();
        assertThat(browser.policyViolations()).isEmpty();
    }

    @Test
    @Order(10)
    void theAuditTrailReadsAsWhoDidWhatWhenAndWhatChanged() {
        TestAccounts.token(context, "audit-admin", Role.ADMIN);
        driver().get(url("/audit"));
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
        driver().findElement(By.id("username")).sendKeys("audit-admin");
        driver().findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        driver().findElement(By.id("login-submit")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/audit"));
        List<WebElement> entries = driver().findElements(By.cssSelector(".audit-entry"));
        assertThat(entries).hasSizeGreaterThanOrEqualTo(8);
        String text = driver().findElement(By.cssSelector(".audit-list")).getText();
        // the seed of this test class: an import by the command line, accounts and their tokens
        assertThat(text)
                .contains("导入新增友好关系", "北京市 – 马德里", "中方", "北京市", "类型", "友好城市", "新建账户", "签发接口令牌", "命令行")
                .doesNotContain("tie_import_add", "account_create", "domestic_id");
        assertThat(text).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        // one entry is a line or two, not a screen of JSON: the issue saw 14,000 px for 18 entries
        long height = ((Number) ((org.openqa.selenium.JavascriptExecutor) driver())
                        .executeScript("return document.querySelector('.audit-list').getBoundingClientRect().height"))
                .longValue();
        assertThat(height / entries.size()).as("pixels per entry").isLessThan(110);
        browser.screenshot("audit");
        assertThat(browser.policyViolations()).isEmpty();
    }

    /** A file of 11 MiB, over the 10 MiB upload limit. */
    private static java.nio.file.Path oversized() {
        try {
            java.nio.file.Path f = java.nio.file.Files.createTempFile("youcheng-oversized", ".pdf");
            f.toFile().deleteOnExit();
            byte[] chunk = new byte[1024 * 1024];
            try (var out = java.nio.file.Files.newOutputStream(f)) {
                for (int i = 0; i < 11; i++) {
                    out.write(chunk);
                }
            }
            return f;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The data-types of the activity form's groups of fields that are shown. */
    private List<String> shownGroups() {
        return driver().findElements(By.cssSelector("fieldset[data-types]")).stream()
                .filter(WebElement::isDisplayed)
                .map(g -> g.getAttribute("data-types"))
                .toList();
    }

    /** The partner names on a place map, read from the chart's own option (lines series). */
    @SuppressWarnings("unchecked")
    private List<String> mapPartners(String id) {
        return (List<String>) browser.js("""
                var o = echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption();
                var names = [];
                o.series.filter(function (s) { return s.type === 'lines'; }).forEach(function (s) {
                  s.data.forEach(function (d) { names.push(d.name); });
                });
                return names;""", id);
    }
}
