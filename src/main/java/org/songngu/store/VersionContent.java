package org.songngu.store;

import java.util.List;

/** One language version of an article as stored: its paragraph count and sentences. */
public record VersionContent(String language, int paragraphs, List<SentenceRow> sentences) {

    public VersionContent {
        sentences = List.copyOf(sentences);
    }
}
