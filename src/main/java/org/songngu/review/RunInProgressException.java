package org.songngu.review;

/** An admin asked for a run while one is under way. 409. */
public class RunInProgressException extends RuntimeException {

    public RunInProgressException(String message) {
        super(message);
    }
}
