package org.songngu.review;

/** The article, pair or bead a request names does not exist. 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
