package org.songngu.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The stamp of an article folder: what the file system says of it and of the files an article
 * can have there ({@code fr.txt}, {@code vi.html}, ..., {@code meta.properties}), without reading
 * any: for each, its kind, size, modification time (as fine as the file system keeps it) and
 * identity (device and inode), one line per name, in a fixed order. The folder's own entry changes
 * when a file is added, removed, renamed or replaced in it; a file written in place shows a new
 * size or time; a file replaced by another (rsync, an editor's save-as-rename) a new inode. A
 * symbolic link is described with its target, so that a link made to point elsewhere shows too.
 * It looks at the same names whether or not the folder is a valid article, so that a folder
 * refused for its shape or its links is also known unchanged until someone touches it. A run that
 * finds every folder with the stamp it stored has nothing to read. Stateless and thread-safe.
 *
 * <p>A folder with an entry modified within {@link #SETTLING} of the stamping gets no stamp: a
 * writer that changed it again within the same tick of the file system's clock, to the same size,
 * would otherwise go unseen for good (git's "racy" files). Such a folder is read again next time.
 */
public final class FolderStamps {

    /** Modifications closer than this to the stamping are not trusted to show in the time. */
    public static final Duration SETTLING = Duration.ofSeconds(2);

    /** The longest stamp: the bound of the column that keeps it. */
    public static final int MAX_CHARS = 2000;

    private static final List<String> NAMES = names();

    private FolderStamps() {}

    /**
     * The stamp of {@code dir}; empty when one of its entries was modified too recently to be
     * trusted, or cannot be described (the folder is gone, say).
     *
     * @param now the time of the stamping
     */
    public static Optional<String> of(Path dir, Instant now) {
        Instant settledAt = now.minus(SETTLING);
        long settled = TimeUnit.SECONDS.toNanos(settledAt.getEpochSecond()) + settledAt.getNano();
        StringBuilder stamp = new StringBuilder(256);
        try {
            for (String name : NAMES) {
                Path path = name.equals(".") ? dir : dir.resolve(name);
                BasicFileAttributes entry;
                try {
                    entry = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException e) {
                    if (name.equals(".")) {
                        return Optional.empty();
                    }
                    continue;
                }
                stamp.append(name).append(' ');
                if (!describe(entry, settled, stamp)) {
                    return Optional.empty();
                }
                if (entry.isSymbolicLink()) {
                    stamp.append(" -> ");
                    try {
                        if (!describe(Files.readAttributes(path, BasicFileAttributes.class), settled, stamp)) {
                            return Optional.empty();
                        }
                    } catch (NoSuchFileException e) {
                        stamp.append("missing");
                    }
                }
                stamp.append('\n');
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return stamp.length() <= MAX_CHARS ? Optional.of(stamp.toString()) : Optional.empty();
    }

    /** Appends kind, size, time and identity; false when the entry was modified too recently. */
    private static boolean describe(BasicFileAttributes attributes, long settled, StringBuilder stamp) {
        long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        char kind = attributes.isRegularFile()
                ? 'f'
                : attributes.isDirectory() ? 'd' : attributes.isSymbolicLink() ? 'l' : 'o';
        stamp.append(kind)
                .append(' ')
                .append(attributes.size())
                .append(' ')
                .append(modified)
                .append(' ')
                .append(attributes.fileKey());
        return modified < settled;
    }

    /** The folder itself, then the names an article folder's files can have. */
    private static List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(".");
        for (Language language : Language.values()) {
            names.add(language.code() + ".txt");
            names.add(language.code() + ".html");
        }
        names.add(CorpusScanner.META_FILE);
        return List.copyOf(names);
    }
}
