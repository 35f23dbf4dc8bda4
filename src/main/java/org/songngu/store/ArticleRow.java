package org.songngu.store;

import java.time.LocalDate;
import java.util.Objects;

/** What the store keeps about an article besides its text: identity, metadata, content hash. */
public record ArticleRow(String id, String title, String sourceUrl, LocalDate published, String contentHash) {

    public ArticleRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
