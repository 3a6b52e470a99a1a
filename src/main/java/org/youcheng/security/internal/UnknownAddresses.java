package org.youcheng.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.server.PathContainer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The pages' answer at a shut door: an address no line of {@link Routes} names (with any method) is not found (404),
 * for anyone, instead of a sign-in page that would lead nowhere; a known one asks an anonymous visitor to sign in
 * and tells an account that it may not (403, the error page in the frame says why).
 */
final class UnknownAddresses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final List<PathPattern> known;
    private final AuthenticationEntryPoint signIn;
    private final AccessDeniedHandler denied = new AccessDeniedHandlerImpl();

    UnknownAddresses(AuthenticationEntryPoint signIn) {
        PathPatternParser parser = PathPatternParser.defaultInstance;
        this.known = Stream.concat(
                        Stream.concat(Routes.RULES.stream().map(Routes.Rule::pattern), Routes.FILES.stream()),
                        Stream.of("/login", "/logout"))
                .map(parser::parse)
                .toList();
        this.signIn = signIn;
    }

    boolean known(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer container = PathContainer.parsePath(path);
        return known.stream().anyMatch(p -> p.matches(container));
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, jakarta.servlet.ServletException {
        if (known(request)) {
            signIn.commence(request, response, e);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, jakarta.servlet.ServletException {
        if (known(request)) {
            denied.handle(request, response, e);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
