package org.songngu.quality;

import java.io.IOException;
import java.nio.file.Path;
import org.languagetool.Language;

/**
 * Makes, at build time, the {@link LanguageToolCacheFile} the jar ships: what LanguageTool's French
 * start-up computes (the word lists' tokens, the speller's dictionary), so that the first run of
 * {@code check-french} on a machine reads it instead of spending seconds computing it. Run by the
 * build ({@code pom.xml}, phase {@code prepare-package}) with the application's class path, so the
 * file's key is the LanguageTool the jar holds; a run with another LanguageTool finds no file of its
 * key and computes everything, as before.
 *
 * <p>The contents are computed the way a run computes them ({@link LanguageToolPreload#loadSpelling}
 * from nothing), so a first run and a later one start from the same bytes.
 */
public final class ShippedStartUpCache {

    private ShippedStartUpCache() {}

    /**
     * @param args the folder of the resource ({@code target/classes/org/songngu/quality/start-up})
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ShippedStartUpCache FOLDER");
            System.exit(2);
        }
        String problem;
        try {
            problem = write(Path.of(args[0]));
        } catch (IOException | RuntimeException e) {
            problem = e.toString();
        }
        if (problem != null) {
            System.err.println("cannot write LanguageTool's start-up cache into " + args[0] + ": " + problem);
            System.exit(1);
        }
    }

    /** Computes and writes the file into {@code folder}; null when written, else why not. */
    static String write(Path folder) throws IOException {
        LanguageToolCacheFile file = new LanguageToolCacheFile(folder, LanguageToolCacheFile.languageToolKey());
        if (file.read().problem() == null) {
            return null; // made by an earlier build for this LanguageTool: the same bytes
        }
        Language french = FrenchChecker.sharedFrench();
        TokenizerMemo memo = LanguageToolPreload.loadSpelling(french, LanguageToolCacheFile.Contents.EMPTY, () -> {});
        LanguageToolCacheFile.Contents contents =
                new LanguageToolCacheFile.Contents(memo.remembered(), SpellerDictionaries.saved());
        if (contents.tokens().isEmpty() || contents.dictionaries().isEmpty()) {
            return "LanguageTool computed nothing to keep (its internals changed?)";
        }
        return file.write(contents);
    }
}
