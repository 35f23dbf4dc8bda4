package org.songngu.tmx;

/** A TMX file that is not well-formed XML or not TMX, with the line and column where reading stopped. */
public final class TmxFormatException extends RuntimeException {

    private final int line;
    private final int column;

    TmxFormatException(String message, int line, int column, Throwable cause) {
        super("line " + line + ", column " + column + ": " + message, cause);
        this.line = line;
        this.column = column;
    }

    /** 1-based line, or -1 when the parser could not tell. */
    public int line() {
        return line;
    }

    /** 1-based column, or -1 when the parser could not tell. */
    public int column() {
        return column;
    }
}
