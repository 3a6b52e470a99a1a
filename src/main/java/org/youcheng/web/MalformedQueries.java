package org.youcheng.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.youcheng.common.ValidationException;

/**
 * A query whose percent-encoding is broken ({@code ?x=%zz}) is the caller's mistake: refused as bad input of the field
 * {@code query} before any handler reads it, so pages answer with the frame's bad-request page and the API with
 * problem JSON, and the log gets one line instead of a stack. (The server drops such a parameter silently; the
 * language switch, which keeps the query, could not.)
 */
@Configuration(proxyBeanMethods = false)
class MalformedQueries implements WebMvcConfigurer, HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(MalformedQueries.class);

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String query = request.getQueryString();
        if (malformed(query)) {
            String shown = query.length() > 100 ? query.substring(0, 100) + "…" : query;
            log.info(
                    "refused a malformed query on {} from {}: {}",
                    request.getRequestURI(),
                    request.getRemoteAddr(),
                    shown);
            throw ValidationException.of(
                    "query", shown, "a malformed percent-encoding: each % must be followed by two hexadecimal digits");
        }
        return true;
    }

    /** Whether a {@code %} in the query is not followed by two hexadecimal digits. */
    static boolean malformed(String query) {
        if (query == null) {
            return false;
        }
        for (int i = query.indexOf('%'); i >= 0; i = query.indexOf('%', i + 1)) {
            if (i + 2 >= query.length()
                    || Character.digit(query.charAt(i + 1), 16) < 0
                    || Character.digit(query.charAt(i + 2), 16) < 0) {
                return true;
            }
        }
        return false;
    }
}
