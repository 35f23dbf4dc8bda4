package org.songngu.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.songngu.corpus.LanguagePair;
import org.songngu.store.Bead;
import org.songngu.store.BeadStatus;

class AlignmentTableTest {

    @Test
    void rowsFollowTheFrenchBoundariesBothPairsShare() {
        // fr-vi: [0,1) [1,2) [2,3); fr-en: [0,2) [2,3)
        Map<LanguagePair, List<Bead>> pairs = new LinkedHashMap<>();
        pairs.put(
                LanguagePair.FR_VI,
                List.of(
                        bead(LanguagePair.FR_VI, 0, 0, 1, 0, 1),
                        bead(LanguagePair.FR_VI, 1, 1, 2, 1, 2),
                        bead(LanguagePair.FR_VI, 2, 2, 3, 2, 3)));
        pairs.put(
                LanguagePair.FR_EN,
                List.of(bead(LanguagePair.FR_EN, 0, 0, 2, 0, 1), bead(LanguagePair.FR_EN, 1, 2, 3, 1, 2)));

        List<AlignmentTable.Block> blocks = AlignmentTable.blocks(3, pairs);

        assertThat(blocks)
                .extracting(AlignmentTable.Block::srcStart, AlignmentTable.Block::srcEnd)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 2), org.assertj.core.groups.Tuple.tuple(2, 3));
        assertThat(blocks.get(0).of(LanguagePair.FR_VI)).extracting(Bead::index).containsExactly(0, 1);
        assertThat(blocks.get(0).of(LanguagePair.FR_EN)).extracting(Bead::index).containsExactly(0);
    }

    @Test
    void aTargetSentenceWithoutFrenchGetsARowOfItsOwnWhereThePairsAgree() {
        Map<LanguagePair, List<Bead>> pairs = new LinkedHashMap<>();
        pairs.put(
                LanguagePair.FR_VI,
                List.of(
                        bead(LanguagePair.FR_VI, 0, 0, 1, 0, 1),
                        bead(LanguagePair.FR_VI, 1, 1, 1, 1, 2),
                        bead(LanguagePair.FR_VI, 2, 1, 2, 2, 3)));
        pairs.put(
                LanguagePair.FR_EN,
                List.of(bead(LanguagePair.FR_EN, 0, 0, 1, 0, 1), bead(LanguagePair.FR_EN, 1, 1, 2, 1, 2)));

        List<AlignmentTable.Block> blocks = AlignmentTable.blocks(2, pairs);

        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(1).srcStart()).isEqualTo(blocks.get(1).srcEnd());
        assertThat(blocks.get(1).of(LanguagePair.FR_VI)).extracting(Bead::index).containsExactly(1);
        assertThat(blocks.get(1).of(LanguagePair.FR_EN)).isEmpty();
    }

    @Test
    void everyBeadAppearsInExactlyOneRow() {
        Map<LanguagePair, List<Bead>> pairs = new LinkedHashMap<>();
        pairs.put(
                LanguagePair.FR_VI,
                List.of(
                        bead(LanguagePair.FR_VI, 0, 0, 2, 0, 1),
                        bead(LanguagePair.FR_VI, 1, 2, 2, 1, 2),
                        bead(LanguagePair.FR_VI, 2, 2, 4, 2, 4)));
        pairs.put(
                LanguagePair.FR_EN,
                List.of(
                        bead(LanguagePair.FR_EN, 0, 0, 1, 0, 1),
                        bead(LanguagePair.FR_EN, 1, 1, 3, 1, 2),
                        bead(LanguagePair.FR_EN, 2, 3, 4, 2, 3)));

        List<AlignmentTable.Block> blocks = AlignmentTable.blocks(4, pairs);

        assertThat(blocks.stream()
                        .flatMap(block -> block.beads().values().stream().flatMap(List::stream)))
                .hasSize(6)
                .doesNotHaveDuplicates();
        assertThat(blocks).extracting(AlignmentTable.Block::srcStart).isSorted();
    }

    @Test
    void withoutAnyAlignmentEachFrenchSentenceIsARow() {
        assertThat(AlignmentTable.blocks(3, Map.of())).hasSize(3);
    }

    @Test
    void piecesCarryEveryOverlappingMark() {
        List<Piece> pieces = Markup.pieces(
                "abcdef",
                List.of(
                        new Markup.Span(1, 4, "term", "T"),
                        new Markup.Span(3, 5, "finding", "F"),
                        new Markup.Span(9, 12, "finding", "outside")));

        assertThat(pieces).extracting(Piece::text).containsExactly("a", "bc", "d", "e", "f");
        assertThat(pieces).extracting(Piece::css).containsExactly("", "term", "term finding", "finding", "");
        assertThat(pieces.get(2).title()).isEqualTo("T\nF");
    }

    private static Bead bead(LanguagePair pair, int index, int srcStart, int srcEnd, int tgtStart, int tgtEnd) {
        return new Bead(
                (long) (pair.code().hashCode() % 1000 * 100 + index),
                "a",
                pair,
                index,
                srcStart,
                srcEnd,
                tgtStart,
                tgtEnd,
                "s",
                "t",
                0.9,
                BeadStatus.PENDING,
                0,
                null,
                null);
    }
}
