package org.songngu.review;

import java.util.List;
import org.songngu.corpus.LanguagePair;
import org.songngu.store.Bead;

/**
 * Everything the article page shows: the summary, the rows side by side (fr | vi | en) and one
 * alignment map per pair. Everything a person reads is numbered from 1: beads "#1", sentences "1",
 * "3–4" (inclusive); the stored indices (from 0) stay in the data attributes and the API.
 */
public record ArticleView(ArticleSummary article, List<LanguagePair> pairs, List<Row> rows, List<MapView> maps) {

    /** The map of a pair, or null when the pair has no alignment. */
    public MapView map(LanguagePair pair) {
        return maps.stream().filter(map -> map.pair() == pair).findFirst().orElse(null);
    }

    /** One row: French sentences and, per target language, the beads that fall in it. */
    public record Row(int number, int srcStart, int srcEnd, List<Sentence> french, List<Cell> vi, List<Cell> en) {

        public boolean insertion() {
            return srcStart == srcEnd;
        }

        /** The row's French sentences as people count them: "3" or "3–4". */
        public String sentenceNumbers() {
            return Bead.sentences(srcStart, srcEnd);
        }

        public int findings() {
            return french.stream().mapToInt(Sentence::findings).sum();
        }
    }

    /**
     * A French sentence cut into pieces (glossary terms, findings, missing translations), with its
     * French quality score (1 without findings; null before it was checked).
     */
    public record Sentence(int index, List<Piece> pieces, int findings, Double score) {

        public int number() {
            return index + 1;
        }

        public String scoreText() {
            return score == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", score);
        }
    }

    /**
     * One bead in its target column: the bead, its colour band, its target text in pieces, its
     * French text when a reviewer edited it for this pair, the glossary terms it lacks, its sentences
     * and the French findings on its French sentences (listed under the bead when it is the current one).
     */
    public record Cell(
            Bead bead,
            String band,
            List<Piece> target,
            List<Piece> editedSource,
            List<String> missing,
            List<String> sourceSentences,
            List<String> targetSentences,
            List<FindingNote> findings) {

        public Cell(
                Bead bead,
                String band,
                List<Piece> target,
                List<Piece> editedSource,
                List<String> missing,
                List<String> sourceSentences,
                List<String> targetSentences) {
            this(bead, band, target, editedSource, missing, sourceSentences, targetSentences, List.of());
        }

        public String confidenceText() {
            return String.format(java.util.Locale.ROOT, "%.2f", bead.confidence());
        }

        /** "French 3 ↔ Vietnamese 3–4": the bead's sentences, numbered from 1. */
        public String sentencesText() {
            String target = bead.pair().target().englishName();
            return "French " + Bead.sentences(bead.srcStart(), bead.srcEnd()) + " ↔ " + target + " "
                    + Bead.sentences(bead.tgtStart(), bead.tgtEnd());
        }

        /** When and by whom the bead last changed, "12:32, by admin"; empty when no reviewer touched it. */
        public String changedText() {
            return bead.updatedBy() == null ? "" : Moments.byWhom(bead.updatedAt(), bead.updatedBy());
        }
    }

    /** A French finding as listed under its bead: its sentence (from 1), the words it flags, what it says. */
    public record FindingNote(
            long id, int sentence, String flagged, String message, String suggestions, String ruleId) {}

    /** The alignment path of one pair as an SVG plot: French index across, target index down. */
    public record MapView(
            LanguagePair pair, int width, int height, int frenchSentences, int targetSentences, List<MapBead> beads) {

        public String targetName() {
            return pair.target().englishName();
        }
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
