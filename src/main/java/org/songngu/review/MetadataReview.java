package org.songngu.review;

import java.util.List;
import org.songngu.corpus.Language;
import org.songngu.store.ArticleMetadataStore;
import org.songngu.store.MetadataRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An article's metadata lines for review, and the one action on them: putting a line back as
 * content. The choice is remembered ({@code metadata_kept}), audited ({@code review_action}
 * {@code KEEP_METADATA}), and the next run reads the article again with the line in its text;
 * the beads a reviewer worked on are kept as on any change of the article.
 */
@Service
public class MetadataReview {

    private static final int MAX_DETAIL = 400;

    private final ArticleMetadataStore metadata;
    private final ArticlePages pages;
    private final ReviewAudit audit;

    MetadataReview(ArticleMetadataStore metadata, ArticlePages pages, ReviewAudit audit) {
        this.metadata = metadata;
        this.pages = pages;
        this.audit = audit;
    }

    /** The metadata lines of an article, French first; 404 when there is no such article. */
    public List<MetadataRow> lines(String articleId) {
        pages.article(articleId);
        return metadata.lines(articleId);
    }

    /**
     * Puts a line back as content for every later run. Returns the line as it now stands.
     *
     * @throws NotFoundException      no such article, or no such line in it
     * @throws InvalidActionException the line was a tag of the HTML page, not a line of its text
     */
    @Transactional
    public MetadataRow keep(String articleId, long lineId, String user) {
        MetadataRow line = lines(articleId).stream()
                .filter(row -> row.id() == lineId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Article " + articleId + " has no metadata line " + lineId
                        + "; it may have been read again since: reload the page."));
        if (line.position() < 0) {
            throw new InvalidActionException("This line comes from the page's tags (" + line.kind()
                    + "), not from its text: there is no place to put it back.");
        }
        if (metadata.keep(articleId, line.language(), line.text(), user)) {
            String detail = line.kind() + " line: " + line.text();
            audit.record(
                    articleId,
                    Language.fromCode(line.language()),
                    ActionKind.KEEP_METADATA,
                    detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…",
                    user);
        }
        return new MetadataRow(
                line.id(), line.language(), line.position(), line.kind(), line.detectedBy(), line.text(), true);
    }

    /** "Vietnamese" for "vi": the page's column names. */
    public static String languageName(String code) {
        try {
            return Language.fromCode(code).englishName();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
