package org.songngu.review;

/** A bead action that cannot be done as asked (merge the last bead, split outside it...). 422. */
public class InvalidActionException extends RuntimeException {

    public InvalidActionException(String message) {
        super(message);
    }
}
