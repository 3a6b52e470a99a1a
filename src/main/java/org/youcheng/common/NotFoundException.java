package org.youcheng.common;

/** A record that was asked for by id or name and does not exist. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
