package org.youcheng.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.youcheng.common.YouchengProperties;

/**
 * A form upload over the size limit goes back to its page with the reason under the file field. Without this the
 * oversized body fails while Spring Security reads the form's CSRF token from it, and the person sees "403
 * Forbidden". It runs before security, reads nothing of the body, and changes nothing; the API keeps its own 413
 * answer (it authenticates by token and reads no form token).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge extends OncePerRequestFilter {

    /** The flash attribute the page shows under its file field. */
    static final String FILE_ERROR = "fileError";

    private final long limit;
    private final int megabytes;
    private final MessageSource messages;
    private final LocaleResolver locales;

    UploadTooLarge(YouchengProperties properties, MessageSource messages, LocaleResolver locales) {
        this.megabytes = properties.imports().maxUploadMb();
        this.limit = properties.imports().maxUploadBytes();
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod())
                || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                || request.getRequestURI()
                        .substring(request.getContextPath().length())
                        .startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= limit) {
            chain.doFilter(request, response);
            return;
        }
        String message =
                messages.getMessage("error.upload_too_large", new Object[] {megabytes}, locales.resolveLocale(request));
        String page = samePage(request);
        if (page == null) {
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value(), message);
            return;
        }
        FlashMap flash = new FlashMap();
        flash.put(FILE_ERROR, message);
        flash.setTargetRequestPath(page);
        new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader("Location", request.getContextPath() + page);
    }

    /** The path of the page the form was on, when the browser says and it is on this site. */
    private static String samePage(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI from = URI.create(referer);
            String path = from.getRawPath();
            boolean here = request.getServerName().equalsIgnoreCase(from.getHost())
                    && request.getServerPort()
                            == (from.getPort() == -1 ? ("https".equals(from.getScheme()) ? 443 : 80) : from.getPort());
            if (!here || path == null || !path.startsWith(request.getContextPath() + "/")) {
                return null;
            }
            return path.substring(request.getContextPath().length());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
