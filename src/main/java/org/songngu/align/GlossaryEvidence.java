package org.songngu.align;

import java.util.ArrayList;
import java.util.List;
import org.songngu.glossary.TermPair;

/**
 * Glossary concepts: a sentence holding a variant of a concept (accent-folded by {@link SentenceText}, on word
 * boundaries)
 * is covered by a sentence of the other side holding one of its variants there. Thread-safe.
 */
final class GlossaryEvidence implements Evidence {

    private final List<List<String>> sourceVariants;
    private final List<List<String>> targetVariants;

    GlossaryEvidence(List<TermPair> pairs) {
        this.sourceVariants = pairs.stream().map(pair -> folded(pair.source())).toList();
        this.targetVariants = pairs.stream().map(pair -> folded(pair.target())).toList();
    }

    private static List<String> folded(List<String> variants) {
        return variants.stream()
                .map(variant -> " " + String.join(" ", SentenceText.of(variant).folded()) + " ")
                .filter(variant -> !variant.isBlank())
                .toList();
    }

    @Override
    public MatchEvidence extract(PreparedPair document) {
        var source = PreparedPair.each(document.source(), sentence -> concepts(sentence, sourceVariants));
        var target = PreparedPair.each(document.target(), sentence -> concepts(sentence, targetVariants));
        return MatchEvidence.identity(source, source, target, target);
    }

    private static List<String> concepts(SentenceText sentence, List<List<String>> variants) {
        List<String> found = new ArrayList<>();
        if (variants.isEmpty()) {
            return found;
        }
        String text = " " + String.join(" ", sentence.folded()) + " ";
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
}
