package org.youcheng.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.youcheng.common.ClientLanguage;
import org.youcheng.security.Refusal;
import org.youcheng.security.RefusalText;

/**
 * The API's answers when the door stays shut: RFC 7807 problem JSON, as every other API error, in the client's
 * language ({@code Accept-Language}, as the API's own errors) from the same message bundles: the titles
 * {@code api.title.*}, a 403's reason {@code refusal.*} ({@link RefusalText}).
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    /** What a request without a token should send, and how to get one; words, not in the bundles. */
    private static final String HEADER = "Authorization: Bearer yc_…";

    private static final String COMMAND = "./youcheng user token NAME";

    private final MessageSource messages;
    private final RefusalText refusals;

    ProblemResponses(MessageSource messages, RefusalText refusals) {
        this.messages = messages;
        this.refusals = refusals;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        Locale locale = locale(request);
        write(
                response,
                request,
                401,
                text("api.title.unauthorized", locale),
                text("api.detail.sign_in", locale, HEADER, COMMAND));
    }

    /** A token that opens nothing: unknown, expired, revoked, or its account disabled. */
    void deadToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        Locale locale = locale(request);
        write(response, request, 401, text("api.title.unauthorized", locale), text("api.detail.dead_token", locale));
    }

    @Override
    public void handle(
            HttpServletRequest request,
            HttpServletResponse response,
            org.springframework.security.access.AccessDeniedException e)
            throws IOException {
        // the rule table shut the door (no Refusal): why, from the account's role
        Locale locale = locale(request);
        write(
                response,
                request,
                403,
                text("api.title.forbidden", locale),
                refusals.why(e instanceof Refusal r ? r : null, locale));
    }

    private static Locale locale(HttpServletRequest request) {
        return ClientLanguage.ofAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static void write(
            HttpServletResponse response, HttpServletRequest request, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
                        + ",\"detail\":\"" + json(detail) + "\",\"instance\":\"" + json(request.getRequestURI())
                        + "\"}");
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
