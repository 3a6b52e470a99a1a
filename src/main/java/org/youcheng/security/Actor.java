package org.youcheng.security;

import java.util.Set;

/**
 * Who is acting, as the services see it: an account (with its role and the place ids of its scope), the local
 * operator of the command line (acts as admin; {@code accountId} is null), or nobody (anonymous: role null).
 */
public record Actor(Long accountId, String name, Role role, Set<Long> scope, Channel from) {

    public Actor {
        scope = Set.copyOf(scope);
    }

    public static Actor anonymous(Channel from) {
        return new Actor(null, "anonymous", null, Set.of(), from);
    }

    /** Whoever runs the command line on the server: the one who can read the database files can change anything. */
    public static Actor operator(String osUser) {
        return new Actor(
                null,
                "cli:" + (osUser == null || osUser.isBlank() ? "operator" : osUser),
                Role.ADMIN,
                Set.of(),
                Channel.CLI);
    }

    public boolean admin() {
        return role == Role.ADMIN;
    }

    public boolean anonymous() {
        return role == null;
    }
}
