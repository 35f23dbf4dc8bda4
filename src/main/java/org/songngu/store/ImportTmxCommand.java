package org.songngu.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.songngu.tmx.TmxFormatException;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code import-tmx --in FILE [--as ID]}: stores an existing memory as approved pairs. */
@Component
@Scope("prototype")
@Command(name = "import-tmx", mixinStandardHelpOptions = true,
        description = {"Import a TMX memory as approved pairs.", "They are exported with the rest and teach the aligner's lexicon."})
public class ImportTmxCommand implements Callable<Integer> {

    private final TmxImport importer;

    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "The TMX file.")
    Path file;

    @Option(names = "--as", paramLabel = "ID", description = "Article id to store it as (default: tmx-FILENAME).")
    String articleId;

    public ImportTmxCommand(TmxImport importer) {
        this.importer = importer;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("import-tmx: no file " + file);
            return 1;
        }
        String id = articleId != null ? articleId
                : "tmx-" + file.getFileName().toString().replaceAll("\\.tmx$", "").replaceAll("[^\\p{L}\\p{N}._-]", "-");
        try {
            TmxImport.Result result = importer.importFile(file, id);
            spec.commandLine().getOut().printf("import-tmx: %d unit(s) as article %s (%d with Vietnamese, %d with English, "
                    + "%d without French or a translation left out)%n", result.units(), result.articleId(),
                    result.vietnamese(), result.english(), result.skipped());
            return 0;
        } catch (TmxFormatException e) {
            spec.commandLine().getErr().println("import-tmx: " + file + ": " + e.getMessage());
            return 1;
        } catch (IOException e) {
            spec.commandLine().getErr().println("import-tmx: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
    }
}
