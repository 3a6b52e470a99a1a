package org.youcheng.security;

import java.time.Instant;

/**
 * Which audit entries to read: each filter may be null. {@code limit} caps the answer (newest entries last).
 *
 * @param actor an account name, or cli:NAME for the local operator
 */
public record AuditQuery(Instant since, Instant until, String entity, Long entityId, String actor, int limit) {

    public static final int MAX = 100_000;

    public AuditQuery {
        if (limit < 1 || limit > MAX) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX);
        }
    }
}
