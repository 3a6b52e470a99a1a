package org.youcheng.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.youcheng.support.OnServer;

/**
 * What the embedded server itself does with a request, which a mock request cannot show: a redirect names no host
 * (so a forged Host header goes nowhere), and a query with a broken percent-encoding is a bad request. Raw HTTP on
 * loopback, so that the Host header is exactly what an attacker would send.
 */
@OnServer
class ServedRequestsTests {

    @LocalServerPort
    int port;

    /** The status line and headers of the answer to a GET with this Host header. */
    String head(String target, String host) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            String text = answer.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? text : text.substring(0, end);
        }
    }

    static String location(String head) {
        return head.lines()
                .filter(l -> l.regionMatches(true, 0, "Location:", 0, 9))
                .findFirst()
                .map(l -> l.substring(9).strip())
                .orElse(null);
    }

    @Test
    void redirectsAreRelativeWhateverTheHostHeaderSays() throws IOException {
        String search = head("/?q=abc", "evil.example");
        assertThat(search).startsWith("HTTP/1.1 302");
        assertThat(location(search)).isEqualTo("/search?q=abc");
        String signIn = head("/ties/new", "evil.example:8443");
        assertThat(signIn).startsWith("HTTP/1.1 302");
        assertThat(location(signIn)).isEqualTo("/login");
    }

    @Test
    void aBrokenPercentEncodingInTheQueryIsABadRequest() throws IOException {
        assertThat(head("/?x=%zz", "127.0.0.1")).startsWith("HTTP/1.1 400");
        assertThat(head("/api/v1/places?q=%zz", "127.0.0.1")).startsWith("HTTP/1.1 400");
        assertThat(head("/?x=%41", "127.0.0.1")).startsWith("HTTP/1.1 200");
    }
}
