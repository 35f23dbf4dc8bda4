package org.songngu.tmx;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code export-tmx --pair fr-vi|fr-en|fr-vi-en --out FILE [--status approved|any] [--min-confidence X]
 * [--article ID]... [--from DATE] [--to DATE] [--exclude-findings CATEGORY]...}: streams the units of
 * a {@link TmxUnitSource} into a TMX 1.4b file and prints one summary line. The file is written under
 * a temporary name beside {@code FILE} and moved into place only when complete, so a failed export
 * leaves no half-written file. Exit status: 0 done, 1 the export failed, 2 bad options.
 */
@Command(name = "export-tmx", mixinStandardHelpOptions = true,
        description = {"Export aligned pairs as TMX 1.4b.", "Approved units only unless --status any."})
public final class ExportTmxCommand implements Callable<Integer> {

    private final TmxUnitSource source;
    private final TmxExportSettings settings;

    @Spec
    private CommandSpec spec;

    @Option(names = "--pair", required = true, paramLabel = "PAIR", description = "fr-vi, fr-en or fr-vi-en")
    private String pair;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the TMX file to write (replaced if it exists)")
    private Path out;

    @Option(names = "--status", defaultValue = "approved", paramLabel = "STATUS",
            description = "approved (default) or any")
    private String status;

    @Option(names = "--min-confidence", defaultValue = "0", paramLabel = "X",
            description = "keep units with confidence >= X, in [0, 1] (default 0)")
    private double minConfidence;

    @Option(names = "--article", paramLabel = "ID", description = "only this article (repeatable)")
    private List<String> articles = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "only articles dated on or after DATE (yyyy-mm-dd)")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "only articles dated on or before DATE (yyyy-mm-dd)")
    private LocalDate to;

    @Option(names = "--exclude-findings", paramLabel = "CATEGORY",
            description = "leave out units whose French has a finding of this LanguageTool category (repeatable)")
    private List<String> excludedFindings = new ArrayList<>();

    public ExportTmxCommand(TmxUnitSource source) {
        this(source, TmxExportSettings.defaults());
    }

    public ExportTmxCommand(TmxUnitSource source, TmxExportSettings settings) {
        this.source = source;
        this.settings = settings;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ExportRequest request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            err.println("export-tmx: " + e.getMessage());
            return 2;
        }
        try {
            long units = export(request);
            spec.commandLine().getOut().printf("export-tmx: wrote %d unit(s) (%s, %s) to %s%n", units,
                    request.pair().pairName(), request.filter().approvedOnly() ? "approved" : "any status", out);
            return 0;
        } catch (IOException | UncheckedIOException e) {
            err.println("export-tmx: cannot write " + out + ": " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("export-tmx: bad unit from the store, nothing written: " + e.getMessage());
            return 1;
        }
    }

    private ExportRequest request() {
        TmxPair tmxPair = TmxPair.fromName(pair);
        TmxExportFilter filter = new TmxExportFilter(TmxExportFilter.approvedOnly(status), minConfidence, Set.copyOf(articles), from, to,
                Set.copyOf(excludedFindings));
        if (Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " is a folder, expected a file");
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("cannot write " + out + ": folder " + folder + " does not exist");
        }
        return new ExportRequest(tmxPair, filter, settings.codes());
    }

    /** Writes to a temporary sibling and moves it onto {@code out} once the document is complete. */
    private long export(ExportRequest request) throws IOException {
        Path target = out.toAbsolutePath();
        Path partial = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        boolean moved = false;
        try {
            long units = new TmxExport(source, settings)
                    .writeTo(Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW), request);
            move(partial, target);
            moved = true;
            return units;
        } finally {
            if (!moved) {
                Files.deleteIfExists(partial);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
