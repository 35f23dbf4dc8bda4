package org.songngu.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Removes site chrome from one version of an article, combining three kinds of evidence: the
 * {@link BoilerplateModel} learned from the run, the {@link BoilerplatePatterns} of its language,
 * and repetition inside the document (a footer banner listed three times). Once a tail marker
 * (comment counter, "Même sujet", "Source") is met after some article text, the rest of the page
 * goes: related-article titles are real sentences, and only their position gives them away.
 * Immutable and thread-safe.
 */
public final class BoilerplateRemover {

    /** A byline is a name: a few words, no sentence punctuation, no digits. */
    private static final Pattern BYLINE = Pattern.compile("[\\p{L}][\\p{L} .'’-]{0,40}[\\p{L}]");

    private static final int BYLINE_MAX_WORDS = 5;

    private final BoilerplateModel model;
    private final BoilerplatePatterns patterns;
    private final IngestSettings settings;
    private final MetadataRules metadata;

    public BoilerplateRemover(BoilerplateModel model, BoilerplatePatterns patterns, IngestSettings settings) {
        this(model, patterns, settings, null);
    }

    /**
     * A remover that leaves lines the metadata rules recognise to them, even when they recur
     * across articles ("Photo : VNA" under every article): they are set aside and kept with their
     * article rather than dropped. The patterns still apply to them.
     */
    public BoilerplateRemover(
            BoilerplateModel model, BoilerplatePatterns patterns, IngestSettings settings, MetadataRules metadata) {
        this.model = model;
        this.patterns = patterns;
        this.settings = settings;
        this.metadata = metadata;
    }

    /** The article paragraphs of {@code paragraphs}, in order, chrome removed; possibly empty. */
    public List<String> clean(Language language, List<String> paragraphs) {
        Map<String, Integer> repeats = new HashMap<>();
        paragraphs.forEach(paragraph -> repeats.merge(BoilerplateModel.key(paragraph), 1, Integer::sum));
        List<String> kept = new ArrayList<>(paragraphs.size());
        for (String paragraph : paragraphs) {
            Optional<BoilerplatePatterns.Kind> kind =
                    patterns.match(language, paragraph).map(BoilerplatePatterns.Rule::kind);
            if (kind.isPresent() && kind.get() != BoilerplatePatterns.Kind.DROP && !kept.isEmpty()) {
                if (kind.get() == BoilerplatePatterns.Kind.TAIL_BYLINE && looksLikeByline(kept.get(kept.size() - 1))) {
                    kept.remove(kept.size() - 1);
                }
                break;
            }
            boolean chrome = kind.isPresent()
                    || (model.isChrome(language, paragraph)
                                    || repeats.get(BoilerplateModel.key(paragraph)) >= settings.repeatsInDocument())
                            && (metadata == null
                                    || metadata.match(language, paragraph).isEmpty());
            if (!chrome) {
                kept.add(paragraph);
            }
        }
        return kept;
    }

    static boolean looksLikeByline(String paragraph) {
        return BYLINE.matcher(paragraph).matches()
                && !paragraph.endsWith(".")
                && paragraph.split(" ").length <= BYLINE_MAX_WORDS;
    }
}
