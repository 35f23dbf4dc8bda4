package org.songngu.review;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read-only queries behind the review pages. */
@Repository
class ReviewQueries {

    private final JdbcClient jdbc;

    ReviewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ArticleSummary> articles() {
        return jdbc.sql("""
                SELECT a.id, a.title, a.status, a.last_error,
                       (SELECT COUNT(*) FROM sentence s WHERE s.article_id = a.id AND s.lang = 'fr'),
                       (SELECT COUNT(*) FROM bead b WHERE b.article_id = a.id AND b.lang_pair = 'fr-vi'),
                       (SELECT COUNT(*) FROM bead b WHERE b.article_id = a.id AND b.lang_pair = 'fr-en'),
                       (SELECT COUNT(*) FROM finding f WHERE f.article_id = a.id)
                FROM article a ORDER BY a.id""")
                .query((rs, row) -> new ArticleSummary(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)))
                .list();
    }

    Optional<ArticleSummary> article(String id) {
        return articles().stream().filter(article -> article.id().equals(id)).findFirst();
    }

    List<BeadView> beads(String articleId, String pair) {
        return jdbc.sql("""
                SELECT id, idx, lang_pair, src_text, tgt_text, confidence, status
                FROM bead WHERE article_id = ? AND lang_pair = ? ORDER BY idx""")
                .params(articleId, pair)
                .query((rs, row) -> new BeadView(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getDouble(6), rs.getString(7)))
                .list();
    }
}
