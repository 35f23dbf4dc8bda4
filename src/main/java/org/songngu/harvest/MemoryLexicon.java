package org.songngu.harvest;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.songngu.align.AlignerSettings;
import org.songngu.align.CorpusLexicon;
import org.songngu.corpus.Language;
import org.songngu.glossary.Glossary;
import org.songngu.tmx.TmxEntry;
import org.songngu.tmx.TmxFormatException;
import org.songngu.tmx.TmxReader;

/**
 * The aligner's lexicon learned from a translation memory (TMX), for a harvest run without the
 * database: the same learner, settings and glossary prior as the job's model step, over the same
 * material (the units a previous run stored, as {@code export-tmx} writes them: reviewed units
 * weigh {@value #REVIEWED_WEIGHT} times, and a unit whose {@code x-confidence} is under the
 * aligner's learning threshold is left out, as the model step leaves such beads out). A foreign
 * memory, without status or confidence, counts every unit once.
 */
public final class MemoryLexicon {

    /** As the model step: a reviewed unit counts three guessed ones. */
    static final double REVIEWED_WEIGHT = 3;
    /** Word-pair occurrences learned from per language, as the model step's default budget. */
    public static final long DEFAULT_BUDGET = 6_000_000;

    private MemoryLexicon() {}

    /** What was learned: the lexicons and how many units taught each. */
    public record Learned(TranslatedWords words, Map<Language, Integer> units) {}

    /**
     * Learns the fr→vi and fr→en lexicons from the units of {@code memories}.
     *
     * @throws java.io.UncheckedIOException when a file cannot be read
     * @throws IllegalArgumentException     on a file that is no TMX (with line and column), or when no
     *                                      unit holds French with Vietnamese or English
     */
    public static Learned learn(List<Path> memories, Glossary glossary, long budget) {
        AlignerSettings settings = AlignerSettings.defaults();
        Map<Language, CorpusLexicon.Learner> learners = new EnumMap<>(Language.class);
        for (Language target : List.of(Language.VI, Language.EN)) {
            learners.put(target, CorpusLexicon.learner(settings, budget));
        }
        TmxReader reader = new TmxReader();
        for (Path memory : memories) {
            try {
                reader.read(memory, entry -> add(entry, learners, settings.learnConfidence()));
            } catch (TmxFormatException e) {
                throw new IllegalArgumentException(
                        "lexicon memory " + memory + " is not a TMX file: " + e.getMessage(), e);
            }
        }
        Map<Language, CorpusLexicon> lexicons = new EnumMap<>(Language.class);
        Map<Language, Integer> units = new EnumMap<>(Language.class);
        learners.forEach((target, learner) -> {
            if (learner.pairs() > 0) {
                units.put(target, learner.pairs());
                lexicons.put(target, learner.learn(glossary.pairs(Language.FR.code(), target.code()), 1));
            }
        });
        if (lexicons.isEmpty()) {
            throw new IllegalArgumentException(
                    "no unit of " + memories + " holds French with Vietnamese or English:" + " no lexicon to learn");
        }
        String source = "learned from "
                + String.join(
                        ", ",
                        memories.stream().map(p -> p.getFileName().toString()).toList());
        return new Learned(new TranslatedWords(lexicons, source), units);
    }

    private static void add(TmxEntry entry, Map<Language, CorpusLexicon.Learner> learners, double minConfidence) {
        String status = entry.properties().get("x-status");
        String confidence = entry.properties().get("x-confidence");
        boolean reviewed = "approved".equals(status);
        if (!reviewed && confidence != null) {
            try {
                if (Double.parseDouble(confidence) < minConfidence) {
                    return;
                }
            } catch (NumberFormatException e) {
                return; // a confidence no one can read vouches for nothing
            }
        }
        if ("rejected".equals(status)) {
            return;
        }
        String french = null;
        Map<Language, String> others = new EnumMap<>(Language.class);
        for (Map.Entry<String, String> variant : entry.variants().entrySet()) {
            String code = variant.getKey().toLowerCase(Locale.ROOT);
            String primary = code.contains("-") ? code.substring(0, code.indexOf('-')) : code;
            if (variant.getValue() == null || variant.getValue().isBlank()) {
                continue;
            }
            switch (primary) {
                case "fr" -> french = variant.getValue();
                case "vi" -> others.put(Language.VI, variant.getValue());
                case "en" -> others.put(Language.EN, variant.getValue());
                default -> {}
            }
        }
        if (french == null) {
            return;
        }
        String source = french;
        // a learner past its budget refuses the unit; the memory's first units (reviewed ones, in
        // Songngu's exports by article) are the ones kept
        others.forEach((target, text) -> learners.get(target).add(source, text, reviewed ? REVIEWED_WEIGHT : 1));
    }
}
