package org.songngu.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QualityValuesTest {

    private static QualityFinding finding(int sentence, String category) {
        return new QualityFinding(sentence, "RULE", category, "message", 0, 1, List.of());
    }

    @Test
    void rejectsInvalidSettings() {
        assertThatThrownBy(() -> QualitySettings.defaults().withThreads(0)).hasMessageContaining("thread");
        assertThatThrownBy(() -> QualitySettings.defaults().withCacheSize(-1)).hasMessageContaining("cache");
        assertThatThrownBy(() -> QualitySettings.defaults().withArticleTimeout(Duration.ZERO))
                .hasMessageContaining("time-out");
    }

    @Test
    void rejectsFindingsWithABadSpan() {
        assertThatThrownBy(() -> new QualityFinding(0, "R", "C", "m", 5, 4, List.of()))
                .hasMessageContaining("span");
        assertThatThrownBy(() -> new QualityFinding(0, "R", "C", "m", -1, 4, List.of()))
                .hasMessageContaining("span");
        assertThatThrownBy(() -> new QualityFinding(0, " ", "C", "m", 0, 4, List.of()))
                .hasMessageContaining("rule");
    }

    @Test
    void everyFindingLowersTheScoreWhateverTheOrderAndWithinBounds() {
        String[] categories = {"TYPOS", "STYLE", "AGREEMENT", "GRAMMAR", "TYPOGRAPHY", "MULTITOKEN_SPELLING"};
        java.util.Random random = new java.util.Random(7);
        for (int trial = 0; trial < 500; trial++) {
            List<QualityFinding> findings = new java.util.ArrayList<>();
            double previous = QualityScore.of(findings);
            assertThat(previous).as("no finding").isEqualTo(1.0);
            for (int k = 0; k < 1 + random.nextInt(40); k++) {
                findings.add(finding(0, categories[random.nextInt(categories.length)]));
                double score = QualityScore.of(findings);
                assertThat(score).isBetween(QualityScore.FLOOR, 1.0);
                if (previous > QualityScore.FLOOR) {
                    assertThat(score).isLessThan(previous);
                } else {
                    assertThat(score).isEqualTo(QualityScore.FLOOR);
                }
                previous = score;
            }
            List<QualityFinding> shuffled = new java.util.ArrayList<>(findings);
            java.util.Collections.shuffle(shuffled, random);
            assertThat(QualityScore.of(shuffled))
                    .isCloseTo(QualityScore.of(findings), org.assertj.core.data.Offset.offset(1e-12));
        }
        assertThat(QualityScore.of(java.util.Collections.nCopies(5_000, finding(0, "AGREEMENT"))))
                .as("many findings end at the floor, never at 0")
                .isEqualTo(QualityScore.FLOOR);
    }

    @Test
    void grammarWeighsMoreThanSpellingWhichWeighsMoreThanAdvice() {
        double grammar = QualityScore.of(List.of(finding(0, "AGREEMENT")));
        double spelling = QualityScore.of(List.of(finding(0, "TYPOS")));
        double advice = QualityScore.of(List.of(finding(0, "STYLE")));
        assertThat(grammar).isLessThan(spelling);
        assertThat(spelling).isLessThan(advice);
        assertThat(advice).isLessThan(1.0);
        // pinned once: a possible typo and a style remark leave 0.75 × 0.9
        assertThat(QualityScore.of(List.of(finding(0, "TYPOS"), finding(0, "STYLE"))))
                .isCloseTo(0.675, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void summarisesAnArticle() {
        SentenceCheck clean = new SentenceCheck(0, List.of(), 1.0);
        SentenceCheck typo = new SentenceCheck(1, List.of(finding(1, "TYPOS")), 0.75);

        ArticleCheck check = ArticleCheck.of(List.of(clean, typo), 1);

        assertThat(check.summary()).isEqualTo(new ArticleSummary(2, 1, 1, java.util.Map.of("TYPOS", 1), 0.875, 1));
        assertThat(typo.hasFindingIn(Set.of("TYPOS"))).isTrue();
        assertThat(clean.hasFindingIn(Set.of("TYPOS"))).isFalse();
    }

    @Test
    void keepsSentenceResultsInArticleOrder() {
        SentenceCheck second = new SentenceCheck(1, List.of(), 1.0);

        assertThatThrownBy(() -> ArticleCheck.of(List.of(second), 0)).hasMessageContaining("order");
        assertThatThrownBy(() -> new SentenceCheck(0, List.of(finding(1, "TYPOS")), 0.75))
                .hasMessageContaining("sentence 0");
        assertThatThrownBy(() -> ArticleCheck.failed(3, " ")).hasMessageContaining("reason");
    }

    @Test
    void splitsPendingSentencesIntoOneRunPerThread() {
        List<FrenchChecker.Pending> units = List.of("Un.", "Deux phrases.", "Trois.", "Quatre mots ici.").stream()
                .map(FrenchChecker.Pending::new)
                .toList();

        List<List<FrenchChecker.Pending>> chunks = FrenchChecker.chunks(units, 2);

        assertThat(chunks).hasSize(2);
        assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(units);
        assertThat(FrenchChecker.chunks(units, 8)).hasSizeLessThanOrEqualTo(4);
    }
}
