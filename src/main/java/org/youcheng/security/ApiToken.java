package org.youcheng.security;

import java.time.Instant;

/** A personal API token as listed: never the token itself, which is shown once when it is made. */
public record ApiToken(
        long id,
        String account,
        String label,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt) {

    public boolean usable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
