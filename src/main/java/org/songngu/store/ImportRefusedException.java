package org.songngu.store;

/** An import that would overwrite what it must not (a corpus article, an existing one without --replace). */
public class ImportRefusedException extends RuntimeException {

    public ImportRefusedException(String message) {
        super(message);
    }
}
