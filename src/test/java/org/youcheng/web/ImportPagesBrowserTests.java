package org.youcheng.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youcheng.common.PartialDate;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieService;
import org.youcheng.registry.TieStatus;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.security.LocalOperator;
import org.youcheng.security.Role;
import org.youcheng.support.Browser;
import org.youcheng.support.OnServer;
import org.youcheng.support.ReferenceTies;
import org.youcheng.support.TestAccounts;
import org.youcheng.support.TestData;

/**
 * Importing, tie documents and the application path in a real headless Chromium on H2 (issue 18, part A): a
 * 100,000-row tie table checked and imported with the progress bar moving, a bad file that shows every bad row and
 * changes nothing, an editor's file refused whole in words, the complete official list of a place setting reference
 * ties aside, a document attached and removed, an application started from an intent tie; each seen on the page and
 * in the audit trail; the pages on a phone do not overflow.
 */
@OnServer
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportPagesBrowserTests {

    static final String EDITOR = "beijing-importer";
    static final String ADMIN = "import-admin";
    static final int ROWS = 100_000;

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    TieService ties;

    @Autowired
    PlaceRepository places;

    @Autowired
    ApplicationContext context;

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
        TestAccounts.token(context, EDITOR, Role.EDITOR, "110000");
        TestAccounts.token(context, ADMIN, Role.ADMIN);
        driver().manage().window().setSize(new Dimension(1280, 900));
        driver().manage().deleteAllCookies();
    }

    @Test
    @Order(1)
    void aHundredThousandRowsAreCheckedAndImportedWithAProgressBarThatMoves() throws IOException {
        Path file = generated(ROWS);
        long before = tieCount();
        signIn("/imports", ADMIN);
        driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        WebElement form = driver().findElement(By.tagName("h1"));
        long checkStart = System.nanoTime();
        driver().findElement(By.id("import-check")).click();

        TreeSet<Long> served = new TreeSet<>();
        List<Long> seen = watchProgress(form, "data-read", served);
        long checkMillis = (System.nanoTime() - checkStart) / 1_000_000;
        TreeSet<Long> reported = new TreeSet<>(served);
        reported.addAll(seen);
        if (!reported.isEmpty() && reported.first() < ROWS) {
            // the page was there while the check ran: the bar, or the address it polls, reported rows as they were read
            assertThat(reported)
                    .as("rows read, as the bar showed them or its address served them during the check")
                    .anyMatch(r -> r > 0 && r < ROWS);
        } else {
            // on a quiet machine the check of the whole file can end before the page that shows the bar is loaded:
            // there was no moving to show, and what the page showed is the whole count
            assertThat(reported)
                    .as("rows read, shown after the check had ended")
                    .allMatch(r -> r == ROWS);
        }
        assertThat(text("count-rows")).isEqualTo("100000");
        assertThat(text("count-added")).isEqualTo("100000");
        assertThat(text("import-outcome")).contains("尚未写入");
        browser.screenshot("import-dry-run");
        assertThat(tieCount()).as("a dry run writes nothing").isEqualTo(before);

        WebElement report = driver().findElement(By.tagName("h1"));
        long importStart = System.nanoTime();
        driver().findElement(By.id("import-confirm")).click();
        List<Long> importing = watchProgress(report, "data-written");
        long importMillis = (System.nanoTime() - importStart) / 1_000_000;
        String outcome = text("import-outcome");
        // reading is quick; writing is the long part, and the bar follows it
        assertThat(importing)
                .as("rows written, as the bar showed them during the import")
                .anyMatch(r -> r > 0 && r < ROWS);
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("导入结果");
        assertThat(text("count-added")).isEqualTo("100000");
        assertThat(tieCount()).isEqualTo(before + ROWS);
        browser.screenshot("import-done");

        driver().findElement(By.id("import-audit")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/audit"));
        String audit = driver().findElement(By.cssSelector(".audit-list")).getText();
        assertThat(audit).contains("导入友好关系表", ADMIN, file.getFileName().toString());
        assertThat(db.sql("select count(*) from audit_event where action = 'import' and actor_name = :a "
                                + "and channel = 'web'")
                        .param("a", ADMIN)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(browser.policyViolations()).isEmpty();
        System.out.printf(
                "import page: %d rows; check %d ms, import %d ms (upload to result page, browser clock); "
                        + "the page said: %s; progress seen at %s, served at %s (check) and seen at %s (import)%n",
                ROWS, checkMillis, importMillis, outcome, seen, served, importing);
    }

    @Test
    @Order(2)
    void aBadFileShowsEveryBadRowAndChangesNothingAndAnEditorsFileOutsideItsScopeIsRefusedInWords() throws IOException {
        long before = tieCount();
        long audits = auditCount();
        Path bad = csv("bad-rows", """
                中方城市,外方城市,国家,类型,结好时间
                北京市,东京都,日本,友好城市,1979年3月14日
                北京市朝阳区,无名之地甲乙丙,日本,意向,2024-01-01
                北京市,大阪市,日本,大概,2024-01-01
                北京市,京都市,日本,意向,2024年13月40日
                """);
        signIn("/imports", EDITOR);
        driver().findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
        driver().findElement(By.id("import-check")).click();
        browser.waitUpTo(Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("import-errors")));
        List<WebElement> rows = driver().findElements(By.cssSelector("#import-errors tbody tr"));
        String table = driver().findElement(By.id("import-errors")).getText();
        browser.screenshot("import-bad-rows");
        assertThat(driver().findElement(By.id("import-bad")).getText()).contains("没有导入任何内容");
        assertThat(rows.stream()
                        .map(r -> r.findElement(By.tagName("td")).getText())
                        .distinct()
                        .toList())
                .as("the rows with problems, by number")
                .contains("4", "5");
        assertThat(table).contains("大概", "2024年13月40日");
        assertThat(driver().findElements(By.id("import-confirm")))
                .as("a bad file cannot be confirmed")
                .isEmpty();
        assertThat(tieCount()).isEqualTo(before);

        Path outside = csv("shanghai", """
                中方城市,外方城市,国家,类型,结好时间
                上海市,大阪市,日本,意向,2024-01-01
                """);
        driver().get(url("/imports"));
        driver().findElement(By.id("file")).sendKeys(outside.toAbsolutePath().toString());
        driver().findElement(By.id("import-check")).click();
        browser.waitUpTo(Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("import-refused")));
        assertThat(text("import-refused"))
                .contains("文件被整体拒绝", "权限范围以外", "涉及 1 行：2 (上海市)", "没有任何改动")
                .as("said in Chinese, not in the service's English")
                .doesNotContain("rows change ties");
        browser.screenshot("import-refused");

        Path formal = csv("formal", """
                中方城市,外方城市,国家,类型,结好时间
                北京市,大阪市,日本,友好城市,2024-01-01
                """);
        driver().get(url("/imports"));
        driver().findElement(By.id("file")).sendKeys(formal.toAbsolutePath().toString());
        driver().findElement(By.id("import-check")).click();
        browser.waitUpTo(Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("import-refused")));
        assertThat(text("import-refused"))
                .contains("文件被整体拒绝", "审批流程之外", "涉及 1 行：2")
                .doesNotContain("approval path");
        assertThat(tieCount()).isEqualTo(before);
        assertThat(auditCount())
                .as("nothing refused reaches the trail as a change")
                .isEqualTo(audits);
        assertThat(browser.policyViolations()).isEmpty();
    }

    @Test
    @Order(3)
    void theCompleteOfficialListOfAPlaceSetsAsideTheReferenceTiesItDoesNotName() throws IOException {
        List<Long> foreign = db.sql("""
                select id from place where country_code = 'FR' and level = 'city' and name_zh is not null
                and id not in (select partner_id from tie) order by id""").query(Long.class).list();
        long first = ReferenceTies.add(db, beijing, foreign.get(0));
        long second = ReferenceTies.add(db, beijing, foreign.get(1));
        Path list = csv("beijing-official", """
                中方城市,外方城市,国家,类型,结好时间,状态,来源
                北京市,东京都,日本,友好城市,1979年3月14日,有效,北京市人民政府外事办公室 友好城市一览
                北京市,纽约市,美国,友好城市,1980年2月25日,有效,北京市人民政府外事办公室 友好城市一览
                """);
        signIn("/imports", EDITOR);
        driver().findElement(By.id("file")).sendKeys(list.toAbsolutePath().toString());
        driver().findElement(By.id("completeFor")).sendKeys("北京市");
        driver().findElement(By.id("import-check")).click();
        browser.waitUpTo(Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("set-aside-list")));
        assertThat(text("import-list")).contains("北京市");
        assertThat(text("count-set-aside")).isEqualTo("2");
        assertThat(driver().findElements(By.cssSelector("#set-aside-list li"))).hasSize(2);
        assertThat(driver().findElements(By.cssSelector("#not-on-list li")))
                .as("recorded ties, left alone")
                .hasSizeGreaterThan(10);
        browser.screenshot("import-complete-list-dry-run");
        assertThat(setAside(first)).isFalse();

        WebElement report = driver().findElement(By.tagName("h1"));
        driver().findElement(By.id("import-confirm")).click();
        watchProgress(report, "data-written");
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("导入结果");
        assertThat(driver().findElements(By.cssSelector("#set-aside-list li"))).hasSize(2);
        assertThat(setAside(first)).isTrue();
        assertThat(setAside(second)).isTrue();
        assertThat(db.sql("select count(*) from audit_event where action = 'tie_set_aside' and actor_name = :a "
                                + "and channel = 'web'")
                        .param("a", EDITOR)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        driver().get(url("/ties/" + first));
        assertThat(driver().findElement(By.id("set-aside")).getText()).contains("不在官方名单中");

        // a bad place for the list comes back under its field, with what was typed
        driver().get(url("/imports"));
        driver().findElement(By.id("file")).sendKeys(list.toAbsolutePath().toString());
        driver().findElement(By.id("completeFor")).sendKeys("没有这个地方市");
        driver().findElement(By.id("import-check")).click();
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("completeFor-error")));
        assertThat(driver().findElement(By.id("completeFor")).getAttribute("value"))
                .isEqualTo("没有这个地方市");
        assertThat(browser.policyViolations()).isEmpty();
    }

    @Test
    @Order(4)
    void aDocumentIsAttachedAndRemovedAndAnApplicationStartsFromAnIntentTie() throws Exception {
        long partner = db.sql("""
                select id from place where country_code = 'DE' and level = 'city' and name_zh is not null
                and id not in (select partner_id from tie) order by id""").query(Long.class).list().get(0);
        long tie = LocalOperator.call(() -> ties.create(new TieDraft(
                        beijing,
                        partner,
                        TieKind.INTENT,
                        PartialDate.parse("2025-05-01"),
                        TieStatus.ACTIVE,
                        null,
                        null,
                        "意向书已签",
                        null)))
                .tie()
                .tie()
                .id();
        signIn("/ties/" + tie, EDITOR);
        assertThat(text("approval-needs")).contains("上传意向书后可提交申请");
        assertThat(driver().findElements(By.id("apply-form"))).isEmpty();

        // a bad address comes back under its field, the title kept
        driver().findElement(By.cssSelector("details.document-add summary")).click();
        new Select(driver().findElement(By.id("document-kind"))).selectByValue("intent_letter");
        driver().findElement(By.id("document-title")).sendKeys("北京市与测试城结好意向书");
        driver().findElement(By.id("document-url")).sendKeys("ftp://scan");
        driver().findElement(By.id("document-submit")).click();
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("document-url-error")));
        assertThat(driver().findElement(By.id("document-title")).getAttribute("value"))
                .isEqualTo("北京市与测试城结好意向书");
        WebElement url = driver().findElement(By.id("document-url"));
        url.clear();
        url.sendKeys("https://example.org/intent-scan.pdf");
        // a date field's typing follows the browser's locale; its value is the ISO date the form sends
        browser.js("arguments[0].value = '2025-05-01'", driver().findElement(By.id("document-dated")));
        browser.screenshot("tie-document-form");
        driver().findElement(By.id("document-submit")).click();
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("document-saved")));
        assertThat(text("document-list")).contains("意向书", "北京市与测试城结好意向书");
        assertThat(text("approval-ready")).contains("可以提交申请");
        assertThat(driver().findElements(By.id("approval-needs"))).isEmpty();

        // a second document, removed again
        driver().findElement(By.cssSelector("details.document-add summary")).click();
        new Select(driver().findElement(By.id("document-kind"))).selectByValue("other");
        driver().findElement(By.id("document-title")).sendKeys("会谈纪要草稿");
        // the page still says the first document was saved: wait for it to go before looking for the second's word
        WebElement firstSaved = driver().findElement(By.id("document-saved"));
        driver().findElement(By.id("document-submit")).click();
        browser.waitUntilGone(firstSaved, Duration.ofSeconds(10));
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("document-saved")));
        long draft = db.sql("select id from tie_document where tie_id = :t and title = '会谈纪要草稿'")
                .param("t", tie)
                .query(Long.class)
                .single();
        driver().findElement(By.cssSelector("#document-" + draft + " form.document-remove button"))
                .click();
        browser.waitUpTo(Duration.ofSeconds(5))
                .until(ExpectedConditions.alertIsPresent())
                .accept();
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("document-removed")));
        assertThat(driver().findElements(By.id("document-" + draft))).isEmpty();
        browser.screenshot("tie-documents");

        new Select(driver().findElement(By.id("apply-kind"))).selectByValue("sister");
        driver().findElement(By.cssSelector("#apply-form button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("approval-state")));
        assertThat(text("approval-state")).contains("已申请");
        browser.screenshot("tie-application");

        List<String> trail = db.sql("""
                select action from audit_event where actor_name = :a and channel = 'web'
                and action in ('document_add', 'document_remove', 'application_apply') order by id""").param("a", EDITOR).query(String.class).list();
        assertThat(trail).containsExactly("document_add", "document_add", "document_remove", "application_apply");
        assertThat(browser.policyViolations()).isEmpty();
    }

    @Test
    @Order(6)
    void aLedgerWorkbookIsCheckedConfirmedAndItsActivitiesAppearOnTheTiePageAndInTheAuditTrail() throws IOException {
        // a tie of Beijing's, by its foreign side's code, as an office's own workbook would name it
        var tie = db.sql("""
                select t.id, p.name_zh, p.code from tie t join place p on p.id = t.partner_id
                where t.domestic_id = :b and p.name_zh is not null and p.code is not null order by t.id""")
                .param("b", beijing)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list()
                .get(0);
        Path workbook = Files.createTempFile("ledger-", ".xlsx");
        workbook.toFile().deleteOnExit();
        try (var out = Files.newOutputStream(workbook)) {
            var wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
            var delegations = wb.newWorksheet("代表团");
            String[][] rows = {
                {"中方", "外方", "外方代码", "方向", "团长级别", "人数", "开始日期", "结束日期", "事由"},
                {"北京市", tie[1], tie[2], "来访", "市长", "12", "2025-04-08", "2025-04-10", "出席友城结好纪念活动"},
                {"北京市", tie[1], tie[2], "出访", "副市长", "6", "2025-09-15", "2025-09-18", "洽谈职业教育合作"}
            };
            fill(delegations, rows);
            var events = wb.newWorksheet("活动");
            fill(events, new String[][] {
                {"中方", "外方", "外方代码", "活动类别", "线上", "开始日期", "举办地", "名称"},
                {"北京市", tie[1], tie[2], "文化周", "线下", "2025-06-01", "北京市朝阳区", "友城文化周"}
            });
            wb.finish();
        }
        long auditBefore = auditCount();
        signIn("/imports", EDITOR);
        driver().findElement(By.id("kind-ledger")).click();
        driver().findElement(By.id("file")).sendKeys(workbook.toAbsolutePath().toString());
        WebElement form = driver().findElement(By.tagName("h1"));
        driver().findElement(By.id("import-check")).click();
        browser.waitUntilGone(form, Duration.ofSeconds(30));
        browser.waitUpTo(Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("import-confirm")));
        assertThat(text("count-rows")).isEqualTo("3");
        assertThat(text("count-added")).isEqualTo("3");
        assertThat(text("import-outcome")).contains("尚未写入");
        assertThat(activities(Long.parseLong(tie[0])))
                .as("a dry run writes nothing")
                .isZero();
        browser.screenshot("ledger-import-dry-run");

        WebElement report = driver().findElement(By.tagName("h1"));
        driver().findElement(By.id("import-confirm")).click();
        browser.waitUntilGone(report, Duration.ofSeconds(30));
        browser.waitUpTo(Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("import-outcome")));
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("导入结果");
        assertThat(text("count-added")).isEqualTo("3");
        assertThat(activities(Long.parseLong(tie[0]))).isEqualTo(3);

        driver().get(url("/ties/" + tie[0]));
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ledger-section .timeline")));
        String ledger = text("ledger-section");
        assertThat(ledger).contains("2025-04-08", "2025-09-15", "2025-06-01", "友城文化周", "来访", "出访");
        browser.screenshot("ledger-import-tie");
        assertThat(db.sql("""
                select count(*) from audit_event where action = 'activity_import' and actor_name = :a
                and channel = 'web'""").param("a", EDITOR).query(Long.class).single()).isEqualTo(1);
        assertThat(auditCount()).isGreaterThan(auditBefore);
        assertThat(browser.policyViolations()).isEmpty();
    }

    private static void fill(org.dhatim.fastexcel.Worksheet sheet, String[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                sheet.value(r, c, rows[r][c]);
            }
        }
    }

    private long activities(long tie) {
        return db.sql("select count(*) from activity where tie_id = :t")
                .param("t", tie)
                .query(Long.class)
                .single();
    }

    @Test
    @Order(5)
    void onAPhoneTheImportAndTiePagesDoNotOverflow() throws IOException {
        driver().manage().window().setSize(new Dimension(390, 844));
        Path bad = csv("phone", """
                中方城市,外方城市,国家,类型,结好时间
                北京市,一个名字很长很长很长很长很长很长很长很长的不存在的外国城市,日本,意向,2024-01-01
                """);
        signIn("/imports", EDITOR);
        assertNoOverflow("imports");
        driver().findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
        driver().findElement(By.id("import-check")).click();
        browser.waitUpTo(Duration.ofSeconds(30))
                .until(ExpectedConditions.or(
                        ExpectedConditions.presenceOfElementLocated(By.id("import-errors")),
                        ExpectedConditions.presenceOfElementLocated(By.id("import-counts"))));
        assertNoOverflow("import-report");
        long tie = db.sql("select min(id) from tie").query(Long.class).single();
        driver().get(url("/ties/" + tie));
        driver().findElement(By.cssSelector("details.document-add summary")).click();
        assertNoOverflow("tie");
    }

    private void assertNoOverflow(String page) {
        browser.screenshot("phone-" + page);
        Number width = (Number) browser.js("return document.documentElement.scrollWidth");
        Number view = (Number) browser.js("return window.innerWidth");
        assertThat(width.intValue()).as(page + ": page width on a 390 px phone").isLessThanOrEqualTo(view.intValue());
        @SuppressWarnings("unchecked")
        List<String> wide = (List<String>) browser.js("""
                var out = [];
                document.querySelectorAll('main *').forEach(function (e) {
                  if (e.closest('.table-wrap')) { return; }
                  var r = e.getBoundingClientRect();
                  if (r.width > 0 && r.right > window.innerWidth + 1) { out.push(e.tagName + '#' + e.id + '.' + e.className); }
                });
                return out;""");
        assertThat(wide).as(page + ": elements past the right edge").isEmpty();
    }

    /** The values the progress section's {@code attribute} took while the page polled it, until the run ended. */
    private List<Long> watchProgress(WebElement before, String attribute) {
        return watchProgress(before, attribute, new TreeSet<>());
    }

    /**
     * The values the bar showed, and, in {@code served}, those its progress address served meanwhile, asked every
     * 20 ms beside the bar's own polling (every 400 ms): on a quiet machine the check of the whole file can end
     * between two of the bar's polls, so that the bar shows only its start and its end, while the rows read are
     * still reported as they go.
     */
    private List<Long> watchProgress(WebElement before, String attribute, TreeSet<Long> served) {
        browser.waitUntilGone(before, Duration.ofSeconds(30));
        browser.js("""
                var p = document.getElementById('progress');
                window.progressServed = [];
                if (p) {
                  var url = p.getAttribute('hx-get'), pattern = new RegExp(arguments[0] + '="([0-9]+)"');
                  window.progressPoll = setInterval(function () {
                    fetch(url).then(function (r) { return r.text(); }).then(function (t) {
                      var m = t.match(pattern);
                      if (m) { window.progressServed.push(Number(m[1])); }
                    });
                  }, 20);
                }""", attribute);
        TreeSet<Long> seen = new TreeSet<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            Object got = browser.js("""
                    var s = window.progressServed || [];
                    window.progressServed = [];
                    return s;""");
            if (got instanceof List<?> values) {
                values.forEach(v -> served.add(((Number) v).longValue()));
            }
            Object read = browser.js("""
                    var p = document.getElementById('progress');
                    return p ? p.getAttribute(arguments[0]) : null;""", attribute);
            if (read == null
                    && driver().findElements(By.id("progress")).isEmpty()
                    && !driver().findElements(By.cssSelector(".actions")).isEmpty()) {
                break;
            }
            if (read != null) {
                seen.add(Long.parseLong(read.toString()));
            }
            sleep(150);
        }
        return new ArrayList<>(seen);
    }

    /** A tie table of distinct pairs of Chinese places and foreign cities, pinned by their registry codes. */
    private Path generated(int rows) throws IOException {
        List<String[]> domestic = db.sql("""
                select code, name_zh from place where country_code = 'CN' and code like 'CN-%' and name_zh is not null
                order by id""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        List<String[]> foreign = db.sql("""
                select code, coalesce(name_zh, name_en) from place where country_code not in ('CN', 'TW', 'HK', 'MO')
                and level = 'city' order by id""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        int partners = Math.min(foreign.size(), 400);
        assertThat((long) domestic.size() * partners).isGreaterThan(rows + 1000L);
        String[] kinds = {"意向", "友好交流城市", "友好城市"};
        Path file = Files.createTempFile("ties-100k-", ".csv");
        file.toFile().deleteOnExit();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("domestic,partner,kind,signed,domestic_code,partner_code\n");
            int written = 0;
            // the fixture's ties are all 北京市's: start past it
            for (int d = 0; written < rows; d++) {
                String[] cn = domestic.get(d);
                if (cn[0].equals("CN-110000")) {
                    continue;
                }
                for (int p = 0; p < partners && written < rows; p++, written++) {
                    String[] f = foreign.get(p);
                    out.write(cn[1] + "," + f[1].replace(",", " ") + "," + kinds[written % 3] + ","
                            + (1980 + written % 45) + "," + cn[0] + "," + f[0] + "\n");
                }
            }
        }
        return file;
    }

    private static Path csv(String name, String text) throws IOException {
        Path f = Files.createTempFile(name + "-", ".csv");
        f.toFile().deleteOnExit();
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    /** Signs in through the form on the way to a page (a page anyone may read is asked for again afterwards). */
    private void signIn(String path, String who) {
        driver().get(url(path));
        if (!driver().getCurrentUrl().contains("/login")) {
            driver().get(url("/login"));
        }
        driver().findElement(By.id("username")).sendKeys(who);
        driver().findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        driver().findElement(By.id("login-submit")).click();
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        if (!driver().getCurrentUrl().endsWith(path)) {
            driver().get(url(path));
        }
    }

    private boolean setAside(long tie) {
        return db.sql("select set_aside_on is not null from tie where id = :id")
                .param("id", tie)
                .query(Boolean.class)
                .single();
    }

    private long tieCount() {
        return db.sql("select count(*) from tie").query(Long.class).single();
    }

    private long auditCount() {
        return db.sql("select count(*) from audit_event").query(Long.class).single();
    }

    private String text(String id) {
        return driver().findElement(By.id(id)).getText();
    }

    private WebDriver driver() {
        return browser.driver();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
