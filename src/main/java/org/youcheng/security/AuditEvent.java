package org.youcheng.security;

import java.time.Instant;

/**
 * One entry of the audit trail: who ({@code actorName}, and the account id when there is one) did what
 * ({@code action} on {@code entity} {@code entityId}) when and from where ({@code channel}: web, api or cli), with
 * the record's values before and after as JSON text (null for a create's before and a delete's after).
 */
public record AuditEvent(
        long id,
        Instant at,
        Long actorId,
        String actorName,
        String channel,
        String action,
        String entity,
        Long entityId,
        String before,
        String after) {}
