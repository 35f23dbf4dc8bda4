package org.songngu.align;

import java.util.List;
import java.util.function.Function;

/** A document pair with the features of every sentence computed once. Immutable. */
record PreparedPair(String id, List<SentenceText> source, List<SentenceText> target) {

    PreparedPair {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }

    /** The sentences of both sides share one instance of each distinct word ({@link SentenceText.WordPool}). */
    static PreparedPair of(DocumentPair document) {
        SentenceText.WordPool words = new SentenceText.WordPool();
        return new PreparedPair(document.id(),
                document.source().stream().map(sentence -> SentenceText.of(sentence, words)).toList(),
                document.target().stream().map(sentence -> SentenceText.of(sentence, words)).toList());
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
