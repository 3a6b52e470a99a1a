package org.youcheng.common;

/** A record that was asked for by id or name and does not exist. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }

    /** No place has this id: the one wording of it, for the API, the pages and the command line alike. */
    public static NotFoundException place(long id) {
        return new NotFoundException("no place with id " + id);
    }
}
