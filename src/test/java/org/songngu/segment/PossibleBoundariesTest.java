package org.songngu.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.songngu.corpus.Language;
import org.songngu.segment.Piece.Boundary;

/** Boundaries that rules cannot decide are marked possible, for the aligner to decide. */
class PossibleBoundariesTest {

    @Test
    void anAbbreviationEndingASentenceBeforeACapitalIsAPossibleBoundaryTheRulesTook() {
        assertThat(pieces(Language.FR, "Il vit à Washington D.C. Mme Pelosi a parlé. Puis il est parti."))
                .containsExactly(
                        tuple("Il vit à Washington D.C.", Boundary.CERTAIN),
                        tuple("Mme Pelosi a parlé.", Boundary.LIKELY),
                        tuple("Puis il est parti.", Boundary.CERTAIN));
        assertThat(pieces(Language.VI, "Chợ bán trái cây, rau, v.v. Giá cả đang tăng."))
                .containsExactly(
                        tuple("Chợ bán trái cây, rau, v.v.", Boundary.CERTAIN),
                        tuple("Giá cả đang tăng.", Boundary.LIKELY));
    }

    @Test
    void anAbbreviationBeforeACapitalInsideASentenceIsAPossibleBoundaryTheRulesLeft() {
        assertThat(pieces(Language.EN, "The U.S. Senate voted for Plan B. George W. Bush said no."))
                .containsExactly(
                        tuple("The U.S.", Boundary.CERTAIN),
                        tuple("Senate voted for Plan B.", Boundary.UNLIKELY),
                        tuple("George W.", Boundary.UNLIKELY),
                        tuple("Bush said no.", Boundary.UNLIKELY));
    }

    @Test
    void titlesUnitsAndRunsOfInitialsAreNoPossibleBoundary() {
        assertThat(pieces(Language.FR, "M. Nguyen et J. K. Rowling sont venus."))
                .hasSize(1);
        assertThat(pieces(Language.EN, "Mr. Smith met Dr. Lee at St. Paul's.")).hasSize(1);
        assertThat(pieces(Language.VI, "Đoàn về H. Củ Chi, TX. Sơn Tây và TP. Thủ Đức."))
                .hasSize(1);
        assertThat(pieces(Language.VI, "PGS.TS. Nguyễn Văn A phát biểu.")).hasSize(1);
    }

    @Test
    void piecesJoinedAtTheirPossibleBoundariesAreTheSplittersSentences() {
        String paragraph =
                "He works in Washington D.C. The U.S. Senate voted. J.K. Rowling came at 10 a.m. Then she left.";
        SentenceSplitter splitter = SentenceSplitter.forLanguage(Language.EN);
        List<Piece> pieces = splitter.splitMarked(paragraph);
        assertThat(String.join(" ", pieces.stream().map(Piece::text).toList()))
                .isEqualTo(String.join(" ", splitter.split(paragraph)));
        assertThat(pieces.get(0).before()).isEqualTo(Boundary.CERTAIN);
        assertThat(pieces.stream()
                                .filter(piece -> piece.before() == Boundary.CERTAIN)
                                .count()
                        - 1)
                .isEqualTo(splitter.split(paragraph).size()
                        - 1
                        - pieces.stream()
                                .filter(piece -> piece.before() == Boundary.LIKELY)
                                .count());
    }

    @Test
    void priorsOfPossibleBoundariesAreProbabilities() {
        assertThat(Boundary.LIKELY.prior()).isBetween(0.5, 1.0).isLessThan(1.0);
        assertThat(Boundary.UNLIKELY.prior()).isBetween(0.0, 0.5).isGreaterThan(0.0);
        assertThat(Boundary.CERTAIN.possible()).isFalse();
    }

    private static List<org.assertj.core.groups.Tuple> pieces(Language language, String paragraph) {
        return SentenceSplitter.forLanguage(language).splitMarked(paragraph).stream()
                .map(piece -> tuple(piece.text(), piece.before()))
                .toList();
    }
}
