package org.songngu.batch;

/** A run was asked for while another one, in this process or another, is still running. */
public class RunInProgressException extends IllegalStateException {

    public RunInProgressException(String message) {
        super(message);
    }
}
