package org.youcheng.security;

import java.time.Instant;
import java.util.List;

/**
 * An account: its role, whether it may sign in, and for an editor the Chinese places it may change (each with its
 * counties and districts). {@code version} guards against two admins changing it at once.
 *
 * @param scope      the place ids of its scope, with their names for display
 * @param handedOver its password is the one-time one an admin handed over: the account changes it before it does
 *                   anything else (column must_change_password)
 */
public record Account(
        long id,
        String name,
        Role role,
        boolean enabled,
        List<ScopePlace> scope,
        int version,
        Instant createdAt,
        Instant updatedAt,
        boolean handedOver) {

    public Account {
        scope = List.copyOf(scope);
    }

    /** A place of an editor's scope. */
    public record ScopePlace(long id, String code, String name) {}
}
