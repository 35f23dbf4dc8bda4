package org.songngu.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.songngu.corpus.AccentFolding;
import org.songngu.corpus.Language;

/**
 * Finds a glossary's terms of one language in a text: accent- and case-insensitive (so "Thai Binh"
 * matches "Thái Bình" and "Comite" matches "Comité"), on word boundaries, leftmost-longest without
 * overlaps ("Comité permanent du Comité provincial du Parti" is one match, not two), with offsets in
 * the original text. Immutable and thread-safe.
 */
public final class GlossaryMatcher {

    private final Language language;
    private final List<Entry> entries;

    /** A matcher for the variants of {@code glossary}'s terms in {@code language}. */
    public GlossaryMatcher(Glossary glossary, Language language) {
        this.language = language;
        List<Entry> found = new ArrayList<>();
        for (Term term : glossary.terms()) {
            for (String variant : term.in(language)) {
                String key = normalise(AccentFolding.fold(variant)).strip();
                if (!key.isEmpty()) {
                    found.add(new Entry(term, variant, key));
                }
            }
        }
        this.entries = List.copyOf(found);
    }

    public Language language() {
        return language;
    }

    /**
     * Every occurrence of every variant in {@code text}, overlapping ones included ("dân vận" inside
     * "công tác dân vận"), in text order: what {@link TermCoverage} counts as present.
     */
    public List<TermMatch> findAll(String text) {
        AccentFolding.Folded folded = AccentFolding.foldWithOffsets(text);
        List<TermMatch> matches = new ArrayList<>();
        for (Candidate candidate : candidates(normalise(folded.text()))) {
            matches.add(new TermMatch(
                    folded.originalStart(candidate.start),
                    extendOverMarks(text, folded.originalEnd(candidate.end - 1)),
                    candidate.entry.term,
                    candidate.entry.variant));
        }
        return matches;
    }

    /**
     * The term occurrences in {@code text}, in text order, none overlapping another, except that
     * words several terms share ("district" is the English of both "district" and "arrondissement")
     * give one match per term over the same span: the page highlights them as each of those terms,
     * and {@link TermCoverage} counts each term as present, so that the two never disagree.
     */
    public List<TermMatch> find(String text) {
        AccentFolding.Folded folded = AccentFolding.foldWithOffsets(text);
        List<Candidate> candidates = candidates(normalise(folded.text()));
        List<TermMatch> matches = new ArrayList<>();
        int taken = 0;
        Candidate chosen = null;
        for (Candidate candidate : candidates) {
            boolean tie = chosen != null
                    && candidate.start == chosen.start
                    && candidate.end == chosen.end
                    && matches.stream()
                            .noneMatch(match -> match.term().equals(candidate.entry.term)
                                    && match.start() == folded.originalStart(candidate.start));
            if (candidate.start >= taken || tie) {
                int start = folded.originalStart(candidate.start);
                int end = extendOverMarks(text, folded.originalEnd(candidate.end - 1));
                matches.add(new TermMatch(start, end, candidate.entry.term, candidate.entry.variant));
                taken = candidate.end;
                chosen = candidate;
            }
        }
        return matches;
    }

    // Every variant occurrence on word boundaries, by start, longest first.
    private List<Candidate> candidates(String key) {
        List<Candidate> candidates = new ArrayList<>();
        for (Entry entry : entries) {
            int from = 0;
            int at;
            while ((at = key.indexOf(entry.key, from)) >= 0) {
                int end = at + entry.key.length();
                if (boundaryBefore(key, at) && boundaryAfter(key, end)) {
                    candidates.add(new Candidate(at, end, entry));
                }
                from = at + 1;
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::start)
                .thenComparing(Comparator.comparingInt(Candidate::length).reversed()));
        return candidates;
    }

    /** Whether any variant of {@code term} in this matcher's language occurs in {@code text}. */
    public boolean mentions(String text, Term term) {
        return find(text).stream().anyMatch(match -> match.term().equals(term));
    }

    // Folding keeps one character per character for spaces: unify the kinds of space and dash.
    private static String normalise(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (c == '\u2010' || c == '\u2011' || c == '\u2013') {
                out.append('-');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean boundaryBefore(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    }

    private static boolean boundaryAfter(String text, int end) {
        return end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }

    // A decomposed accent after the last letter belongs to the match.
    private static int extendOverMarks(String text, int end) {
        while (end < text.length() && Character.getType(text.charAt(end)) == Character.NON_SPACING_MARK) {
            end++;
        }
        return end;
    }

    private record Entry(Term term, String variant, String key) {}

    private record Candidate(int start, int end, Entry entry) {
        int length() {
            return end - start;
        }
    }
}
