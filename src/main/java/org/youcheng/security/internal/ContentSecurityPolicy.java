package org.youcheng.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Content-Security-Policy of every answer. Scripts come from our own origin only, plus the one inline script
 * of a chart page that hands the page's data to youcheng.js: it carries this request's nonce
 * ({@code th:nonce="${cspNonce}"}), so an injected script, which cannot know the nonce, does not run. Styles come
 * from our own origin; inline style attributes are allowed ({@code style-src-attr}) because ECharts writes its
 * tooltips' markers with them; no {@code <style>} element is. Nothing may frame the pages, forms post only to us.
 */
final class ContentSecurityPolicy extends OncePerRequestFilter {

    static final String NONCE = "cspNonce";
    private final SecureRandom random = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE, nonce);
        response.setHeader("Content-Security-Policy", policy(nonce));
        chain.doFilter(request, response);
    }

    static String policy(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self'; "
                + "style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
