package org.youcheng.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * A sister or partner tie that would enter the registry without the approval path, by someone who may not record
 * one signed outside it. Forms show it next to the kind; the API answers 403.
 */
public class SignedRecordRefused extends AccessDeniedException {

    public SignedRecordRefused(String message) {
        super(message);
    }
}
