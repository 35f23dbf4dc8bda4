package org.songngu.store;

/** What one run did with one article. */
public enum RunOutcome {
    PROCESSED,
    UNCHANGED,
    FAILED;

    public String label() {
        return name().toLowerCase();
    }
}
