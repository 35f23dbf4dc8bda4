package org.songngu.batch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When and from how much the aligner's corpus model is learned ({@code songngu.model.*}).
 *
 * @param relearnGrowth the model is learned again when the store's training material has grown by
 *                      this share since the current version was learned (0.25: a quarter more)
 * @param budget        word-pair occurrences each pair's lexicon learns from at most: bounds the
 *                      learning's memory (about 4 bytes each, plus 48 per distinct word pair) and time
 */
@ConfigurationProperties("songngu.model")
record ModelProperties(
        @DefaultValue("0.25") double relearnGrowth,
        @DefaultValue("6000000") long budget) {

    ModelProperties {
        if (!(relearnGrowth > 0)) {
            throw new IllegalArgumentException("songngu.model.relearn-growth must be positive, not " + relearnGrowth);
        }
        if (budget < 1) {
            throw new IllegalArgumentException("songngu.model.budget must be at least 1, not " + budget);
        }
    }

    /** Whether material {@code now} calls for a new version over one learned from {@code learnedFrom}. */
    boolean relearn(Long learnedFrom, long now) {
        if (now == 0) {
            return false;
        }
        return learnedFrom == null || now >= learnedFrom * (1 + relearnGrowth);
    }
}
