package org.songngu.tmx;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@link TmxExportFilter} looks at in a unit before it is exported: the article, its date
 * ({@code null} when unknown), the review status, the confidence (for a fr+vi+en unit, the lower of
 * the two beads') and the categories of the LanguageTool findings on its French sentences.
 */
public record ExportCandidate(
        String articleId, LocalDate articleDate, String status, double confidence, Set<String> findingCategories) {

    public ExportCandidate {
        if (articleId == null || articleId.isBlank()) {
            throw new IllegalArgumentException("a candidate needs an article id");
        }
        if (status == null || status.isBlank()) {
            throw new IllegalArgumentException("candidate from " + articleId + " needs a review status");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
        findingCategories = findingCategories.stream()
                .map(category -> category.toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
