package org.youcheng.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.web.RedirectStrategy;

/**
 * Redirects as paths on this site. The page a visitor asked for before signing in is remembered as a full URL built
 * from the request's Host header; sending the visitor back to it as it stands would let a forged Host header send
 * them elsewhere, so only its path and query are kept.
 */
final class SameSiteRedirects implements RedirectStrategy {

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        response.sendRedirect(response.encodeRedirectURL(target(request.getContextPath(), url)));
    }

    static String target(String contextPath, String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return contextPath + "/";
        }
        if (uri.isAbsolute() || uri.getRawAuthority() != null) {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }
        return contextPath + (url.startsWith("/") ? url : "/" + url);
    }
}
