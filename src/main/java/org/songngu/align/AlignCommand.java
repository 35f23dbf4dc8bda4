package org.songngu.align;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.songngu.glossary.Glossary;
import org.songngu.glossary.GlossaryCsvReader;
import org.songngu.glossary.GlossaryFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code align --src-lang fr --tgt-lang vi --in DIR --out DIR [--glossary PATH]}: aligns every
 * {@code X.src}/{@code X.tgt} pair of a folder as one batch and writes {@code X.align} files in the
 * Vecalign format. Input is checked whole before anything is written; any problem is reported
 * with the file it concerns and exit status 1.
 */
@Command(
        name = "align",
        mixinStandardHelpOptions = true,
        description = {
            "Align pre-split X.src/X.tgt files into X.align (no database).",
            "X.src and X.tgt in --in (one sentence a line), X.align in --out (Vecalign beads)."
        })
public final class AlignCommand implements Callable<Integer> {

    static final Path DEFAULT_GLOSSARY = Path.of("glossary");

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--src-lang",
            required = true,
            paramLabel = "LANG",
            description = "source language code (fr, vi, en, or any other)")
    private String sourceLanguage;

    @Option(names = "--tgt-lang", required = true, paramLabel = "LANG", description = "target language code")
    private String targetLanguage;

    @Option(
            names = "--in",
            required = true,
            paramLabel = "DIR",
            description = "folder holding X.src and X.tgt (UTF-8, one sentence a line)")
    private Path in;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "folder for X.align (created when missing)")
    private Path out;

    @Option(
            names = "--glossary",
            paramLabel = "PATH",
            description = "glossary CSV file or folder (default: glossary/ when it exists)")
    private Path glossaryPath;

    @Option(names = "--with-confidence", description = "append :CONFIDENCE to each bead (Vecalign's score field)")
    private boolean withConfidence;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<String> names = documentNames(in);
            Path glossaryFile =
                    glossaryPath != null ? glossaryPath : Files.exists(DEFAULT_GLOSSARY) ? DEFAULT_GLOSSARY : null;
            Glossary glossary = glossaryFile == null ? Glossary.empty() : new GlossaryCsvReader().read(glossaryFile);
            List<DocumentPair> documents = new ArrayList<>();
            for (String name : names) {
                documents.add(new DocumentPair(
                        name, readLines(in.resolve(name + ".src")), readLines(in.resolve(name + ".tgt"))));
            }
            Aligner aligner = new Aligner(AlignerSettings.defaults(), glossary.pairs(sourceLanguage, targetLanguage));
            List<Alignment> alignments = aligner.alignAll(documents);
            Files.createDirectories(out);
            for (int d = 0; d < names.size(); d++) {
                List<String> lines = alignments.get(d).beads().stream()
                        .map(bead -> VecalignFormat.format(bead, withConfidence))
                        .toList();
                Files.write(out.resolve(names.get(d) + ".align"), lines, StandardCharsets.UTF_8);
            }
            spec.commandLine()
                    .getOut()
                    .printf(
                            "aligned %d document(s) into %s (glossary: %s)%n",
                            names.size(),
                            out,
                            glossaryFile == null
                                    ? "none"
                                    : glossaryFile.toAbsolutePath().normalize() + ", " + glossary.size() + " terms");
            return 0;
        } catch (InputException | GlossaryFormatException e) {
            err.println("align: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("align: cannot write to " + out + ": " + e.getMessage());
            return 1;
        }
    }

    /** The X of every X.src, after checking each has its X.tgt and the reverse. */
    static List<String> documentNames(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InputException("input folder " + folder + " does not exist or is not a folder");
        }
        List<String> names;
        List<String> targets;
        try (Stream<Path> files = Files.list(folder)) {
            List<String> all =
                    files.map(file -> file.getFileName().toString()).sorted().toList();
            names = all.stream()
                    .filter(name -> name.endsWith(".src"))
                    .map(name -> name.substring(0, name.length() - 4))
                    .toList();
            targets = all.stream()
                    .filter(name -> name.endsWith(".tgt"))
                    .map(name -> name.substring(0, name.length() - 4))
                    .toList();
        } catch (IOException e) {
            throw new InputException("cannot list input folder " + folder + ": " + e.getMessage());
        }
        for (String name : names) {
            if (!targets.contains(name)) {
                throw new InputException(folder.resolve(name + ".src") + " has no matching " + name + ".tgt");
            }
        }
        for (String name : targets) {
            if (!names.contains(name)) {
                throw new InputException(folder.resolve(name + ".tgt") + " has no matching " + name + ".src");
            }
        }
        if (names.isEmpty()) {
            throw new InputException("no .src files in " + folder);
        }
        return names;
    }

    /** The lines of a UTF-8 file, a trailing newline not making an extra empty sentence. */
    static List<String> readLines(Path file) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isEmpty()) {
                return List.of();
            }
            List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
            if (lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            return lines;
        } catch (CharacterCodingException e) {
            throw new InputException(file + " is not valid UTF-8");
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Bad input, with a message that names the file. */
    static final class InputException extends RuntimeException {
        InputException(String message) {
            super(message);
        }
    }
}
