package org.songngu.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the review page ({@code songngu.review.*}).
 *
 * @param highConfidence beads at or above it are shown green, and it is the default threshold of "approve all above"
 * @param lowConfidence  beads below it are shown red and marked on the alignment map
 * @param searchLimit    at most this many sentences are listed for a search
 */
@ConfigurationProperties("songngu.review")
public record ReviewProperties(
        @DefaultValue("0.9") double highConfidence,
        @DefaultValue("0.5") double lowConfidence,
        @DefaultValue("200") int searchLimit) {

    public ReviewProperties {
        if (!(lowConfidence >= 0 && lowConfidence <= highConfidence && highConfidence <= 1)) {
            throw new IllegalArgumentException("songngu.review needs 0 <= low-confidence <= high-confidence <= 1");
        }
        if (searchLimit < 1) {
            throw new IllegalArgumentException("songngu.review.search-limit must be at least 1");
        }
    }

    public static ReviewProperties defaults() {
        return new ReviewProperties(0.9, 0.5, 200);
    }

    /** "high", "medium" or "low": the colour band of a confidence. */
    public String band(double confidence) {
        if (confidence >= highConfidence) {
            return "high";
        }
        return confidence >= lowConfidence ? "medium" : "low";
    }
}
