package org.songngu.glossary;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.songngu.corpus.Language;

/**
 * Reads glossary CSV files: UTF-8, RFC 4180 quoting, a header {@code fr,vi,en,note}, one concept a
 * row, variants inside a cell separated by {@code |}. A malformed file is rejected whole, with the
 * line and the reason, so that a half-read glossary never silently weakens the aligner.
 */
public final class GlossaryCsvReader {

    static final List<String> HEADER = List.of("fr", "vi", "en", "note");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .get();

    /** Reads one CSV file, or every {@code *.csv} file of a folder in name order; any problem rejects it all. */
    public Glossary read(Path path) {
        return load(path, problem -> {
            throw problem;
        });
    }

    /**
     * Reads like {@link #read} but keeps going: a bad row is left out, a file that cannot be read at
     * all is left out, and each is reported, so that one typo does not stop a scheduled run.
     */
    public GlossaryLoad readLenient(Path path) {
        List<GlossaryFormatException> problems = new ArrayList<>();
        Glossary glossary = load(path, problems::add);
        return new GlossaryLoad(glossary, problems);
    }

    private Glossary load(Path path, Consumer<GlossaryFormatException> problems) {
        List<Path> files;
        if (Files.isDirectory(path)) {
            files = csvFilesIn(path);
        } else if (Files.isRegularFile(path)) {
            files = List.of(path);
        } else {
            problems.accept(new GlossaryFormatException(path, 0, "no glossary file or folder at this path"));
            return Glossary.empty();
        }
        List<Term> terms = new ArrayList<>();
        for (Path file : files) {
            try {
                readFile(file, terms, problems);
            } catch (GlossaryFormatException e) {
                problems.accept(e);
            }
        }
        return new Glossary(terms);
    }

    private static List<Path> csvFilesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".csv"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list glossary folder " + folder, e);
        }
    }

    private void readFile(Path file, List<Term> terms, Consumer<GlossaryFormatException> problems) {
        String content = decode(file);
        List<Term> read = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(content);
                CSVParser parser = FORMAT.parse(reader)) {
            boolean headerSeen = false;
            LineCounter lines = new LineCounter(content);
            for (CSVRecord row : parser) {
                long line = row.getCharacterPosition() >= 0 ? lines.lineAt(row.getCharacterPosition()) : 0;
                if (!headerSeen) {
                    checkHeader(file, line, row);
                    headerSeen = true;
                } else {
                    try {
                        read.add(term(file, line, row));
                    } catch (GlossaryFormatException e) {
                        problems.accept(e);
                    }
                }
            }
            if (!headerSeen) {
                throw new GlossaryFormatException(file, 0, "empty file: expected the header fr,vi,en,note");
            }
            terms.addAll(read);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports unbalanced quotes as IOException/UncheckedIOException with its own position.
            throw new GlossaryFormatException(file, 0, "malformed CSV: " + e.getMessage(), e);
        }
    }

    private static String decode(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new GlossaryFormatException(file, 0, "not valid UTF-8", e);
        } catch (IOException e) {
            throw new GlossaryFormatException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Line numbers of positions met in ascending order (the parser's rows): counts each character
     * once, where counting from the start for every row was a quarter of the glossary read's samples
     * in a short align (JFR).
     */
    private static final class LineCounter {
        private final String content;
        private int position;
        private long line = 1;

        LineCounter(String content) {
            this.content = content;
        }

        long lineAt(long target) {
            if (target < position) {
                position = 0;
                line = 1;
            }
            for (; position < target && position < content.length(); position++) {
                if (content.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private static void checkHeader(Path file, long line, CSVRecord row) {
        List<String> names =
                row.stream().map(String::strip).map(String::toLowerCase).toList();
        if (!names.equals(HEADER)) {
            throw new GlossaryFormatException(
                    file, line, "expected the header fr,vi,en,note but found " + String.join(",", names));
        }
    }

    private static Term term(Path file, long line, CSVRecord row) {
        if (row.size() != HEADER.size()) {
            throw new GlossaryFormatException(
                    file,
                    line,
                    "expected 4 cells (fr,vi,en,note) but found " + row.size() + " (quote a cell that holds a comma)");
        }
        Map<Language, List<String>> variants = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            variants.put(language, variants(file, line, language, row.get(HEADER.indexOf(language.code()))));
        }
        if (variants.get(Language.FR).isEmpty()) {
            throw new GlossaryFormatException(file, line, "the French cell is empty");
        }
        if (variants.get(Language.VI).isEmpty() && variants.get(Language.EN).isEmpty()) {
            throw new GlossaryFormatException(file, line, "no Vietnamese nor English variant");
        }
        return new Term(variants, row.get(3).strip(), (int) line);
    }

    private static List<String> variants(Path file, long line, Language language, String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        List<String> forms = Arrays.stream(cell.split("\\|", -1))
                .map(form -> Normalizer.normalize(SPACES.matcher(form.strip()).replaceAll(" "), Normalizer.Form.NFC))
                .toList();
        if (forms.stream().anyMatch(String::isEmpty)) {
            throw new GlossaryFormatException(
                    file, line, "empty variant in the " + language.code() + " cell '" + cell + "'");
        }
        return forms;
    }
}
