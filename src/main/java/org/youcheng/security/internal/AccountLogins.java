package org.youcheng.security.internal;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.youcheng.security.Account;

/** The sign-in form's accounts: an enabled account with its password hash and role; a disabled one is unknown. */
@Component
record AccountLogins(AccountRepository accounts) implements UserDetailsService {

    @Override
    public UserDetails loadUserByUsername(String name) {
        String hash = accounts.passwordHash(name).orElseThrow(() -> new UsernameNotFoundException(name));
        Account a = accounts.find(name).orElseThrow(() -> new UsernameNotFoundException(name));
        return User.withUsername(a.name())
                .password(hash)
                .authorities(a.role().authority())
                .build();
    }
}
