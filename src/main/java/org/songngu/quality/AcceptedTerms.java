package org.songngu.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Finds the occurrences of accepted terms (the glossary's French variants and configured names)
 * in a sentence, ignoring case, whole words only. A finding that lies wholly inside one is
 * dropped: the glossary is the authority on its own terms. Immutable and thread-safe.
 */
final class AcceptedTerms {

    private final List<String> terms;

    AcceptedTerms(Collection<String> terms) {
        this.terms = terms.stream()
                .map(String::strip)
                .filter(term -> !term.isEmpty())
                .map(AcceptedTerms::lower)
                .distinct()
                .toList();
    }

    List<Span> find(String sentence) {
        String text = lower(sentence);
        List<Span> spans = new ArrayList<>();
        for (String term : terms) {
            for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
                int end = at + term.length();
                if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                    spans.add(new Span(at, end));
                }
            }
        }
        return spans;
    }

    /** Lower case char by char, so that offsets stay those of the sentence. */
    private static String lower(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
