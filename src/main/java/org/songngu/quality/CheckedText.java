package org.songngu.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.RuleMatch;

/**
 * Several French sentences joined into one LanguageTool text, each its own paragraph, with every
 * proper name given as markup that LanguageTool reads as a plain proper noun. LanguageTool reports
 * positions in the joined text; {@link #distribute} maps each match back to its sentence.
 */
final class CheckedText {

    /** A proper noun the French dictionary knows, of either gender and number, starting with a consonant. */
    static final String NAME_STAND_IN = "Dupont";
    /** An empty line: LanguageTool ends the sentence and the paragraph there, as at the end of a text. */
    private static final String SEPARATOR = "\n\n";

    private static final int MAX_SUGGESTIONS = 5;

    private final List<String> sentences;
    private final int[] starts;
    private final AnnotatedText annotated;

    private CheckedText(List<String> sentences, int[] starts, AnnotatedText annotated) {
        this.sentences = sentences;
        this.starts = starts;
        this.annotated = annotated;
    }

    /** @param names for each sentence, its name spans, sorted and disjoint */
    static CheckedText of(List<String> sentences, List<List<Span>> names) {
        AnnotatedTextBuilder builder = new AnnotatedTextBuilder();
        int[] starts = new int[sentences.size()];
        int offset = 0;
        for (int k = 0; k < sentences.size(); k++) {
            // A line break inside a sentence would end it for LanguageTool; a space keeps offsets.
            String sentence = sentences.get(k).replace('\n', ' ').replace('\r', ' ');
            starts[k] = offset;
            int cursor = 0;
            for (Span name : names.get(k)) {
                addText(builder, sentence.substring(cursor, name.start()));
                builder.addMarkup(sentence.substring(name.start(), name.end()), NAME_STAND_IN);
                cursor = name.end();
            }
            addText(builder, sentence.substring(cursor));
            offset += sentence.length();
            if (k < sentences.size() - 1) {
                builder.addText(SEPARATOR);
                offset += SEPARATOR.length();
            }
        }
        return new CheckedText(List.copyOf(sentences), starts, builder.build());
    }

    private static void addText(AnnotatedTextBuilder builder, String text) {
        if (!text.isEmpty()) {
            builder.addText(text);
        }
    }

    AnnotatedText annotated() {
        return annotated;
    }

    /** The findings of each sentence (numbered 0 here), in LanguageTool's order. */
    List<List<QualityFinding>> distribute(List<RuleMatch> matches) {
        List<List<QualityFinding>> perSentence = new ArrayList<>();
        sentences.forEach(sentence -> perSentence.add(new ArrayList<>()));
        for (RuleMatch match : matches) {
            int k = sentenceAt(match.getFromPos());
            int length = sentences.get(k).length();
            int start = Math.min(Math.max(match.getFromPos() - starts[k], 0), length);
            int end = Math.min(Math.max(match.getToPos() - starts[k], start), length);
            perSentence.get(k).add(toFinding(match, start, end));
        }
        return perSentence;
    }

    private int sentenceAt(int position) {
        int found = Arrays.binarySearch(starts, position);
        return found >= 0 ? found : Math.max(0, -found - 2);
    }

    private static QualityFinding toFinding(RuleMatch match, int start, int end) {
        String message = match.getMessage().replace("<suggestion>", "«").replace("</suggestion>", "»");
        List<String> suggestions = match.getSuggestedReplacements();
        return new QualityFinding(
                0,
                match.getRule().getId(),
                match.getRule().getCategory().getId().toString(),
                message,
                start,
                end,
                suggestions.subList(0, Math.min(MAX_SUGGESTIONS, suggestions.size())));
    }
}
