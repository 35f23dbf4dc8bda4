package org.songngu.align;

import java.util.List;

/** A document to align: an id for messages and its source and target sentences, in order. */
public record DocumentPair(String id, List<String> source, List<String> target) {

    public DocumentPair {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a document pair needs an id");
        }
        source = List.copyOf(source);
        target = List.copyOf(target);
    }
}
