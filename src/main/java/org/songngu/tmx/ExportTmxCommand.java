package org.songngu.tmx;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export-tmx --pair fr-vi|fr-en|fr-vi-en --out FILE [--status approved|any] [--min-confidence X]
 * [--article ID]... [--from DATE] [--to DATE] [--exclude-findings CATEGORY]...}: streams the units of
 * a {@link TmxUnitSource} into a TMX 1.4b file and prints one summary line. The file is written under
 * a temporary name beside {@code FILE} and moved into place only when complete, so a failed export
 * leaves no half-written file. Exit status: 0 done, 1 the export failed, 2 bad options.
 */
@Command(
        name = "export-tmx",
        mixinStandardHelpOptions = true,
        description = {"Export aligned pairs as TMX 1.4b.", "Approved units only unless --status any."})
public final class ExportTmxCommand implements Callable<Integer> {

    private final TmxUnitSource source;
    private final TmxExportSettings settings;

    @Spec
    private CommandSpec spec;

    @Option(names = "--pair", required = true, paramLabel = "PAIR", description = "fr-vi, fr-en or fr-vi-en")
    private String pair;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE",
            description = "the TMX file to write (an existing file is replaced only with --force)")
    private Path out;

    @Option(names = "--force", description = "replace FILE if it exists (it must be a regular file)")
    private boolean force;

    @Option(
            names = "--status",
            defaultValue = "approved",
            paramLabel = "STATUS",
            description = "approved (default) or any")
    private String status;

    @Option(
            names = "--min-confidence",
            defaultValue = "0",
            paramLabel = "X",
            description = "keep units with confidence >= X, in [0, 1] (default 0)")
    private double minConfidence;

    @Option(names = "--article", paramLabel = "ID", description = "only this article (repeatable)")
    private List<String> articles = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "only articles dated on or after DATE (yyyy-mm-dd)")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "only articles dated on or before DATE (yyyy-mm-dd)")
    private LocalDate to;

    @Option(
            names = "--exclude-findings",
            paramLabel = "CATEGORY",
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
            spec.commandLine()
                    .getOut()
                    .printf(
                            "export-tmx: wrote %d unit(s) (%s, %s) to %s%n",
                            units,
                            request.pair().pairName(),
                            request.filter().approvedOnly() ? "approved" : "any status",
                            out);
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
        TmxExportFilter filter = new TmxExportFilter(
                TmxExportFilter.approvedOnly(status),
                minConfidence,
                Set.copyOf(articles),
                from,
                to,
                Set.copyOf(excludedFindings));
        if (Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " is a folder, expected a file");
        }
        requireReplaceable(out.toAbsolutePath(), force);
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("cannot write " + out + ": folder " + folder + " does not exist");
        }
        return new ExportRequest(tmxPair, filter, settings.codes());
    }

    /**
     * Refuses a target that is there and is not a regular file (a device, a FIFO, a link: never
     * followed), and an existing file unless {@code force}.
     */
    private static void requireReplaceable(Path target, boolean force) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("--out " + target
                    + " exists and is not a regular file (a link, device or" + " pipe); refusing to replace it");
        }
        if (!force) {
            throw new IllegalArgumentException("--out " + target + " exists; give --force to replace it");
        }
    }

    /** Writes to a temporary sibling and moves it onto {@code out} once the document is complete. */
    private long export(ExportRequest request) throws IOException {
        Path target = out.toAbsolutePath();
        Path partial = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            long units = new TmxExport(source, settings)
                    .writeTo(Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW), request);
            place(partial, target);
            return units;
        } finally {
            // After a hard link the temporary name is left over too; after a move it is gone already.
            Files.deleteIfExists(partial);
        }
    }

    /**
     * Puts the finished file in place. Without {@code --force} a hard link creates the target only if
     * nothing took its name meanwhile; with it, the target is checked again just before the move.
     */
    private void place(Path partial, Path target) throws IOException {
        if (!force) {
            try {
                Files.createLink(target, partial);
                return;
            } catch (FileAlreadyExistsException e) {
                throw new IOException("it appeared during the export; give --force to replace it", e);
            } catch (UnsupportedOperationException | IOException e) {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException("it appeared during the export; give --force to replace it", e);
                }
                Files.move(partial, target); // file systems without hard links: no replace, refuses an existing target
                return;
            }
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("it was replaced by something that is not a regular file during the export");
        }
        move(partial, target);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
