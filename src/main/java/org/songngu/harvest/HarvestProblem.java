package org.songngu.harvest;

/**
 * A record or page the harvest could not use, tied to where it comes from: the record's URL, or the
 * file and byte offset when the record is too damaged to name one. The harvest goes on after it.
 */
public record HarvestProblem(String where, String message) {

    /** One line: {@code https://site/fr/a.html: page is 52.0 MB, over the limit of 5.0 MB}. */
    @Override
    public String toString() {
        return where + ": " + message;
    }
}
