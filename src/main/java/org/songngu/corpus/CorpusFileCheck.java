package org.songngu.corpus;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Keeps the job inside the corpus folder. Whoever can drop a folder into the corpus must not make
 * the job read {@code /etc/passwd} or a process's environment into sentences every reviewer sees
 * and every TMX export carries, nor hang it on a FIFO. So an article folder or file is refused, with
 * the article and the file named, when it resolves (through symbolic links) outside the corpus
 * folder, is a device, a FIFO or a socket, or lies in {@code /proc}, {@code /sys} or {@code /dev}.
 * Links that stay inside the corpus are followed. Stateless.
 */
public final class CorpusFileCheck {

    static final String OUTSIDE = "links outside the corpus";

    private CorpusFileCheck() {}

    /**
     * Checks an article folder found in {@code corpusDir}.
     *
     * @throws ArticleInputException naming the article when the folder resolves outside the corpus
     */
    public static void checkFolder(Path corpusDir, Path dir) {
        String id = dir.getFileName().toString();
        Path real = resolve(id, null, dir);
        Path root = root(corpusDir, id);
        if (!real.startsWith(root) || real.equals(root)) {
            throw new ArticleInputException(id, null, OUTSIDE);
        }
    }

    /**
     * Checks one file of an article folder of {@code corpusDir}.
     *
     * @throws ArticleInputException naming the article and the file when it may not be read
     */
    public static void checkFile(Path corpusDir, String id, Path file) {
        String name = file.getFileName().toString();
        Path real = resolve(id, name, file);
        if (!real.startsWith(root(corpusDir, id))) {
            throw new ArticleInputException(id, name, OUTSIDE);
        }
        if (system(real)) { // a corpus folder placed in /proc, /sys or /dev
            throw new ArticleInputException(id, name, "is a system file (" + real + "), not an article");
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new ArticleInputException(id, name, "cannot be read (" + e + ")", e);
        }
        if (attributes.isDirectory()) {
            throw new ArticleInputException(id, name, "is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new ArticleInputException(id, name, "is not a regular file (a device, FIFO or socket)");
        }
    }

    /** Checks every file of {@code folder}, whose corpus is the folder's parent: just before reading. */
    public static void check(ArticleFolder folder) {
        Path corpusDir = folder.dir().toAbsolutePath().getParent();
        checkFolder(corpusDir, folder.dir());
        folder.files().values().forEach(file -> checkFile(corpusDir, folder.id(), file));
        folder.metaFile().ifPresent(meta -> checkFile(corpusDir, folder.id(), meta));
    }

    private static Path root(Path corpusDir, String id) {
        try {
            return corpusDir.toRealPath();
        } catch (IOException e) {
            throw new ArticleInputException(id, null, "the corpus folder cannot be resolved (" + e + ")", e);
        }
    }

    private static Path resolve(String id, String name, Path path) {
        try {
            return path.toRealPath();
        } catch (NoSuchFileException e) {
            throw new ArticleInputException(id, name, "links to a missing file", e);
        } catch (FileSystemException e) {
            // A loop of links, or a link that cannot be followed.
            throw new ArticleInputException(id, name, "cannot be resolved (" + e.getReason() + ")", e);
        } catch (IOException e) {
            throw new ArticleInputException(id, name, "cannot be resolved (" + e + ")", e);
        }
    }

    private static boolean system(Path real) {
        return real.startsWith("/proc") || real.startsWith("/sys") || real.startsWith("/dev");
    }
}
