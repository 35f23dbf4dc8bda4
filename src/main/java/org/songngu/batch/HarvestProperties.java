package org.songngu.batch;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The scheduled harvest ({@code songngu.harvest.*}).
 *
 * @param in     a WARC file, a folder of WARC files or of saved pages; when set, each scheduled tick
 *               first harvests it into {@code songngu.corpus} (when it or the reviewers' decisions
 *               changed since the last harvest)
 * @param accept lowest score of a pair written to the corpus
 * @param review lowest score of a pair put on the review list
 */
@ConfigurationProperties("songngu.harvest")
public record HarvestProperties(
        Path in,
        @DefaultValue("0.75") double accept,
        @DefaultValue("0.35") double review) {

    public HarvestProperties {
        if (!(review > 0 && review <= accept && accept <= 1)) {
            throw new IllegalArgumentException("songngu.harvest needs 0 < review <= accept <= 1");
        }
    }

    public boolean enabled() {
        return in != null && !in.toString().isEmpty();
    }
}
