package org.youcheng.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * A change the one acting may not make, with why as a stable code that pages and the API put into words of their
 * language ({@code refusal.<code>} in the message bundles); the message stays English for logs.
 *
 * @see Permissions
 */
public class Refusal extends AccessDeniedException {

    /** Why: the role changes nothing, the place lies outside the scope, the step is another office's. */
    public enum Reason {
        SIGN_IN,
        VIEWER,
        SCOPE,
        PROVINCE,
        ADMIN,
        MEND,
        OWN_APPLICATION;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Reason reason;
    private final Long placeId;

    public Refusal(Reason reason, Long placeId, String message) {
        super(message);
        this.reason = reason;
        this.placeId = placeId;
    }

    public Reason reason() {
        return reason;
    }

    /** The place the refused change belongs to, or null. */
    public Long placeId() {
        return placeId;
    }
}
