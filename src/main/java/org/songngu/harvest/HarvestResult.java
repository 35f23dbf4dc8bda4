package org.songngu.harvest;

import java.util.List;

/**
 * What a harvest did.
 *
 * @param pagesRead   HTML pages read from the sources
 * @param skipped     records passed over as no HTML page
 * @param kept        pages kept (language known, no duplicate)
 * @param duplicates  pages dropped as another capture or copy of a kept page
 * @param pairs       the chosen pairs, accepted and for review
 * @param accepted    pairs written to the corpus
 * @param articles    article folders written
 * @param unpaired    kept pages in no pair, with their language
 * @param problems    records and pages that could not be used
 */
public record HarvestResult(
        long pagesRead,
        long skipped,
        int kept,
        int duplicates,
        List<PagePair> pairs,
        int accepted,
        int articles,
        List<UnpairedPage> unpaired,
        List<HarvestProblem> problems) {

    /** A page left without counterpart, and why. */
    public record UnpairedPage(String url, String language, String reason) {}

    public int forReview() {
        return pairs.size() - accepted;
    }
}
