package org.youcheng.security.internal;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.youcheng.security.Role;

/** A request of the API signed in with a personal token: the account's name and role. */
public final class BearerAuthentication extends AbstractAuthenticationToken {

    private final String name;

    BearerAuthentication(String name, Role role) {
        super(List.of(new SimpleGrantedAuthority(role.authority())));
        this.name = name;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return name;
    }
}
