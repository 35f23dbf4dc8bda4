package org.songngu.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sets the per-article metadata lines of one version apart from its content: first by
 * {@link MetadataRules}, then by the {@link MetadataTemplates} learned for the article's site.
 * Runs after boilerplate removal, on the paragraphs that are left. Immutable and thread-safe.
 */
public final class MetadataDetector {

    /** A version's paragraphs split into content (in order) and metadata (with their positions). */
    public record Split(List<String> content, List<MetadataLine> metadata) {
        public Split {
            content = List.copyOf(content);
            metadata = List.copyOf(metadata);
        }
    }

    private final MetadataRules rules;
    private final MetadataTemplates templates;

    public MetadataDetector(MetadataRules rules, MetadataTemplates templates) {
        this.rules = rules;
        this.templates = templates;
    }

    /** A detector with the standard rules and no template. */
    public static MetadataDetector rulesOnly() {
        return new MetadataDetector(MetadataRules.standard(), MetadataTemplates.empty());
    }

    public MetadataTemplates templates() {
        return templates;
    }

    public MetadataRules rules() {
        return rules;
    }

    /** Splits the paragraphs of one version of an article of {@code site}. */
    public Split split(Language language, String site, List<String> paragraphs) {
        List<String> content = new ArrayList<>(paragraphs.size());
        List<MetadataLine> metadata = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            Optional<MetadataLine> line = detect(language, site, i, paragraph);
            if (line.isPresent()) {
                metadata.add(line.get());
            } else {
                content.add(paragraph);
            }
        }
        return new Split(content, metadata);
    }

    /** What {@code paragraph} is, when it is metadata. */
    public Optional<MetadataLine> detect(Language language, String site, int position, String paragraph) {
        Optional<MetadataKind> byRule = rules.match(language, paragraph);
        if (byRule.isPresent()) {
            return Optional.of(new MetadataLine(language, position, byRule.get(), paragraph,
                    MetadataLine.DetectedBy.RULE));
        }
        return templates.match(language, site, paragraph)
                .map(template -> new MetadataLine(language, position, template.kind(), paragraph,
                        MetadataLine.DetectedBy.TEMPLATE));
    }
}
