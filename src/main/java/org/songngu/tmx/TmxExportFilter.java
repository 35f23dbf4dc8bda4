package org.songngu.tmx;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which units an export keeps: a pure predicate over {@link ExportCandidate}, so the database side
 * can stream rows through {@link #test} (and may narrow its query with the same fields first).
 *
 * @param approvedOnly keep only units whose status is {@code approved} (the default); otherwise any status
 * @param minConfidence keep units with confidence {@code >=} this, in [0, 1]; 0 keeps all
 * @param articleIds keep only these articles; empty keeps all
 * @param from keep articles dated on or after this day; {@code null} for no lower bound
 * @param to keep articles dated on or before this day; {@code null} for no upper bound. With either
 *        bound set, an article without a date is left out.
 * @param excludedFindings leave out units whose French has a finding in one of these categories
 *        (LanguageTool category ids such as {@code TYPOS}, {@code GRAMMAR}; case-insensitive)
 */
public record TmxExportFilter(
        boolean approvedOnly,
        double minConfidence,
        Set<String> articleIds,
        LocalDate from,
        LocalDate to,
        Set<String> excludedFindings) {

    /** The status that {@code approvedOnly} keeps. */
    public static final String APPROVED = "approved";

    public TmxExportFilter {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minimum confidence must be within [0, 1], got " + minConfidence);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("date range is empty: from " + from + " is after to " + to);
        }
        articleIds = Set.copyOf(articleIds);
        excludedFindings = excludedFindings.stream()
                .map(category -> category.strip().toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Approved units of every article, whatever their confidence and findings. */
    public static TmxExportFilter approved() {
        return new TmxExportFilter(true, 0, Set.of(), null, null, Set.of());
    }

    /** {@code approved} → true, {@code any} → false: the {@code --status} / {@code status} option. */
    public static boolean approvedOnly(String status) {
        return switch (status == null ? "" : status.strip().toLowerCase(Locale.ROOT)) {
            case APPROVED -> true;
            case "any" -> false;
            default -> throw new IllegalArgumentException("unknown status '" + status + "' (expected approved or any)");
        };
    }

    public boolean test(ExportCandidate candidate) {
        return (!approvedOnly || APPROVED.equalsIgnoreCase(candidate.status()))
                && candidate.confidence() >= minConfidence
                && (articleIds.isEmpty() || articleIds.contains(candidate.articleId()))
                && inDateRange(candidate.articleDate())
                && candidate.findingCategories().stream().noneMatch(excludedFindings::contains);
    }

    private boolean inDateRange(LocalDate date) {
        if (from == null && to == null) {
            return true;
        }
        return date != null && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
