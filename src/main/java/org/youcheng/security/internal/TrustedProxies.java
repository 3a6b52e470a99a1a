package org.youcheng.security.internal;

import java.net.InetAddress;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.youcheng.common.YouchengProperties;

/**
 * Believes {@code X-Forwarded-For} and {@code X-Forwarded-Proto} from the reverse proxies named in
 * {@code youcheng.security.trusted-proxies}, and from no one else. A request from one of them gets, before any
 * filter of ours sees it, the client's address as its remote address (the rightmost address in X-Forwarded-For
 * that is not itself a trusted proxy) and the scheme the proxy says; so the sign-in throttle counts the real
 * client, and an answer to a client on HTTPS gets Strict-Transport-Security and a Secure session cookie. From any
 * other peer the headers change nothing, which is also the case with no proxy named (the default). The
 * {@code Forwarded} header (RFC 7239) is read from no one.
 *
 * <p>Tomcat's own RemoteIpValve does the work; it is installed only when a proxy is named, with exactly those
 * addresses (its default would trust every private network).
 */
@Component
@ConditionalOnWebApplication
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final List<String> proxies;

    TrustedProxies(YouchengProperties properties) {
        this.proxies = properties.security().trustedProxies().stream()
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .map(TrustedProxies::literal)
                .toList();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (proxies.isEmpty()) {
            return;
        }
        RemoteIpValve valve = new RemoteIpValve();
        valve.setInternalProxies(pattern(proxies));
        valve.setTrustedProxies("");
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setProtocolHeaderHttpsValue("https");
        factory.addEngineValves(valve);
    }

    /** The addresses as Tomcat writes a remote address (0:0:0:0:0:0:0:1 for ::1), as one exact-match pattern. */
    static String pattern(List<String> addresses) {
        return addresses.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static String literal(String address) {
        // only a literal: a host name would be looked up once at start, and trusted whoever has it later
        if (address.matches("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
            try {
                return InetAddress.getByName(address).getHostAddress();
            } catch (java.net.UnknownHostException e) {
                // falls through to the refusal below
            }
        }
        throw new IllegalArgumentException("youcheng.security.trusted-proxies: '" + address
                + "' is not an IP address (name each proxy by its address, such as 127.0.0.1)");
    }
}
