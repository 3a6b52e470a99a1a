package org.youcheng.network;

/**
 * Graph work cannot be taken on now: as many computations as the settings allow are running or waiting, or the one
 * asked for did not finish in the time a request waits. The API answers 503 with Retry-After, the pages too.
 */
public class GraphBusyException extends RuntimeException {

    private final int retryAfterSeconds;

    public GraphBusyException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** When to ask again, in seconds. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
