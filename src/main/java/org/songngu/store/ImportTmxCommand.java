package org.songngu.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.songngu.tmx.TmxFormatException;
import org.springframework.context.annotation.Scope;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code import-tmx --in FILE [--as ID] [--replace] [--status pending|approved]}: stores a TMX memory
 * (all of it or nothing), prints what it stored and what it could not keep, and its progress on
 * standard error during long imports. Exit status 0 done, 1 the import failed or was refused (nothing
 * stored), 2 bad options.
 */
@Component
@Scope("prototype")
@Command(
        name = "import-tmx",
        mixinStandardHelpOptions = true,
        description = {
            "Import a TMX memory, keeping its metadata.",
            "Songngu's own exports come back as they were; imported pairs teach the aligner's lexicon."
        })
public class ImportTmxCommand implements Callable<Integer> {

    private final TmxImport importer;

    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "The TMX file.")
    Path file;

    @Option(
            names = "--as",
            paramLabel = "ID",
            description = "Store every unit in this article (default: the article each unit's x-document names, else "
                    + "tmx-FILENAME).")
    String articleId;

    @Option(
            names = "--replace",
            description = "Replace an article an earlier import stored (a corpus article is never replaced).")
    boolean replace;

    @Option(
            names = "--status",
            defaultValue = "pending",
            paramLabel = "STATUS",
            description = "Review status of units that carry none: pending (default) or approved.")
    String status;

    public ImportTmxCommand(TmxImport importer) {
        this.importer = importer;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(file)) {
            err.println("import-tmx: no file " + file);
            return 1;
        }
        String fileName = file.getFileName().toString();
        String defaultArticle = "tmx-" + fileName.replaceAll("(?i)\\.tmx$", "").replaceAll("[^\\p{L}\\p{N}._-]", "-");
        TmxImport.Options options;
        try {
            options = new TmxImport.Options(
                    articleId,
                    defaultArticle.length() > 200 ? defaultArticle.substring(0, 200) : defaultArticle,
                    replace,
                    status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("import-tmx: " + e.getMessage());
            return 2;
        }
        try {
            TmxImport.Report report = importer.importFile(file, options, progress -> {
                err.printf(
                        Locale.ROOT,
                        "import-tmx: %,d unit(s) read, %d%% of the file%n",
                        progress.units(),
                        progress.percent());
                err.flush();
            });
            print(out, report);
            return 0;
        } catch (ImportRefusedException e) {
            err.println("import-tmx: " + fileName + ": " + e.getMessage() + "; nothing was stored");
            return 1;
        } catch (TmxFormatException e) {
            err.println("import-tmx: " + file + ": " + e.getMessage() + "; nothing was stored");
            return 1;
        } catch (IOException e) {
            err.println("import-tmx: cannot read " + file + ": " + e.getMessage() + "; nothing was stored");
            return 1;
        } catch (DataAccessException e) {
            err.println("import-tmx: " + fileName + ": the database refused the import ("
                    + e.getMostSpecificCause().getMessage() + "); nothing was stored");
            return 1;
        }
    }

    private static void print(PrintWriter out, TmxImport.Report report) {
        // A memory may hold thousands of articles: name the first few.
        String articles = report.articles().entrySet().stream()
                        .limit(10)
                        .map(entry -> entry.getKey() + " (" + entry.getValue() + ")")
                        .collect(Collectors.joining(", "))
                + (report.articles().size() > 10 ? " and " + (report.articles().size() - 10) + " more" : "");
        out.printf(
                Locale.ROOT,
                "import-tmx: %d unit(s) stored in %d article(s): %s%n",
                report.stored(),
                report.articles().size(),
                articles.isEmpty() ? "none" : articles);
        out.printf(
                Locale.ROOT,
                "import-tmx: %d with Vietnamese, %d with English; %d approved, %d pending or rejected"
                        + " (%d without a status got the default)%n",
                report.vietnamese(),
                report.english(),
                report.approved(),
                report.stored() - report.approved(),
                report.defaultStatus());
        if (report.duplicates() > 0) {
            out.printf(
                    Locale.ROOT,
                    "import-tmx: %d identical unit(s) dropped (same article, tuid and texts as an" + " earlier one)%n",
                    report.duplicates());
        }
        if (report.skipped() > 0) {
            out.printf(
                    Locale.ROOT,
                    "import-tmx: %d unit(s) without French or without a Vietnamese or English"
                            + " translation left out%n",
                    report.skipped());
        }
        if (report.repeatedLanguage() > 0) {
            out.printf(
                    Locale.ROOT,
                    "import-tmx: %d unit(s) with two variants in one language: the first was kept, the"
                            + " others were not stored (e.g. %s)%n",
                    report.repeatedLanguage(),
                    String.join("; ", report.repeatedExamples()));
        }
        for (Map.Entry<String, Long> dropped : report.dropped().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .toList()) {
            out.printf(Locale.ROOT, "import-tmx: not kept: %s (%d unit(s))%n", dropped.getKey(), dropped.getValue());
        }
    }
}
