package org.songngu.bench;

import java.util.List;

/**
 * An article's French and target sentences in document order, as the job stored them: what a
 * bead's texts are when nobody edited them (the sentences of its ranges joined by a space).
 */
record Sentences(List<String> sources, List<String> targets) {

    Sentences {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }

    String source(int start, int end) {
        return String.join(" ", sources.subList(start, end));
    }

    String target(int start, int end) {
        return String.join(" ", targets.subList(start, end));
    }
}
