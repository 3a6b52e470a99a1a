package org.youcheng.security.internal;

import java.time.Duration;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in form's check of name and password, made only once the name and the address have waited what
 * {@link LoginThrottle} asks. The address is the request's remote address: the peer's own, or the client's as a
 * trusted proxy forwarded it ({@link TrustedProxies}), never what any other peer claims in a header.
 */
final class ThrottledLogin implements AuthenticationProvider {

    /**
     * A sign-in refused unchecked because it came too soon after failures; {@code seconds} is what is left. An
     * account status exception, because the provider manager stops at one: at any other exception it would go on
     * to the next provider, which checks the password without the throttle.
     */
    static final class TooSoon extends AccountStatusException {
        final long seconds;

        TooSoon(long seconds) {
            super("too many failed sign-ins; try again in " + seconds + " seconds");
            this.seconds = seconds;
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledLogin(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication given) {
        String name = given.getName();
        String address = given.getDetails() instanceof WebAuthenticationDetails w ? w.getRemoteAddress() : null;
        Duration wait = throttle.wait(name, address);
        if (!wait.isZero()) {
            // rounded up, so that coming back after the seconds shown is never too soon
            throw new TooSoon(Math.max(1, (wait.toMillis() + 999) / 1000));
        }
        try {
            Authentication done = passwords.authenticate(given);
            throttle.succeeded(name);
            return done;
        } catch (BadCredentialsException e) {
            throttle.failed(name, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }

    /** Back to the form: with the seconds to wait when too soon, with the plain error otherwise. */
    static AuthenticationFailureHandler failures() {
        return (request, response, e) -> response.sendRedirect(
                request.getContextPath() + (e instanceof TooSoon t ? "/login?wait=" + t.seconds : "/login?error"));
    }
}
