package org.songngu.batch;

import java.sql.SQLException;

/** One line that says why an article failed, from an exception that may span many. */
final class FailureReasons {

    private static final int MAX_CHARS = 300;

    private FailureReasons() {}

    /**
     * The innermost cause's message on one line, without the SQL statement or row a driver appends,
     * at most 300 characters: {@code Check constraint violation: "SENTENCE_CHECK: ..."}. The log keeps the rest.
     */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // Drivers spread a message over lines and append the statement (H2) or the failing row (PostgreSQL).
        String message = root.getMessage() == null
                ? ""
                : root.getMessage().replaceAll("\\s+", " ").strip();
        for (String tail : new String[] {"SQL statement:", " Detail:", " Where:", " Position:"}) {
            int at = message.indexOf(tail);
            if (at >= 0) {
                message = message.substring(0, at).replaceFirst(";? *$", "");
            }
        }
        message = message.replaceFirst("^ERROR: ", "");
        String line = message.isEmpty()
                ? root.getClass().getSimpleName()
                : root instanceof SQLException ? message : root.getClass().getSimpleName() + ": " + message;
        line = line.replaceAll("\\p{Cntrl}", " ");
        return line.length() <= MAX_CHARS ? line : line.substring(0, MAX_CHARS - 1) + "…";
    }
}
