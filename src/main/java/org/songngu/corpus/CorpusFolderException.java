package org.songngu.corpus;

import java.nio.file.Path;

/**
 * The corpus folder itself cannot be used (missing, not a folder, unreadable): the whole run
 * stops, unlike {@link ArticleInputException}, which concerns one article.
 */
public class CorpusFolderException extends RuntimeException {

    private final Path folder;

    public CorpusFolderException(Path folder, String reason) {
        super("corpus folder " + folder.toAbsolutePath().normalize() + ": " + reason);
        this.folder = folder;
    }

    public CorpusFolderException(Path folder, String reason, Throwable cause) {
        this(folder, reason);
        initCause(cause);
    }

    public Path folder() {
        return folder;
    }
}
