package org.youcheng.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The sign-in form's check of name and password, refused while the name or the address is locked out. */
final class ThrottledLogin implements AuthenticationProvider {

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
        if (throttle.locked(name, address)) {
            throw new LockedException("too many failed sign-ins; try again in " + throttle.lockoutMinutes()
                    + " minutes");
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
}
