package org.youcheng.security;

import java.time.Instant;
import org.youcheng.security.internal.AuditCsv;

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

    /**
     * A query from text as people type it (the API's parameters, the page's filters, the command line's options):
     * dates or instants ({@link AuditCsv#instant}), blanks as no filter.
     */
    public static AuditQuery of(String since, String until, String entity, Long entityId, String actor, int limit) {
        if (limit < 1 || limit > MAX) {
            throw org.youcheng.common.ValidationException.of("limit", limit, "from 1 to " + MAX);
        }
        return new AuditQuery(
                AuditCsv.instant("since", since, false),
                AuditCsv.instant("until", until, true),
                blank(entity),
                entityId,
                blank(actor),
                limit);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
