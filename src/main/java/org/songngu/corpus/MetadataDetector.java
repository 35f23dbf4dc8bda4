package org.songngu.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets the per-article metadata lines of one version apart from its content: first by
 * {@link MetadataRules}, then by the {@link MetadataTemplates} learned for the article's site.
 * A credit at the end of a caption ("Quang cảnh hội nghị. (Ảnh: TTXVN)", "… du 1er arrondissement.
 * Photo : VNA") is cut off: the caption stays content, the credit is set aside after it. Runs after
 * boilerplate removal, on the paragraphs that are left. Immutable and thread-safe.
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

    /** Longest credit cut off the end of a caption. */
    private static final int MAX_TRAILING_CREDIT = 80;
    /** A caption ends a sentence before its credit, or the credit opens a parenthesis. */
    private static final Pattern CREDIT_START = Pattern.compile("(?<=[.!?…»”])\\s+|\\s+(?=\\()");

    /**
     * Splits the paragraphs of one version of an article of {@code site}. Positions count content
     * and metadata together, a credit cut off a caption being the paragraph after it.
     */
    public Split split(Language language, String site, List<String> paragraphs) {
        List<String> content = new ArrayList<>(paragraphs.size());
        List<MetadataLine> metadata = new ArrayList<>();
        int position = 0;
        for (String paragraph : paragraphs) {
            Optional<MetadataLine> line = detect(language, site, position, paragraph);
            if (line.isPresent()) {
                metadata.add(line.get());
                position++;
                continue;
            }
            Optional<Integer> credit = trailingCredit(language, paragraph);
            if (credit.isPresent()) {
                content.add(paragraph.substring(0, credit.get()).strip());
                metadata.add(new MetadataLine(
                        language,
                        position + 1,
                        MetadataKind.CREDIT,
                        paragraph.substring(credit.get()).strip(),
                        MetadataLine.DetectedBy.RULE));
                position += 2;
            } else {
                content.add(paragraph);
                position++;
            }
        }
        return new Split(content, metadata);
    }

    /** Where a credit at the end of {@code paragraph} starts, when it ends with one. */
    private Optional<Integer> trailingCredit(Language language, String paragraph) {
        if (paragraph.length() > MetadataRules.MAX_CHARS * 4) {
            return Optional.empty();
        }
        Matcher start = CREDIT_START.matcher(paragraph);
        int from = Math.max(0, paragraph.length() - MAX_TRAILING_CREDIT - 2);
        while (start.find(from)) {
            String suffix = paragraph.substring(start.end());
            if (start.start() > 0
                    && rules.match(language, suffix)
                            .filter(kind -> kind == MetadataKind.CREDIT)
                            .isPresent()) {
                return Optional.of(start.end());
            }
            from = start.end();
            if (from >= paragraph.length()) {
                break;
            }
        }
        return Optional.empty();
    }

    /** What {@code paragraph} is, when it is metadata. */
    public Optional<MetadataLine> detect(Language language, String site, int position, String paragraph) {
        Optional<MetadataKind> byRule = rules.match(language, paragraph);
        if (byRule.isPresent()) {
            return Optional.of(
                    new MetadataLine(language, position, byRule.get(), paragraph, MetadataLine.DetectedBy.RULE));
        }
        return templates
                .match(language, site, paragraph)
                .map(template -> new MetadataLine(
                        language, position, template.kind(), paragraph, MetadataLine.DetectedBy.TEMPLATE));
    }
}
