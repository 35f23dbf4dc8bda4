package org.songngu.review;

/**
 * The filters of the articles page and of {@code GET /api/articles}; null or blank means "any".
 *
 * @param review        todo, in-progress, done or unaligned
 * @param minConfidence keep articles with a bead at or above this confidence...
 * @param maxConfidence ...and at or below this one (articles whose lowest confidence is within the range)
 * @param findings      true: only articles with French findings; false: only without
 * @param missingTerms  true: only articles where a glossary translation is missing from a target
 * @param query         search text, accent-insensitive
 */
public record ArticleFilter(
        String review,
        Double minConfidence,
        Double maxConfidence,
        Boolean findings,
        Boolean missingTerms,
        String query) {

    public ArticleFilter {
        query = query == null ? "" : query;
        review = review == null || review.isBlank() ? null : review;
        if (minConfidence != null && maxConfidence != null && minConfidence > maxConfidence) {
            throw new InvalidActionException(
                    "The confidence range is empty: " + minConfidence + " is above " + maxConfidence + ".");
        }
    }

    public static ArticleFilter none() {
        return new ArticleFilter(null, null, null, null, null, "");
    }
}
