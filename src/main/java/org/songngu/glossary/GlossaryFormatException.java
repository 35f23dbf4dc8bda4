package org.songngu.glossary;

import java.nio.file.Path;

/** A glossary file that cannot be read, with the file and line a terminologist must fix. */
public class GlossaryFormatException extends RuntimeException {

    private final Path file;
    private final long line;

    public GlossaryFormatException(Path file, long line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
    }

    public GlossaryFormatException(Path file, long line, String reason, Throwable cause) {
        this(file, line, reason);
        initCause(cause);
    }

    public Path file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when it concerns the whole file. */
    public long line() {
        return line;
    }
}
