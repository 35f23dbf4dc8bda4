package org.songngu.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the gold sentences of a Universal Dependencies treebank (CoNLL-U) as paragraphs: a
 * paragraph starts at each {@code # newdoc} or {@code # newpar} comment; a treebank without them
 * (French-GSD, French-Sequoia, Vietnamese-VTB) is cut into blocks of {@code blockSize} consecutive
 * sentences. A paragraph's text is its sentences joined by one space, so the only boundaries a
 * splitter can find or miss are the ones between its gold sentences.
 */
record UdTreebank(String name, List<List<String>> paragraphs) {

    private static final Pattern TEXT = Pattern.compile("^# text\\s*=\\s?(.*)$");
    private static final Pattern NEW_PARAGRAPH = Pattern.compile("^# new(?:doc|par)\\b.*");

    UdTreebank {
        paragraphs = List.copyOf(paragraphs);
    }

    /**
     * Reads a CoNLL-U file; {@code detokeniser} rewrites each paragraph's sentences (identity
     * for treebanks whose text is already running text).
     */
    static UdTreebank read(Path file, int blockSize, UnaryOperator<List<String>> detokeniser) throws IOException {
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        boolean marked = false;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (NEW_PARAGRAPH.matcher(line).matches()) {
                    marked = true;
                    flush(current, paragraphs, detokeniser);
                    continue;
                }
                Matcher text = TEXT.matcher(line);
                if (text.matches()) {
                    String sentence = text.group(1).strip();
                    if (sentence.isEmpty()) {
                        continue;
                    }
                    if (!marked && current.size() == blockSize) {
                        flush(current, paragraphs, detokeniser);
                    }
                    current.add(sentence);
                }
            }
        }
        flush(current, paragraphs, detokeniser);
        return new UdTreebank(file.getFileName().toString(), paragraphs);
    }

    private static void flush(
            List<String> current, List<List<String>> paragraphs, UnaryOperator<List<String>> detokeniser) {
        if (!current.isEmpty()) {
            paragraphs.add(List.copyOf(detokeniser.apply(List.copyOf(current))));
            current.clear();
        }
    }

    int sentences() {
        return paragraphs.stream().mapToInt(List::size).sum();
    }
}
