package org.songngu.align;

import java.util.List;
import java.util.function.Function;

/** A document pair with the features of every sentence computed once. Immutable. */
record PreparedPair(String id, List<SentenceText> source, List<SentenceText> target) {

    PreparedPair {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }

    static PreparedPair of(DocumentPair document) {
        return new PreparedPair(document.id(),
                document.source().stream().map(SentenceText::of).toList(),
                document.target().stream().map(SentenceText::of).toList());
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
