package org.songngu.review;

import java.util.List;

/**
 * Everything the article page shows: the summary, the rows side by side (fr | vi | en) and one
 * alignment map per pair.
 */
public record ArticleView(ArticleSummary article, List<String> pairs, List<Row> rows, List<MapView> maps) {

    /** One row: French sentences and, per target language, the beads that fall in it. */
    public record Row(int number, int srcStart, int srcEnd, List<Sentence> french, List<Cell> vi, List<Cell> en) {

        public boolean insertion() {
            return srcStart == srcEnd;
        }
    }

    /**
     * A French sentence cut into pieces (glossary terms, findings, missing translations), with its
     * French quality score (1 without findings; null before it was checked).
     */
    public record Sentence(int index, List<Piece> pieces, int findings, Double score) {

        public String scoreText() {
            return score == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", score);
        }
    }

    /**
     * One bead in its target column: the bead, its colour band, its target text in pieces, its
     * French text when a reviewer edited it for this pair, and the glossary terms it lacks.
     */
    public record Cell(Bead bead, String band, List<Piece> target, List<Piece> editedSource, List<String> missing,
            List<String> sourceSentences, List<String> targetSentences) {

        public String confidenceText() {
            return String.format(java.util.Locale.ROOT, "%.2f", bead.confidence());
        }
    }

    /** The alignment path of one pair as an SVG plot: French index across, target index down. */
    public record MapView(String pair, int width, int height, int frenchSentences, int targetSentences,
            List<MapBead> beads) {
    }

    /** One bead on the map: a box from its first to its last sentences, linked to its row. */
    public record MapBead(long id, int index, double x, double y, double w, double h, String band, String title) {

        public double cx() {
            return x + w / 2;
        }

        public double cy() {
            return y + h / 2;
        }
    }
}
