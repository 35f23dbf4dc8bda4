package org.songngu.review;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts a text into {@link Piece}s at the edges of marked spans (glossary terms, findings), which
 * may overlap: a piece carries the classes and titles of every span that covers it.
 */
final class Markup {

    private Markup() {}

    /** A marked span of a text: characters {@code [start, end)}, a CSS class and a hover title. */
    record Span(int start, int end, String css, String title) {}

    static List<Piece> pieces(String text, List<Span> spans) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        List<Span> valid = new ArrayList<>();
        for (Span span : spans) {
            int start = Math.max(0, Math.min(span.start(), text.length()));
            int end = Math.max(start, Math.min(span.end(), text.length()));
            if (end > start) {
                valid.add(new Span(start, end, span.css(), span.title()));
                cuts.add(start);
                cuts.add(end);
            }
        }
        List<Piece> pieces = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            List<String> css = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            for (Span span : valid) {
                if (span.start() <= from && span.end() >= to) {
                    if (!css.contains(span.css())) {
                        css.add(span.css());
                    }
                    if (span.title() != null && !span.title().isEmpty() && !titles.contains(span.title())) {
                        titles.add(span.title());
                    }
                }
            }
            pieces.add(new Piece(text.substring(from, to), String.join(" ", css), String.join("\n", titles)));
            from = to;
        }
        return pieces;
    }
}
