package org.songngu.align;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A document pair with the features of every sentence computed once, and its possible boundaries
 * ({@link DocumentPair}). Immutable.
 */
record PreparedPair(
        String id,
        List<SentenceText> source,
        List<SentenceText> target,
        Map<Integer, Double> sourcePossible,
        Map<Integer, Double> targetPossible) {

    PreparedPair {
        source = List.copyOf(source);
        target = List.copyOf(target);
        sourcePossible = Map.copyOf(sourcePossible);
        targetPossible = Map.copyOf(targetPossible);
    }

    PreparedPair(String id, List<SentenceText> source, List<SentenceText> target) {
        this(id, source, target, Map.of(), Map.of());
    }

    /** The sentences of both sides share one instance of each distinct word ({@link SentenceText.WordPool}). */
    static PreparedPair of(DocumentPair document) {
        SentenceText.WordPool words = new SentenceText.WordPool();
        return new PreparedPair(
                document.id(),
                document.source().stream()
                        .map(sentence -> SentenceText.of(sentence, words))
                        .toList(),
                document.target().stream()
                        .map(sentence -> SentenceText.of(sentence, words))
                        .toList(),
                document.sourcePossible(),
                document.targetPossible());
    }

    /**
     * How many more pieces a side of a bead may hold than {@link AlignerSettings#maxSide()}
     * sentences: two where the document has possible boundaries (a bead may then hold pieces
     * that make at most maxSide sentences), none otherwise, so that a document without possible
     * boundaries is searched exactly as before.
     */
    int extraSide() {
        return sourcePossible.isEmpty() && targetPossible.isEmpty() ? 0 : 2;
    }

    int[] sourceLengths() {
        return source.stream().mapToInt(SentenceText::length).toArray();
    }

    int[] targetLengths() {
        return target.stream().mapToInt(SentenceText::length).toArray();
    }

    static List<List<String>> each(List<SentenceText> side, Function<SentenceText, List<String>> feature) {
        return side.stream().map(feature).toList();
    }
}
