package org.youcheng.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.youcheng.support.OnServer;
import org.youcheng.support.TestAccounts;

/**
 * The real server, spoken to over sockets bound to different loopback addresses, so that each test picks its peer:
 * 127.0.0.2 is the configured reverse proxy, every other 127.x address is a client that talks to the server
 * directly. Forwarded headers count only from the proxy; the sign-in throttle counts the client's address; the
 * session cookie is HttpOnly and SameSite=Lax, and Secure (with Strict-Transport-Security) only when the request
 * came over HTTPS. Tomcat's valve and session cookie are not in MockMvc, hence the server; H2 only, because nothing
 * here depends on the database beyond finding an account.
 */
@OnServer
@TestPropertySource(
        properties = {
            "youcheng.security.trusted-proxies=127.0.0.2",
            "youcheng.security.first-delay-seconds=10",
            "youcheng.security.max-delay-seconds=30"
        })
class ProxyAndCookieTests {

    static final String PROXY = "127.0.0.2";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    record Answer(int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> values = headers.getOrDefault(name.toLowerCase(), List.of());
            return values.isEmpty() ? null : values.getFirst();
        }

        String sessionCookie() {
            return headers.getOrDefault("set-cookie", List.of()).stream()
                    .filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst()
                    .orElse(null);
        }
    }

    @BeforeEach
    void accounts() {
        TestAccounts.token(context, "proxy-viewer", Role.VIEWER);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndLaxAndSecureOnlyOverHttps() throws IOException {
        Answer plain = send("127.0.0.3", "GET", "/login", Map.of(), null);
        assertThat(plain.sessionCookie())
                .contains("HttpOnly")
                .contains("SameSite=Lax")
                .doesNotContain("Secure");
        assertThat(plain.header("Strict-Transport-Security")).isNull();

        Answer claimed = send("127.0.0.3", "GET", "/login", Map.of("X-Forwarded-Proto", "https"), null);
        assertThat(claimed.sessionCookie())
                .as("https claimed by a peer that is no proxy")
                .doesNotContain("Secure");
        assertThat(claimed.header("Strict-Transport-Security")).isNull();

        Answer proxied = send(
                PROXY, "GET", "/login", Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.5"), null);
        assertThat(proxied.sessionCookie())
                .contains("Secure")
                .contains("HttpOnly")
                .contains("SameSite=Lax");
        assertThat(proxied.header("Strict-Transport-Security")).contains("max-age=31536000");
    }

    @Test
    void aForgedForwardedForFromAPeerThatIsNoProxyIsIgnored() throws IOException {
        String peer = "127.0.0.4";
        // a new forged client address each time, and a new account name: only the peer's own address is common
        for (int i = 0; i < 20; i++) {
            assertThat(signIn(peer, Map.of("X-Forwarded-For", "198.51.100." + i), "nobody-" + i, "wrong"))
                    .isEqualTo("/login?error");
        }
        assertThat(signIn(peer, Map.of("X-Forwarded-For", "198.51.100.99"), "proxy-viewer", TestAccounts.PASSWORD))
                .startsWith("/login?wait=");
    }

    @Test
    void behindTheProxyAStormFromOneClientLeavesTheOthersAlone() throws IOException {
        for (int i = 0; i < 20; i++) {
            // the storming client prepends a forged address: the rightmost one the proxy did not add is the client
            assertThat(signIn(
                            PROXY,
                            Map.of("X-Forwarded-For", "192.0.2." + i + ", 203.0.113.66"),
                            "victim-" + i,
                            "wrong"))
                    .isEqualTo("/login?error");
        }
        assertThat(signIn(PROXY, Map.of("X-Forwarded-For", "203.0.113.66"), "proxy-viewer", TestAccounts.PASSWORD))
                .as("the storming client waits")
                .startsWith("/login?wait=");
        assertThat(signIn(PROXY, Map.of("X-Forwarded-For", "203.0.113.77"), "proxy-viewer", TestAccounts.PASSWORD))
                .as("another client behind the same proxy signs in")
                .isEqualTo("/");
    }

    /** Fetches the form for its session and CSRF token, posts name and password; returns where it redirects. */
    String signIn(String peer, Map<String, String> headers, String name, String password) throws IOException {
        Answer form = send(peer, "GET", "/login", headers, null);
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).as("the form's CSRF token").isTrue();
        String session = form.sessionCookie().split(";")[0];
        Map<String, String> posted = new LinkedHashMap<>(headers);
        posted.put("Cookie", session);
        posted.put("Content-Type", "application/x-www-form-urlencoded");
        Answer answer = send(
                peer,
                "POST",
                "/login",
                posted,
                "username=" + enc(name) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1)));
        assertThat(answer.status()).isEqualTo(302);
        return answer.header("Location").replaceFirst("^https?://[^/]+", "");
    }

    /** One HTTP/1.0 exchange (no chunks, no keep-alive) from a socket bound to {@code peer}. */
    Answer send(String peer, String method, String path, Map<String, String> headers, String body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(peer, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: localhost\r\n");
            headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                request.append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            String whole = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = whole.indexOf("\r\n\r\n");
            String[] lines = whole.substring(0, end).split("\r\n");
            Map<String, List<String>> answerHeaders = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                answerHeaders
                        .computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).strip());
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), answerHeaders, whole.substring(end + 4));
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
