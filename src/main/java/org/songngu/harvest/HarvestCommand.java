package org.songngu.harvest;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.songngu.glossary.Glossary;
import org.songngu.glossary.GlossaryCsvReader;
import org.songngu.glossary.GlossaryFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code harvest --in PATH --out DIR}: pairs the French, Vietnamese and English pages of a crawl
 * (WARC files or saved pages) into article folders ready for {@code run}. No database: the pairs,
 * the review list and the unpaired pages are files in {@code DIR/.harvest/}.
 */
@Command(
        name = "harvest",
        mixinStandardHelpOptions = true,
        description = {
            "Pair the pages of a web crawl into article folders for run.",
            "--in: a .warc/.warc.gz file, a folder of them, or a folder of saved .html pages.",
            "Pairs below --accept go to the review list (DIR/.harvest/pairs.tsv, the /harvest page)."
        })
public final class HarvestCommand implements Callable<Integer> {

    static final Path DEFAULT_GLOSSARY = Path.of("glossary");

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--in",
            required = true,
            paramLabel = "PATH",
            description = "WARC file, folder of WARC files, or folder of .html pages")
    private Path in;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "corpus folder to write the articles into (created when missing)")
    private Path out;

    @Option(
            names = "--glossary",
            paramLabel = "PATH",
            description = "glossary CSV file or folder, for content pairing (default: glossary/ when it exists)")
    private Path glossaryPath;

    @Option(names = "--no-glossary", description = "pair without glossary terms")
    private boolean noGlossary;

    @Option(
            names = "--lexicon",
            paramLabel = "TMX",
            description = {
                "a translation memory (export-tmx of a previous run,"
                        + " or any TMX with French) to learn the aligner's lexicon from: pairs whose words "
                        + "translate each other"
                        + " score higher (repeatable)"
            })
    private List<Path> lexicons = new java.util.ArrayList<>();

    @Option(
            names = "--accept",
            paramLabel = "SCORE",
            description = "lowest score of a pair written to the corpus (default: ${DEFAULT-VALUE})",
            defaultValue = "0.75")
    private double accept;

    @Option(
            names = "--review",
            paramLabel = "SCORE",
            description = "lowest score of a pair put on the review list (default: ${DEFAULT-VALUE})",
            defaultValue = "0.35")
    private double review;

    @Option(
            names = "--max-page-mb",
            paramLabel = "MB",
            description = "largest page read (default: ${DEFAULT-VALUE})",
            defaultValue = "5")
    private double maxPageMegabytes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        HarvestSettings settings;
        try {
            settings = new HarvestSettings(
                    (long) (maxPageMegabytes * 1024 * 1024),
                    accept,
                    review,
                    HarvestSettings.defaults().candidatesPerPage());
        } catch (IllegalArgumentException e) {
            err.println("songngu harvest: " + e.getMessage());
            return 2;
        }
        try {
            Glossary glossary = glossary();
            List<PageSource> sources = HarvestSources.of(in, settings.maxPageBytes());
            if (Files.exists(this.out) && !Files.isDirectory(this.out)) {
                err.println("songngu harvest: output " + this.out + " is not a folder");
                return 2;
            }
            TranslatedWords lexicon = lexicon(glossary, out);
            HarvestResult result = new Harvester(settings, glossary, lexicon)
                    .harvest(
                            sources,
                            new HarvestFolder(this.out),
                            problem -> err.println("songngu harvest: " + problem));
            out.printf(
                    Locale.ROOT,
                    "read %d HTML pages (%d other records skipped), kept %d (%d duplicates), %d problems%n",
                    result.pagesRead(),
                    result.skipped(),
                    result.kept(),
                    result.duplicates(),
                    result.problems().size());
            out.printf(
                    Locale.ROOT,
                    "pairs: %d into %d article folders in %s, %d for review, %d pages unpaired%n",
                    result.accepted(),
                    result.articles(),
                    this.out,
                    result.forReview(),
                    result.unpaired().size());
            out.printf(
                    Locale.ROOT,
                    "review list and evidence: %s%n",
                    this.out.resolve(HarvestFolder.STATE).resolve("pairs.tsv"));
            return 0;
        } catch (IllegalArgumentException | GlossaryFormatException e) {
            err.println("songngu harvest: " + e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            err.println("songngu harvest: " + e.getMessage());
            return 1;
        }
    }

    /** The lexicon learned from the --lexicon memories, or none. */
    private TranslatedWords lexicon(Glossary glossary, PrintWriter out) {
        if (lexicons.isEmpty()) {
            return TranslatedWords.none();
        }
        for (Path memory : lexicons) {
            if (!Files.isRegularFile(memory)) {
                throw new IllegalArgumentException("lexicon memory " + memory + " is not a file; give --lexicon a TMX"
                        + " file (export-tmx writes one)");
            }
        }
        MemoryLexicon.Learned learned = MemoryLexicon.learn(lexicons, glossary, MemoryLexicon.DEFAULT_BUDGET);
        out.printf(
                Locale.ROOT,
                "lexicon: %d word links, %s (%s)%n",
                learned.words().links(),
                learned.words().source(),
                String.join(
                        ", ",
                        learned.units().entrySet().stream()
                                .map(e -> e.getValue() + " fr-" + e.getKey().code() + " units")
                                .toList()));
        return learned.words();
    }

    private Glossary glossary() {
        if (noGlossary) {
            return Glossary.empty();
        }
        Path file = glossaryPath != null ? glossaryPath : Files.exists(DEFAULT_GLOSSARY) ? DEFAULT_GLOSSARY : null;
        if (file != null && !Files.exists(file)) {
            throw new IllegalArgumentException(
                    "glossary " + file + " does not exist; give --glossary PATH or --no-glossary");
        }
        return file == null ? Glossary.empty() : new GlossaryCsvReader().read(file);
    }
}
