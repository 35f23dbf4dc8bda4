package org.songngu.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An article ready for segmentation: its cleaned versions (French always, Vietnamese and English
 * when present) and the hash that tells whether its files changed since the last run.
 *
 * @param id          the article id (folder name)
 * @param meta        what {@code meta.properties} says, or {@link ArticleMeta#NONE}
 * @param versions    the cleaned versions present; always holds French
 * @param contentHash SHA-256 (hex) of the raw bytes of the version files and meta file, in the
 *                    order fr, vi, en, meta: equal hashes mean an unchanged article
 * @param metadata    the per-article metadata lines set aside from the versions (dates, counters,
 *                    credits, authors), in language then position order
 */
public record IngestedArticle(
        String id,
        ArticleMeta meta,
        Map<Language, ArticleText> versions,
        String contentHash,
        List<MetadataLine> metadata) {

    public IngestedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(contentHash, "contentHash");
        metadata = List.copyOf(metadata);
        if (!versions.containsKey(Language.FR)) {
            throw new IllegalArgumentException("article " + id + " needs a French version");
        }
        versions.forEach((language, text) -> {
            if (text.language() != language) {
                throw new IllegalArgumentException(
                        "article " + id + ": " + text.language() + " text filed under " + language);
            }
        });
        versions = Collections.unmodifiableMap(new EnumMap<>(versions));
    }

    /** An article without metadata lines. */
    public IngestedArticle(String id, ArticleMeta meta, Map<Language, ArticleText> versions, String contentHash) {
        this(id, meta, versions, contentHash, List.of());
    }

    /**
     * The publication date: the {@code date} of {@code meta.properties} when it has one
     * ({@link PublicationDate#declared}), else the one the metadata lines give ({@link PublicationDate#of}).
     *
     * @throws ArticleInputException when {@code meta.properties} has a date that is none
     */
    public Optional<LocalDate> published() {
        Optional<LocalDate> declared;
        try {
            declared = PublicationDate.declared(meta.date());
        } catch (IllegalArgumentException e) {
            throw new ArticleInputException(id, "meta.properties", e.getMessage(), e);
        }
        return declared.isPresent() ? declared : PublicationDate.of(metadata);
    }

    /**
     * This article with the metadata lines a reviewer put back (same language and text) returned to
     * their place among the content paragraphs.
     */
    public IngestedArticle restoring(Set<KeptLine> kept) {
        if (kept.isEmpty() || metadata.stream().noneMatch(line -> kept.contains(KeptLine.of(line)))) {
            return this;
        }
        Map<Language, ArticleText> restored = new EnumMap<>(Language.class);
        List<MetadataLine> stillAside = new ArrayList<>();
        for (Map.Entry<Language, ArticleText> entry : versions.entrySet()) {
            Language language = entry.getKey();
            List<MetadataLine> lines = metadata.stream()
                    .filter(line -> line.language() == language && line.inText())
                    .toList();
            List<String> content = entry.getValue().paragraphs();
            int total = content.size() + lines.size();
            String[] merged = new String[total];
            boolean[] back = new boolean[total];
            List<String> extra = new ArrayList<>();
            for (MetadataLine line : lines) {
                boolean restore = kept.contains(KeptLine.of(line));
                if (line.position() < total && merged[line.position()] == null) {
                    merged[line.position()] = line.text();
                    back[line.position()] = restore;
                } else if (restore) {
                    extra.add(line.text());
                }
                if (!restore) {
                    stillAside.add(line);
                }
            }
            List<String> paragraphs = new ArrayList<>(total);
            int next = 0;
            for (int i = 0; i < total; i++) {
                if (merged[i] == null) {
                    if (next < content.size()) {
                        paragraphs.add(content.get(next++));
                    }
                } else if (back[i]) {
                    paragraphs.add(merged[i]);
                }
            }
            paragraphs.addAll(content.subList(next, content.size()));
            paragraphs.addAll(extra);
            restored.put(language, new ArticleText(language, paragraphs));
        }
        metadata.stream().filter(line -> !line.inText()).forEach(stillAside::add);
        return new IngestedArticle(id, meta, restored, contentHash, stillAside);
    }

    /** The version in {@code language}, when the article has one. */
    public Optional<ArticleText> version(Language language) {
        return Optional.ofNullable(versions.get(language));
    }

    /** The title from {@code meta.properties}, else the first French content paragraph. */
    public String title() {
        return meta.titleIfPresent()
                .orElseGet(() -> versions.get(Language.FR).paragraphs().get(0));
    }
}
