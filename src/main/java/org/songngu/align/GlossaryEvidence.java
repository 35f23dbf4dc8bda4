package org.songngu.align;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.songngu.glossary.TermPair;

/**
 * Glossary concepts: a sentence holding a variant of a concept (accent-folded by {@link SentenceText}, on word
 * boundaries)
 * is covered by a sentence of the other side holding one of its variants there. Thread-safe.
 */
final class GlossaryEvidence implements Evidence {

    private final List<List<String>> sourceVariants;
    private final List<List<String>> targetVariants;
    private final VariantIndex sourceIndex;
    private final VariantIndex targetIndex;

    GlossaryEvidence(List<TermPair> pairs) {
        this.sourceVariants = pairs.stream().map(pair -> folded(pair.source())).toList();
        this.targetVariants = pairs.stream().map(pair -> folded(pair.target())).toList();
        this.sourceIndex = new VariantIndex(sourceVariants);
        this.targetIndex = new VariantIndex(targetVariants);
    }

    private static List<String> folded(List<String> variants) {
        return variants.stream()
                .map(variant -> " " + String.join(" ", SentenceText.of(variant).folded()) + " ")
                .filter(variant -> !variant.isBlank())
                .toList();
    }

    @Override
    public MatchEvidence extract(PreparedPair document) {
        var source = PreparedPair.each(document.source(), sentence -> concepts(sentence, sourceVariants, sourceIndex));
        var target = PreparedPair.each(document.target(), sentence -> concepts(sentence, targetVariants, targetIndex));
        return MatchEvidence.identity(source, source, target, target);
    }

    /** The concepts ({@code g} and the pair's index) whose source variants the sentence holds. */
    List<String> sourceConcepts(SentenceText sentence) {
        return concepts(sentence, sourceVariants, sourceIndex);
    }

    private static List<String> concepts(SentenceText sentence, List<List<String>> variants, VariantIndex index) {
        List<String> found = new ArrayList<>();
        if (variants.isEmpty()) {
            return found;
        }
        List<String> words = sentence.folded();
        if (index.exact && words.stream().noneMatch(word -> word.indexOf(' ') >= 0)) {
            // the same answer as the text search below, from the sentence's words
            BitSet concepts = index.concepts(words);
            for (int k = concepts.nextSetBit(0); k >= 0; k = concepts.nextSetBit(k + 1)) {
                found.add("g" + k);
            }
            return found;
        }
        String text = " " + String.join(" ", words) + " ";
        for (int k = 0; k < variants.size(); k++) {
            for (String variant : variants.get(k)) {
                if (text.contains(variant)) {
                    found.add("g" + k);
                    break;
                }
            }
        }
        return found;
    }

    /**
     * The variants by their first word. A variant {@code " w1 … wn "} occurs in a sentence's text
     * {@code " " + words joined by " " + " "} exactly where the words {@code w1 … wn} follow each
     * other among the sentence's words, as long as no word holds a space: so each word of a
     * sentence is looked up once instead of every variant being searched for in its text (most of
     * the cost of extracting the evidence of a short batch).
     */
    private static final class VariantIndex {
        /** False when a variant's word holds a space: then only the text search is exact. */
        private final boolean exact;

        private final Map<String, List<Candidate>> byFirstWord = new HashMap<>();
        private final int concepts;

        private record Candidate(int concept, String[] words) {}

        VariantIndex(List<List<String>> variants) {
            boolean spaceless = true;
            for (int k = 0; k < variants.size(); k++) {
                for (String variant : variants.get(k)) {
                    String inner = variant.substring(1, variant.length() - 1);
                    String[] words = inner.split(" ", -1);
                    spaceless &= variant.length() >= 2 && variant.startsWith(" ") && variant.endsWith(" ");
                    byFirstWord
                            .computeIfAbsent(words[0], word -> new ArrayList<>())
                            .add(new Candidate(k, words));
                }
            }
            this.exact = spaceless;
            this.concepts = variants.size();
        }

        BitSet concepts(List<String> words) {
            BitSet found = new BitSet(concepts);
            for (int p = 0; p < words.size(); p++) {
                List<Candidate> candidates = byFirstWord.get(words.get(p));
                if (candidates == null) {
                    continue;
                }
                for (Candidate candidate : candidates) {
                    if (!found.get(candidate.concept()) && followedBy(words, p, candidate.words())) {
                        found.set(candidate.concept());
                    }
                }
            }
            return found;
        }

        private static boolean followedBy(List<String> words, int start, String[] variant) {
            if (start + variant.length > words.size()) {
                return false;
            }
            for (int w = 0; w < variant.length; w++) {
                if (!words.get(start + w).equals(variant[w])) {
                    return false;
                }
            }
            return true;
        }
    }
}
