package org.youcheng.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.youcheng.security.Permissions;
import org.youcheng.security.internal.Routes;
import org.youcheng.support.OnServer;
import org.youcheng.support.TestAccounts;
import org.youcheng.support.WebSession;

/**
 * Every page reachable by links from the home page, for each role (anonymous, viewer, an editor of Beijing, an
 * admin) and in both languages: no 5xx, no Whitelabel page, no untranslated key ({@code ??key_zh_CN??}), nothing
 * printed after the footer, and no link or form for an action the role may not take. Whether a role may take an
 * action is asked of {@link Permissions} as that account (the rule the services apply): a form to change a tie of
 * Shandong on a page read by Beijing's editor is a finding, and so is a link that answers 403.
 *
 * <p>Pages of one route pattern are many (every place has its page): at most {@link #PER_ROUTE} addresses of each
 * pattern are read, so every kind of page is visited without reading the whole registry eight times.
 */
@OnServer
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrawlTests {

    static final int PER_ROUTE = 6;
    private static final Pattern HREF = Pattern.compile("<a\\b[^>]*?\\bhref=\"(/[^\"]*)\"");
    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>");
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"");
    private static final Pattern METHOD = Pattern.compile("\\bmethod=\"([^\"]*)\"");
    private static final Pattern UNTRANSLATED = Pattern.compile("\\?\\?[A-Za-z0-9_.\\-]+_(zh|en)(_[A-Z]{2})?\\?\\?");
    /** Addresses a crawl does not follow: files, the other language (the crawl stays in one), downloads. */
    private static final Pattern SKIP =
            Pattern.compile("^/(css|js|vendor|webjars|maps)/|[?&]lang=|[?&]format=|/export|/files/|^/logout");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient db;

    @Autowired
    Permissions permissions;

    private final PathPatternParser parser = PathPatternParser.defaultInstance;

    @BeforeAll
    void seed() throws Exception {
        new WebFixture(context);
    }

    record Finding(String page, String problem) {}

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "anonymous, zh",
        "anonymous, en",
        "crawl-viewer, zh",
        "crawl-viewer, en",
        "beijing-editor, zh",
        "beijing-editor, en",
        "crawl-admin, zh",
        "crawl-admin, en"
    })
    void everyPageReachableFromHomeIsWholeAndOffersOnlyWhatTheRoleMayDo(String role, String lang) {
        String account = role.equals("anonymous") ? null : role;
        WebSession s = new WebSession(port);
        if (account != null) {
            s.signIn(account, TestAccounts.PASSWORD);
        }
        s.get("/?lang=" + lang); // the language cookie
        List<Finding> findings = new ArrayList<>();
        Map<String, Integer> perRoute = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Deque<String[]> queue = new ArrayDeque<>(); // {address, the page that links to it}
        queue.add(new String[] {"/", "(start)"});
        int visited = 0;
        while (!queue.isEmpty()) {
            String[] next = queue.poll();
            String path = next[0];
            WebSession.Page page = s.get(path);
            visited++;
            check(path, next[1], page, account, lang, findings);
            if (!page.html() || page.status() != 200) {
                continue;
            }
            for (String link : links(page.body())) {
                Optional<Routes.Rule> rule = rule(HttpMethod.GET, link);
                if (rule.isEmpty()) {
                    findings.add(new Finding(path, "a link to " + link + ", which no route serves"));
                    continue;
                }
                if (rule.get().access() != Routes.Access.PUBLIC && !mayFollow(account, rule.get(), link)) {
                    findings.add(new Finding(path, "a link to " + link + ", which " + role + " may not use"));
                    continue;
                }
                String key = rule.get().pattern();
                if (seen.add(link) && perRoute.merge(key, 1, Integer::sum) <= PER_ROUTE) {
                    queue.add(new String[] {link, path});
                }
            }
            for (String[] form : forms(page.body())) {
                if (!form[1].equalsIgnoreCase("post")
                        || List.of("/logout", "/login").contains(form[0])) {
                    continue;
                }
                if (!mayPost(account, form[0])) {
                    findings.add(new Finding(path, "a form to POST " + form[0] + ", which " + role + " may not"));
                }
            }
        }
        System.out.printf("crawl %s/%s: %d pages read, %d route patterns%n", role, lang, visited, perRoute.size());
        assertThat(visited).as("pages read").isGreaterThan(20);
        assertThat(perRoute.keySet())
                .as("kinds of page reached")
                .contains(
                        "/",
                        "/places/{id}",
                        "/ties/{id}",
                        "/graph",
                        "/rankings",
                        "/places/{id}/suggestions",
                        "/places/{id}/network");
        assertThat(findings).as(role + " in " + lang).isEmpty();
    }

    private void check(
            String path, String from, WebSession.Page page, String account, String lang, List<Finding> findings) {
        String where = path + " (linked from " + from + ")";
        if (page.status() >= 500) {
            findings.add(new Finding(where, "answered " + page.status()));
        }
        if (page.status() == 403 || page.status() == 404) {
            findings.add(new Finding(where, "a link that answers " + page.status()));
        }
        if (page.status() == 302 && account != null) {
            findings.add(new Finding(where, "sends a signed-in account to " + page.location()));
        }
        if (page.status() == 302
                && account == null
                && !page.location().endsWith("/login")
                && !path.equals("/ties/new")
                && !path.startsWith("/ties/new?")) {
            findings.add(new Finding(where, "redirects to " + page.location()));
        }
        if (page.body().contains("Whitelabel")) {
            findings.add(new Finding(where, "the Whitelabel page"));
        }
        if (!page.html()) {
            return;
        }
        Matcher untranslated = UNTRANSLATED.matcher(page.body());
        if (untranslated.find()) {
            findings.add(new Finding(where, "an untranslated key " + untranslated.group()));
        }
        int footer = page.body().indexOf("</footer>");
        if (footer > 0 && !fullPageTail(page.body().substring(footer + 9))) {
            findings.add(new Finding(where, "markup after the footer"));
        }
        if (page.status() == 200 && !page.body().contains("lang=\"" + (lang.equals("zh") ? "zh-CN" : "en") + "\"")) {
            findings.add(new Finding(where, "not in the language asked for"));
        }
    }

    /** After the footer a page has its data script and nothing else. */
    private static boolean fullPageTail(String tail) {
        return tail.replaceAll("(?s)<script.*?</script>", "")
                .replaceAll("(?s)<!--.*?-->", "")
                .replace("</body>", "")
                .replace("</html>", "")
                .isBlank();
    }

    private static List<String> links(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            String href = m.group(1).replace("&amp;", "&");
            int hash = href.indexOf('#');
            href = hash >= 0 ? href.substring(0, hash) : href;
            if (!href.isEmpty() && !SKIP.matcher(href).find()) {
                out.add(href);
            }
        }
        return out;
    }

    /** Each form's action and method. */
    private static List<String[]> forms(String html) {
        List<String[]> out = new ArrayList<>();
        Matcher m = FORM.matcher(html);
        while (m.find()) {
            Matcher a = ACTION.matcher(m.group());
            Matcher method = METHOD.matcher(m.group());
            out.add(new String[] {
                a.find() ? a.group(1).replace("&amp;", "&") : "", method.find() ? method.group(1) : "get"
            });
        }
        return out;
    }

    private Optional<Routes.Rule> rule(HttpMethod method, String address) {
        String path = address.contains("?") ? address.substring(0, address.indexOf('?')) : address;
        PathContainer p = PathContainer.parsePath(path);
        return Routes.RULES.stream()
                .filter(r ->
                        r.method().equals(method) && parser.parse(r.pattern()).matches(p))
                .min((x, y) -> PathPattern.SPECIFICITY_COMPARATOR.compare(
                        parser.parse(x.pattern()), parser.parse(y.pattern())));
    }

    /** A link to a page that changes data: anonymous visitors are invited to sign in from the bar only. */
    private boolean mayFollow(String account, Routes.Rule rule, String link) {
        if (account == null) {
            return rule.pattern().equals("/ties/new") || rule.pattern().equals("/review");
        }
        return as(account, () -> switch (rule.pattern()) {
            case "/ties/{id}/edit" -> permissions.mayChange(tieSide(link));
            case "/activities/{id}/edit" -> permissions.mayChange(activitySide(link));
            case "/activities/new" ->
                param(link, "place")
                        .map(p -> permissions.mayChange(Long.parseLong(p)))
                        .orElse(editor());
            case "/ties/new" ->
                param(link, "place")
                        .map(Long::parseLong)
                        .map(p -> chinese(p) ? permissions.mayChange(p) : editor())
                        .orElse(editor());
            default ->
                rule.access() == Routes.Access.ADMIN
                        ? permissions.actor().admin()
                        : rule.access() == Routes.Access.EDITOR ? editor() : true;
        });
    }

    private boolean mayPost(String account, String action) {
        Optional<Routes.Rule> rule = rule(HttpMethod.POST, action);
        if (rule.isEmpty() || account == null) {
            return false;
        }
        return as(account, () -> switch (rule.get().pattern()) {
            case "/ties/{id}/application/province" -> permissions.mayReviewProvinceOf(tieSide(action));
            case "/ties/{id}/application/national" -> permissions.actor().admin();
            case "/ties/{id}", "/ties/{id}/delete", "/ties/{id}/application", "/ties/{id}/application/signing" ->
                permissions.mayChange(tieSide(action));
            case "/activities/{id}",
                    "/activities/{id}/delete",
                    "/activities/{id}/files",
                    "/activities/{id}/files/{fileKey}/delete" -> permissions.mayChange(activitySide(action));
            case "/places/{id}/rename", "/places/{id}/aliases", "/places/{id}/reviewed", "/places/{id}/merge" ->
                permissions.mayMend(chinese(id(action, 2)));
            default ->
                rule.get().access() == Routes.Access.ADMIN
                        ? permissions.actor().admin()
                        : rule.get().access() != Routes.Access.EDITOR || editor();
        });
    }

    private boolean editor() {
        var a = permissions.actor();
        return a.admin() || a.role() == org.youcheng.security.Role.EDITOR;
    }

    /** Runs a question of {@link Permissions} as this account, as the server would for its requests. */
    private <T> T as(String account, java.util.function.Supplier<T> question) {
        var before = SecurityContextHolder.getContext();
        var ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null, List.of()));
        SecurityContextHolder.setContext(ctx);
        try {
            return question.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private long tieSide(String address) {
        return db.sql("select domestic_id from tie where id = :id")
                .param("id", id(address, 2))
                .query(Long.class)
                .single();
    }

    private long activitySide(String address) {
        return db.sql("select place_id from activity where id = :id")
                .param("id", id(address, 2))
                .query(Long.class)
                .single();
    }

    private boolean chinese(long place) {
        return db.sql("select country_code from place where id = :id")
                .param("id", place)
                .query(String.class)
                .single()
                .equals("CN");
    }

    /** The number at this segment of an address ({@code /ties/12/edit}: segment 2 is 12). */
    private static long id(String address, int segment) {
        return Long.parseLong(address.split("[/?]")[segment]);
    }

    private static Optional<String> param(String address, String name) {
        Matcher m = Pattern.compile("[?&]" + name + "=([^&]*)").matcher(address);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
