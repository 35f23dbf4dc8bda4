package org.songngu.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the article folders of a corpus: one sub-folder per article holding {@code fr.txt} or
 * {@code fr.html}, optionally {@code vi.*} and {@code en.*}, and an optional {@code meta.properties}.
 * Files and hidden folders at the top level (a README, {@code .git}) are ignored, as are other files
 * inside an article folder. Stateless and thread-safe.
 */
public final class CorpusScanner {

    static final String META_FILE = "meta.properties";

    private CorpusScanner() {}

    /**
     * Scans {@code corpusDir}.
     *
     * @throws CorpusFolderException when the folder does not exist, is not a folder or cannot be listed
     */
    public static CorpusScan scan(Path corpusDir) {
        if (!Files.exists(corpusDir)) {
            throw new CorpusFolderException(corpusDir, "does not exist");
        }
        if (!Files.isDirectory(corpusDir)) {
            throw new CorpusFolderException(corpusDir, "is not a folder");
        }
        List<ArticleFolder> articles = new ArrayList<>();
        List<ArticleInputException> rejected = new ArrayList<>();
        for (Path dir : articleDirs(corpusDir)) {
            try {
                articles.add(readFolder(dir));
            } catch (ArticleInputException e) {
                rejected.add(e);
            }
        }
        return new CorpusScan(articles, rejected);
    }

    private static List<Path> articleDirs(Path corpusDir) {
        try (Stream<Path> children = Files.list(corpusDir)) {
            return children.filter(Files::isDirectory)
                    .filter(dir -> !dir.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(dir -> dir.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new CorpusFolderException(corpusDir, "cannot be listed (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Checks the shape of one article folder, for a caller that handles a single article.
     *
     * @throws ArticleInputException when it has no French version or two files for one language
     */
    public static ArticleFolder readFolder(Path dir) {
        String id = dir.getFileName().toString();
        Path corpusDir = dir.toAbsolutePath().getParent();
        CorpusFileCheck.checkFolder(corpusDir, dir);
        Map<Language, Path> files = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Path text = dir.resolve(language.code() + ".txt");
            Path html = dir.resolve(language.code() + ".html");
            boolean hasText = present(corpusDir, id, text);
            boolean hasHtml = present(corpusDir, id, html);
            if (hasText && hasHtml) {
                throw new ArticleInputException(
                        id,
                        null,
                        "both " + text.getFileName() + " and " + html.getFileName() + " are present; keep only one");
            }
            if (hasText || hasHtml) {
                files.put(language, hasText ? text : html);
            }
        }
        if (!files.containsKey(Language.FR)) {
            throw new ArticleInputException(id, null, "no French version (fr.txt or fr.html)");
        }
        Path meta = dir.resolve(META_FILE);
        return new ArticleFolder(id, dir, files, present(corpusDir, id, meta) ? meta : null);
    }

    /** Whether the article has this file; one that is there but may not be read is refused (CorpusFileCheck). */
    private static boolean present(Path corpusDir, String id, Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        CorpusFileCheck.checkFile(corpusDir, id, file);
        return true;
    }
}
