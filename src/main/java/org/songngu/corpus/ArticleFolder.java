package org.songngu.corpus;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One article folder of the corpus as found on disk, already checked for its shape: a French
 * version, at most one file per language, an optional {@code meta.properties}.
 *
 * @param id    the article id, which is the folder name
 * @param dir   the folder
 * @param files the version file of each language present ({@code fr.txt} or {@code fr.html}, ...);
 *              always holds {@link Language#FR}
 * @param meta  the {@code meta.properties} file, or {@code null} when there is none
 */
public record ArticleFolder(String id, Path dir, Map<Language, Path> files, Path meta) {

    public ArticleFolder {
        Objects.requireNonNull(dir, "dir");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank");
        }
        if (files == null || !files.containsKey(Language.FR)) {
            throw new IllegalArgumentException("article " + id + " needs a French version");
        }
        files = Collections.unmodifiableMap(new EnumMap<>(files));
    }

    /** The {@code meta.properties} file, when the article has one. */
    public Optional<Path> metaFile() {
        return Optional.ofNullable(meta);
    }
}
