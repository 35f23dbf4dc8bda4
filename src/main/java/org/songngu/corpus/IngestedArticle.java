package org.songngu.corpus;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An article ready for segmentation: its cleaned versions (French always, Vietnamese and English
 * when present) and the hash that tells whether its files changed since the last run.
 *
 * @param id          the article id (folder name)
 * @param meta        what {@code meta.properties} says, or {@link ArticleMeta#NONE}
 * @param versions    the cleaned versions present; always holds French
 * @param contentHash SHA-256 (hex) of the raw bytes of the version files and meta file, in the
 *                    order fr, vi, en, meta: equal hashes mean an unchanged article
 */
public record IngestedArticle(String id, ArticleMeta meta, Map<Language, ArticleText> versions, String contentHash) {

    public IngestedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(contentHash, "contentHash");
        if (!versions.containsKey(Language.FR)) {
            throw new IllegalArgumentException("article " + id + " needs a French version");
        }
        versions.forEach((language, text) -> {
            if (text.language() != language) {
                throw new IllegalArgumentException("article " + id + ": " + text.language()
                        + " text filed under " + language);
            }
        });
        versions = Collections.unmodifiableMap(new EnumMap<>(versions));
    }

    /** The version in {@code language}, when the article has one. */
    public Optional<ArticleText> version(Language language) {
        return Optional.ofNullable(versions.get(language));
    }

    /** The title from {@code meta.properties}, else the first French paragraph. */
    public String title() {
        return meta.titleIfPresent().orElseGet(() -> versions.get(Language.FR).paragraphs().get(0));
    }
}
