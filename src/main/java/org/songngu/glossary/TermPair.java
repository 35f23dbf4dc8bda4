package org.songngu.glossary;

import java.util.List;

/** The variants of one concept in a source and a target language: evidence for the aligner. */
public record TermPair(List<String> source, List<String> target) {

    public TermPair {
        source = List.copyOf(source);
        target = List.copyOf(target);
        if (source.isEmpty() || target.isEmpty()) {
            throw new IllegalArgumentException("a term pair needs a variant on both sides");
        }
    }
}
