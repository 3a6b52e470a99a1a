package org.youcheng.io;

/** A file that cannot be read as a tie table at all (wrong encoding, unknown columns, not an xlsx …). */
public class BadFileException extends RuntimeException {
    public BadFileException(String message) {
        super(message);
    }

    public BadFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
