package org.songngu.api;

/** A request whose parameters are out of bounds or malformed (a page size over the limit...). 400. */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
