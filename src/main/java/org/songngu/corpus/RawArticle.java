package org.songngu.corpus;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * An article as read from its folder, before boilerplate removal. A run reads every article first,
 * learns the {@link BoilerplateModel} from all of them, then cleans each one.
 *
 * @param id          the article id (folder name)
 * @param meta        what {@code meta.properties} says, or {@link ArticleMeta#NONE}
 * @param versions    the versions present; always holds French
 * @param contentHash SHA-256 (hex) of the raw bytes of the version files and meta file
 */
public record RawArticle(String id, ArticleMeta meta, Map<Language, RawVersion> versions, String contentHash) {

    public RawArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(contentHash, "contentHash");
        if (!versions.containsKey(Language.FR)) {
            throw new IllegalArgumentException("article " + id + " needs a French version");
        }
        versions = Collections.unmodifiableMap(new EnumMap<>(versions));
    }
}
