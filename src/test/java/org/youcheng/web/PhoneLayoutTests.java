package org.youcheng.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.youcheng.support.Browser;
import org.youcheng.support.OnServer;
import org.youcheng.support.TestAccounts;

/**
 * Every page on a phone (390×844 CSS pixels, headless Chromium), read by an admin (who sees every button): no element
 * reaches past the viewport unless a box of its own scrolls it sideways, every table is such a box or fits, and no
 * link or button is squeezed into a column of one character per line. A new page is one line in {@link #pages()}.
 * Screenshots of each page: target/browser-screenshots/phone-*.png.
 */
@OnServer
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneLayoutTests {

    static final int WIDTH = 390;
    static final int HEIGHT = 844;

    /**
     * Finds what breaks a phone's page: elements past the right edge outside a sideways-scrolling box, tables
     * outside such a box that do not fit, and squeezed links (a link, button or label wrapped to two lines or more
     * with two characters or fewer a line: the place page's link row was one character a line).
     */
    private static final String PROBLEMS = """
            var w = document.documentElement.clientWidth, out = [];
            function scrolls(el) {
              for (var p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                var o = getComputedStyle(p).overflowX;
                if (o === 'auto' || o === 'scroll') { return true; }
              }
              return false;
            }
            // inside a box clipped to nothing (a table head kept for screen readers)
            function clipped(el) {
              for (var p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                var b = p.getBoundingClientRect();
                if (b.width <= 1 && getComputedStyle(p).overflow === 'hidden') { return true; }
              }
              return false;
            }
            function name(el) {
              return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
                (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
            }
            if (document.documentElement.scrollWidth > w + 1) {
              out.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px');
            }
            document.querySelectorAll('body *').forEach(function (el) {
              var r = el.getBoundingClientRect();
              if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') { return; }
              if (el.closest('.visually-hidden, [hidden], script, template') || clipped(el)) { return; }
              if (r.right > w + 1 && !scrolls(el)) {
                out.push(name(el) + ' reaches ' + Math.round(r.right) + ' px');
              }
              if (el.tagName === 'TABLE' && r.width > w + 1 && !scrolls(el)) {
                out.push(name(el) + ' is ' + Math.round(r.width) + ' px wide outside a scroll box');
              }
              if ((el.tagName === 'A' || el.tagName === 'BUTTON' || el.tagName === 'SPAN') &&
                  el.children.length === 0 && el.textContent.trim().length >= 2) {
                var range = document.createRange();
                range.selectNodeContents(el);
                var lines = Array.prototype.filter.call(range.getClientRects(), function (b) { return b.width > 0; })
                  .map(function (b) { return Math.round(b.top); })
                  .filter(function (t, i, all) { return all.indexOf(t) === i; }).length;
                var font = parseFloat(getComputedStyle(el).fontSize);
                if (lines > 1 && el.textContent.trim().length / lines <= 2.5 && r.width < 3 * font) {
                  out.push(name(el) + ' "' + el.textContent.trim().slice(0, 12) + '" is squeezed to '
                    + lines + ' lines of ' + Math.round(r.width) + ' px');
                }
              }
            });
            return out.slice(0, 15);""";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private Browser browser;
    private WebFixture data;

    @BeforeAll
    void start() throws Exception {
        data = new WebFixture(context);
        browser = Browser.start(WIDTH, HEIGHT);
        // headless Chromium keeps a window at least 500 px wide: a phone's viewport is emulated instead
        ((org.openqa.selenium.chrome.ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 2, "mobile", true));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Name → address of every page; a new page is one line here. */
    private Map<String, String> pages() {
        long b = data.beijing;
        long tie = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select min(id) from tie where domestic_id = :b")
                .param("b", b)
                .query(Long.class)
                .single();
        return new java.util.LinkedHashMap<>(Map.ofEntries(
                Map.entry("home", "/"),
                Map.entry("search", "/search?q=%E5%8C%97%E4%BA%AC"),
                Map.entry("place", "/places/" + b),
                Map.entry("place-all", "/places/" + b + "?all=true"),
                Map.entry("network", "/places/" + b + "/network"),
                Map.entry("suggestions", "/places/" + b + "/suggestions"),
                Map.entry("ledger", "/places/" + b + "/ledger"),
                Map.entry("report", "/places/" + b + "/report"),
                Map.entry("rankings", "/rankings?level=province"),
                Map.entry("rankings-cities", "/rankings"),
                Map.entry("tie", "/ties/" + tie),
                Map.entry("tie-applied", "/ties/" + data.appliedTie),
                Map.entry("tie-form", "/ties/new?place=" + b),
                Map.entry("activity-form", "/activities/new?place=" + b),
                Map.entry("graph", "/graph"),
                Map.entry("review", "/review"),
                Map.entry("mend", "/places/review"),
                Map.entry("audit", "/audit"),
                Map.entry("imports", "/imports"),
                Map.entry("accounts", "/accounts"),
                Map.entry("tokens", "/account/tokens"),
                Map.entry("password", "/account/password"),
                Map.entry("strategy", "/places/" + b + "/strategy"),
                Map.entry("partner-requests", "/places/" + b + "/partner-requests"),
                Map.entry("not-found", "/no/such/page")));
    }

    @Test
    void noPageOverflowsAPhoneAndTablesScrollInTheirOwnBox() {
        var d = browser.driver();
        d.get("http://127.0.0.1:" + port + "/login");
        d.findElement(By.id("username")).sendKeys(WebFixture.ADMIN);
        d.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        d.findElement(By.id("login-submit")).click();
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
        Map<String, List<?>> problems = new java.util.TreeMap<>();
        Map<String, Long> heights = new java.util.TreeMap<>();
        pages().forEach((name, path) -> {
            d.get("http://127.0.0.1:" + port + path);
            browser.waitUpTo(Duration.ofSeconds(30))
                    .until(x -> "complete".equals(browser.js("return document.readyState")));
            if (!d.findElements(By.cssSelector(".chart")).isEmpty()) {
                try { // the layout is what is checked here; a chart that never finishes is another test's
                    browser.waitUpTo(Duration.ofSeconds(8))
                            .until(x -> "true"
                                    .equals(browser.js(
                                            "return document.documentElement.getAttribute('data-rendered')")));
                } catch (org.openqa.selenium.TimeoutException slow) {
                    System.out.println("phone: the charts of " + path + " did not finish in 8 s");
                }
            }
            List<?> found = (List<?>) browser.js(PROBLEMS);
            if (!found.isEmpty()) {
                problems.put(name + " " + path, found);
            }
            heights.put(name, ((Number) browser.js("return document.documentElement.scrollHeight")).longValue());
            browser.screenshot("phone-" + name);
        });
        System.out.println("phone page heights (px): " + heights);
        assertThat(problems).isEmpty();
        assertThat(heights.get("rankings-cities"))
                .as("the rankings on a phone, px")
                .isLessThan(20_000);
        assertThat(heights.get("suggestions"))
                .as("the suggestions on a phone, px")
                .isLessThan(6_000);
    }
}
