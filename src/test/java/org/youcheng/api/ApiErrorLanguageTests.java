package org.youcheng.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.security.Role;
import org.youcheng.support.OnServer;
import org.youcheng.support.TestAccounts;
import org.youcheng.support.TestData;

/**
 * The API's errors speak the client's language ({@code Accept-Language}): English by default and when asked, with
 * no Chinese in any title, detail or field message (place names included: the English name); Chinese when asked.
 */
@OnServer
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiErrorLanguageTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient db;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private String editor;
    private String viewer;
    private long beijing;
    private long shanghai;
    private long osaka;

    @BeforeAll
    void accounts() {
        TestData.reset(db);
        editor = TestAccounts.token(context, "api-lang-editor", Role.EDITOR, "110000");
        viewer = TestAccounts.token(context, "api-lang-viewer", Role.VIEWER);
        PlaceRepository places = context.getBean(PlaceRepository.class);
        beijing = places.findByCode("CN-110000").orElseThrow().id();
        shanghai = places.findByCode("CN-310000").orElseThrow().id();
        osaka = places.findByCode("Q35765").orElseThrow().id();
    }

    /** Requests that fail, each of another kind: bad id, unknown place, bad fields, out of scope, unreadable body. */
    private List<HttpRequest.Builder> failing() {
        String base = "http://127.0.0.1:" + port + "/api/v1";
        List<HttpRequest.Builder> out = new ArrayList<>();
        out.add(HttpRequest.newBuilder(URI.create(base + "/places/abc")).GET());
        out.add(HttpRequest.newBuilder(URI.create(base + "/places/999999999")).GET());
        out.add(post(
                base + "/ties",
                "{\"domestic_id\":" + beijing + ",\"partner\":\"Nowhere Xyzzy\","
                        + "\"kind\":\"nonsense\",\"signed\":\"long ago\"}"));
        out.add(post(
                base + "/ties", "{\"domestic_id\":" + shanghai + ",\"partner_id\":" + osaka + ",\"kind\":\"intent\"}"));
        out.add(post(base + "/ties", "{not json"));
        return out;
    }

    /**
     * Requests the security layer answers before any controller runs: no token, a dead token, a viewer's change,
     * an editor at an admin's endpoint.
     */
    private List<HttpRequest.Builder> shutDoors() {
        String base = "http://127.0.0.1:" + port + "/api/v1";
        String tie = "{\"domestic_id\":" + beijing + ",\"partner_id\":" + osaka + ",\"kind\":\"intent\"}";
        return List.of(
                HttpRequest.newBuilder(URI.create(base + "/ties"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(tie)),
                HttpRequest.newBuilder(URI.create(base + "/audit"))
                        .header("Authorization", "Bearer yc_dead")
                        .GET(),
                post(base + "/ties", tie, viewer),
                HttpRequest.newBuilder(URI.create(base + "/audit"))
                        .header("Authorization", "Bearer " + editor)
                        .GET());
    }

    private HttpRequest.Builder post(String url, String body) {
        return post(url, body, editor);
    }

    private HttpRequest.Builder post(String url, String body, String token) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private JsonNode send(HttpRequest.Builder r, String language) throws Exception {
        if (language != null) {
            r.header("Accept-Language", language);
        }
        HttpResponse<String> res = http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(res.statusCode()).as(res.body()).isBetween(400, 499);
        return json.readTree(res.body());
    }

    /** The words of an error, without the values the client sent. */
    private static String words(JsonNode problem) {
        StringBuilder b = new StringBuilder(problem.path("title").asText())
                .append(' ')
                .append(problem.path("detail").asText());
        problem.path("errors")
                .forEach(e -> b.append(' ').append(e.path("message").asText()));
        return b.toString();
    }

    @Test
    void englishErrorsHoldNoChinese() throws Exception {
        for (String language : new String[] {null, "en", "en-GB,en;q=0.9", "fr-FR"}) {
            for (HttpRequest.Builder r : failing()) {
                JsonNode problem = send(r, language);
                assertThat(words(problem))
                        .as(language + ": " + problem)
                        .doesNotContainPattern("\\p{IsHan}")
                        .isNotBlank();
            }
        }
    }

    @Test
    void chineseErrorsWhenTheClientAsks() throws Exception {
        for (HttpRequest.Builder r : failing()) {
            JsonNode problem = send(r, "zh-CN,zh;q=0.9,en;q=0.5");
            assertThat(problem.path("title").asText()).as(problem.toString()).containsPattern("\\p{IsHan}");
        }
        JsonNode outOfScope = send(failing().get(3), "zh-CN");
        assertThat(outOfScope.path("detail").asText()).contains("上海市", "北京市", "不在你的账号范围");
        JsonNode english = send(failing().get(3), "en");
        assertThat(english.path("detail").asText()).contains("Shanghai", "Beijing", "outside your account");
    }

    @Test
    void theSecurityLayersRefusalsSpeakTheClientsLanguage() throws Exception {
        int[] statuses = {401, 401, 403, 403};
        for (int i = 0; i < statuses.length; i++) {
            for (String language : new String[] {null, "en-US,en;q=0.8", "de"}) {
                JsonNode problem = send(shutDoors().get(i), language);
                assertThat(problem.path("status").asInt())
                        .as(problem.toString())
                        .isEqualTo(statuses[i]);
                assertThat(words(problem)).as(language + ": " + problem).doesNotContainPattern("\\p{IsHan}");
                assertThat(problem.path("detail").asText())
                        .as(problem.toString())
                        .isNotBlank();
            }
            JsonNode chinese = send(shutDoors().get(i), "zh-CN,zh;q=0.9,en;q=0.5");
            assertThat(chinese.path("status").asInt()).isEqualTo(statuses[i]);
            assertThat(chinese.path("title").asText()).as(chinese.toString()).containsPattern("\\p{IsHan}");
            assertThat(chinese.path("detail").asText()).as(chinese.toString()).containsPattern("\\p{IsHan}");
        }
        assertThat(send(shutDoors().get(0), "zh").path("title").asText()).isEqualTo("未登录");
        assertThat(send(shutDoors().get(1), "zh").path("detail").asText()).contains("令牌");
        assertThat(send(shutDoors().get(2), "zh").path("detail").asText()).contains("查看者");
        assertThat(send(shutDoors().get(2), "en").path("detail").asText()).contains("viewer");
        assertThat(send(shutDoors().get(3), "zh").path("detail").asText()).contains("管理员");
    }
}
