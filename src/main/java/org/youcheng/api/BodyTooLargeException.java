package org.youcheng.api;

/** A request body over the API's limit; answered with 413. */
class BodyTooLargeException extends RuntimeException {

    BodyTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
    }

    BodyTooLargeException(String message) {
        super(message);
    }
}
