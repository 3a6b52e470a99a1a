package org.youcheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.youcheng.security.internal.Routes;

/**
 * Every endpoint of the application (read from its own route list, RequestMappingHandlerMapping) × every role ×
 * in and out of an editor's scope. An endpoint without a line in {@link Routes} fails here; so does a line without
 * an endpoint. Each route is then called by anonymous, a viewer, the editor of 聊城市 on 临清市's tie or activity
 * (in scope) and, where {@link #EXAMPLES} gives a realistic request, on 青岛市's (out of scope: 403 from the
 * service), and an admin; the door must open exactly for those the rule lets in.
 */
abstract class AuthorisationMatrixTests {

    /** Who calls, and on which tie or place. */
    enum Caller {
        ANONYMOUS,
        VIEWER,
        EDITOR_IN_SCOPE,
        EDITOR_OUT_OF_SCOPE,
        ADMIN
    }

    /** A realistic request body for a route that changes data; {@code inScope} picks 临清市's side or 青岛市's. */
    record Example(boolean scoped, java.util.function.BiFunction<SecurityFixture, Boolean, Customiser> body) {}

    interface Customiser extends Function<MockHttpServletRequestBuilder, MockHttpServletRequestBuilder> {}

    static final Map<String, Example> EXAMPLES = Map.ofEntries(
            Map.entry(
                    "POST /api/v1/ties",
                    new Example(
                            true,
                            (f, in) -> r -> r.contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"domestic_id\":" + (in ? f.linqing : f.qingdao) + ",\"partner_id\":"
                                            + f.osaka + ",\"kind\":\"intent\"}"))),
            Map.entry(
                    "PUT /api/v1/ties/{id}",
                    new Example(
                            true,
                            (f, in) -> r -> r.contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"version\":0,\"domestic_id\":"
                                            + (in ? f.linqing : f.qingdao) + ",\"partner_id\":" + f.shimonoseki
                                            + ",\"kind\":\"partner\"}"))),
            Map.entry("DELETE /api/v1/ties/{id}", new Example(true, (f, in) -> r -> r.param("version", "0"))),
            Map.entry(
                    "POST /api/v1/ties/{id}/documents",
                    new Example(
                            true,
                            (f, in) -> r -> r.contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"kind\":\"agreement\",\"title\":\"协议书\"}"))),
            Map.entry("DELETE /api/v1/ties/{id}/documents/{documentId}", new Example(true, (f, in) -> r -> r)),
            Map.entry("POST /api/v1/imports", new Example(true, (f, in) -> r -> r)),
            Map.entry(
                    "POST /ties",
                    new Example(
                            true,
                            (f, in) -> r -> r.param("domesticId", String.valueOf(in ? f.linqing : f.qingdao))
                                    .param("partnerId", String.valueOf(f.osaka))
                                    .param("kind", "intent")
                                    .param("status", "active"))),
            Map.entry(
                    "POST /ties/{id}",
                    new Example(
                            true,
                            (f, in) -> r -> r.param("domesticId", String.valueOf(in ? f.linqing : f.qingdao))
                                    .param("partnerId", String.valueOf(f.shimonoseki))
                                    .param("kind", "partner")
                                    .param("status", "active")
                                    .param("version", "0"))),
            Map.entry("POST /ties/{id}/delete", new Example(true, (f, in) -> r -> r.param("version", "0"))),
            Map.entry("GET /ties/{id}/edit", new Example(true, (f, in) -> r -> r)),
            Map.entry(
                    "POST /api/v1/activities",
                    new Example(
                            true,
                            (f, in) -> r ->
                                    r.contentType(MediaType.APPLICATION_JSON).content(activityJson(f, in, "")))),
            Map.entry(
                    "PUT /api/v1/activities/{id}",
                    new Example(
                            true,
                            (f, in) -> r -> r.contentType(MediaType.APPLICATION_JSON)
                                    .content(activityJson(f, in, "\"version\":0,")))),
            Map.entry("DELETE /api/v1/activities/{id}", new Example(true, (f, in) -> r -> r.param("version", "0"))),
            Map.entry("POST /api/v1/activities/{id}/files", new Example(true, (f, in) -> r -> r)),
            Map.entry("DELETE /api/v1/activities/{id}/files/{fileKey}", new Example(true, (f, in) -> r -> r)),
            Map.entry("POST /activities", new Example(true, (f, in) -> activityForm(f, in))),
            Map.entry(
                    "POST /activities/{id}",
                    new Example(
                            true, (f, in) -> r -> activityForm(f, in).apply(r).param("version", "0"))),
            Map.entry("POST /activities/{id}/delete", new Example(true, (f, in) -> r -> r.param("version", "0"))),
            Map.entry("GET /activities/{id}/edit", new Example(true, (f, in) -> r -> r)),
            Map.entry("POST /activities/{id}/files", new Example(true, (f, in) -> r -> r)),
            Map.entry("POST /activities/{id}/files/{fileKey}/delete", new Example(true, (f, in) -> r -> r)),
            Map.entry(
                    "PUT /api/v1/places/{id}",
                    new Example(
                            true,
                            (f, in) -> r -> r.contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"version\":0,\"name_zh\":\"下关\"}"))),
            Map.entry(
                    "POST /api/v1/places/{id}/aliases",
                    new Example(
                            true,
                            (f, in) -> r -> r.contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"alias\":\"Shimonoseki test\"}"))),
            Map.entry("POST /api/v1/places/{id}/reviewed", new Example(true, (f, in) -> r -> r)),
            Map.entry(
                    "POST /api/v1/places/{id}/merge",
                    new Example(
                            true,
                            (f, in) -> r ->
                                    r.contentType(MediaType.APPLICATION_JSON).content("{\"into\":" + f.known + "}"))),
            Map.entry(
                    "POST /places/{id}/rename",
                    new Example(true, (f, in) -> r -> r.param("version", "0").param("nameZh", "下关"))),
            Map.entry(
                    "POST /places/{id}/aliases",
                    new Example(true, (f, in) -> r -> r.param("alias", "Shimonoseki test"))),
            Map.entry("POST /places/{id}/reviewed", new Example(true, (f, in) -> r -> r)),
            Map.entry(
                    "GET /places/{id}/merge",
                    new Example(true, (f, in) -> r -> r.param("into", String.valueOf(f.known)))),
            Map.entry(
                    "POST /places/{id}/merge",
                    new Example(true, (f, in) -> r -> r.param("into", String.valueOf(f.known)))),
            Map.entry(
                    "PUT /api/v1/places/{id}/strategy",
                    new Example(
                            true,
                            (f, in) -> r -> r.contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"regions\": [{\"region\": \"africa\", \"verb\": \"open up\"}]}"))));

    /** The routes that mend a place: in scope is a foreign place an import made, out of scope a Chinese division. */
    static final java.util.Set<String> MENDING = java.util.Set.of(
            "PUT /api/v1/places/{id}",
            "POST /api/v1/places/{id}/aliases",
            "POST /api/v1/places/{id}/reviewed",
            "POST /api/v1/places/{id}/merge",
            "POST /places/{id}/rename",
            "POST /places/{id}/aliases",
            "POST /places/{id}/reviewed",
            "GET /places/{id}/merge",
            "POST /places/{id}/merge");

    /** A delegation of 临清市 (in scope) or 青岛市 as the API takes it, after {@code first} (e.g. a version). */
    static String activityJson(SecurityFixture f, boolean in, String first) {
        return "{" + first + "\"type\":\"delegation\",\"place_id\":" + (in ? f.linqing : f.qingdao)
                + ",\"partners\":[{\"place_id\":" + f.shimonoseki + "}],\"direction\":\"received\","
                + "\"leader_level\":\"mayor\",\"head_count\":4,\"started_on\":\"2024-06-01\"}";
    }

    /** The same as the activity form posts it. */
    static Customiser activityForm(SecurityFixture f, boolean in) {
        return r -> r.param("placeId", String.valueOf(in ? f.linqing : f.qingdao))
                .param("type", "delegation")
                .param("partnerIds", String.valueOf(f.shimonoseki))
                .param("direction", "received")
                .param("leader_level", "mayor")
                .param("head_count", "4")
                .param("started_on", "2024-06-01");
    }

    @Autowired
    WebApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    SecurityFixture f;

    @BeforeEach
    void fixture() {
        f = new SecurityFixture(context);
    }

    /** Method and pattern of every handler the application has, e.g. "PUT /api/v1/ties/{id}". */
    List<String> routes() {
        TreeSet<String> out = new TreeSet<>();
        AntPathMatcher files = new AntPathMatcher();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (Routes.FILES.stream().anyMatch(p -> files.match(p, pattern))) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                assertThat(methods)
                        .as("%s answers every HTTP method: give it one", pattern)
                        .isNotEmpty();
                methods.forEach(m -> out.add(m.name() + " " + pattern));
            }
        }
        return new ArrayList<>(out);
    }

    @Test
    void everyEndpointHasExactlyOneRuleAndEveryRuleAnEndpoint() {
        List<String> routes = routes();
        List<String> missing = routes.stream().filter(r -> rule(r) == null).toList();
        assertThat(missing)
                .as("endpoints without a rule in security/Routes.RULES: add one line each")
                .isEmpty();
        List<String> stale = Routes.RULES.stream()
                .map(r -> r.method().name() + " " + r.pattern())
                .filter(r -> !routes.contains(r))
                .toList();
        assertThat(stale).as("rules for endpoints that do not exist").isEmpty();
        assertThat(Routes.RULES.stream()
                        .map(r -> r.method() + " " + r.pattern())
                        .distinct()
                        .count())
                .as("one rule per endpoint")
                .isEqualTo(Routes.RULES.size());
        assertThat(routes).hasSizeGreaterThan(25);
    }

    @Test
    void everyEndpointOpensExactlyForTheRolesAndScopesItsRuleAllows() throws Exception {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (String route : routes()) {
            Routes.Rule rule = rule(route);
            Example example = EXAMPLES.get(route);
            for (Caller caller : Caller.values()) {
                if (caller == Caller.EDITOR_OUT_OF_SCOPE && (example == null || !example.scoped())) {
                    continue; // without a realistic request the scope is not reached: role only
                }
                f.resetTies();
                boolean inScope = caller != Caller.EDITOR_OUT_OF_SCOPE;
                MvcResult result =
                        mvc.perform(request(rule, caller, inScope, example)).andReturn();
                calls++;
                int status = result.getResponse().getStatus();
                String location = result.getResponse().getRedirectedUrl();
                boolean denied = status == 401
                        || status == 403
                        || (status == 302 && location != null && location.endsWith("/login"));
                boolean expected = allowed(rule.access(), caller);
                if (denied == expected || status >= 500) {
                    wrong.add(route + " as " + caller + ": " + status + (location == null ? "" : " → " + location)
                            + (expected ? " (should pass)" : " (should be refused)") + " "
                            + result.getResponse()
                                    .getContentAsString(StandardCharsets.UTF_8)
                                    .replaceAll("\\s+", " ")
                                    .substring(
                                            0,
                                            Math.min(
                                                    200,
                                                    result.getResponse()
                                                            .getContentAsString()
                                                            .length())));
                }
            }
        }
        assertThat(wrong).as("routes whose door is wrong").isEmpty();
        assertThat(calls).isGreaterThan(100);
    }

    static boolean allowed(Routes.Access access, Caller caller) {
        return switch (access) {
            case PUBLIC -> true;
            case SIGNED_IN -> caller != Caller.ANONYMOUS;
            case EDITOR -> caller == Caller.ADMIN || caller == Caller.EDITOR_IN_SCOPE;
            case ADMIN -> caller == Caller.ADMIN;
        };
    }

    private MockHttpServletRequestBuilder request(Routes.Rule rule, Caller caller, boolean inScope, Example example) {
        long tie = inScope ? f.inScopeTie : f.outOfScopeTie;
        boolean activity =
                rule.pattern().startsWith("/activities/") || rule.pattern().startsWith("/api/v1/activities/");
        String path = rule.pattern()
                .replace("{documentId}", String.valueOf(inScope ? f.inScopeDocument : f.outOfScopeDocument))
                .replace("{fileKey}", f.fileKey(inScope ? f.inScopeActivityFile : f.outOfScopeActivityFile))
                .replace("{hash}", "0")
                .replace("{level}", "prefecture");
        if (activity) {
            path = path.replace("{id}", String.valueOf(inScope ? f.inScopeActivity : f.outOfScopeActivity));
        } else if (path.startsWith("/api/v1/accounts/")) {
            path = path.replace("{id}", String.valueOf(f.accountId(SecurityFixture.VIEWER)));
        } else if (MENDING.contains(rule.method().name() + " " + rule.pattern())) {
            // an editor mends foreign places, never a Chinese division (青岛市: refused by the service)
            path = path.replace("{id}", String.valueOf(inScope ? f.duplicate : f.qingdao));
        } else if (path.contains("/places/")) {
            path = path.replace("{id}", String.valueOf(inScope ? f.linqing : f.qingdao));
        } else {
            path = path.replace("{id}", String.valueOf(tie));
        }
        MockHttpServletRequestBuilder r;
        if (rule.pattern().equals("/api/v1/imports")) {
            String csv = "domestic,partner,partner_country,kind,signed,status,source,note\n" + (inScope ? "临清市" : "青岛市")
                    + ",Paris,France,intent,2001,active,,\n";
            r = multipart(path)
                    .file(new MockMultipartFile("file", "t.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        } else if (activity
                && rule.method() == HttpMethod.POST
                && rule.pattern().endsWith("/files")) {
            r = multipart(path)
                    .file(new MockMultipartFile("file", "议程.txt", "text/plain", "议程".getBytes(StandardCharsets.UTF_8)));
        } else if (rule.pattern().equals("/api/v1/accounts/{id}")) {
            int version = f.db.sql("select version from account where name = :n")
                    .param("n", SecurityFixture.VIEWER)
                    .query(Integer.class)
                    .single();
            r = request(rule.method(), path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"version\":" + version + ",\"enabled\":true}");
        } else {
            r = request(rule.method(), path);
        }
        if (example != null) {
            r = example.body().apply(f, inScope).apply(r);
        }
        String name = switch (caller) {
            case ANONYMOUS -> null;
            case VIEWER -> SecurityFixture.VIEWER;
            case EDITOR_IN_SCOPE, EDITOR_OUT_OF_SCOPE -> SecurityFixture.EDITOR;
            case ADMIN -> SecurityFixture.ADMIN;
        };
        if (path.startsWith("/api/")) {
            return name == null ? r : r.header("Authorization", "Bearer " + f.tokens.get(name));
        }
        if (rule.method() != HttpMethod.GET) {
            r = r.with(csrf());
        }
        if (name == null) {
            return r;
        }
        Role role = switch (caller) {
            case VIEWER -> Role.VIEWER;
            case ADMIN -> Role.ADMIN;
            default -> Role.EDITOR;
        };
        return r.with(user(name).roles(role.name()));
    }

    private static MockHttpServletRequestBuilder request(HttpMethod method, String path) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(method, path);
    }

    private static Routes.Rule rule(String route) {
        int space = route.indexOf(' ');
        return Routes.of(HttpMethod.valueOf(route.substring(0, space)), route.substring(space + 1))
                .orElse(null);
    }
}
