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
        assertThatThrownBy(() -> new QualityFinding(0, "R", "C", "m", 5, 4, List.of())).hasMessageContaining("span");
        assertThatThrownBy(() -> new QualityFinding(0, "R", "C", "m", -1, 4, List.of())).hasMessageContaining("span");
        assertThatThrownBy(() -> new QualityFinding(0, " ", "C", "m", 0, 4, List.of())).hasMessageContaining("rule");
    }

    @Test
    void scoresMultiplyTheRemainingQualityOfEachFinding() {
        assertThat(QualityScore.of(List.of())).isEqualTo(1.0);
        assertThat(QualityScore.of(List.of(finding(0, "TYPOS"), finding(0, "STYLE"))))
                .isEqualTo((1 - QualityScore.SPELLING_WEIGHT) * (1 - QualityScore.ADVICE_WEIGHT));
        assertThat(QualityScore.of(java.util.Collections.nCopies(5_000, finding(0, "AGREEMENT"))))
                .isEqualTo(QualityScore.FLOOR);
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
                .map(FrenchChecker.Pending::new).toList();

        List<List<FrenchChecker.Pending>> chunks = FrenchChecker.chunks(units, 2);

        assertThat(chunks).hasSize(2);
        assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(units);
        assertThat(FrenchChecker.chunks(units, 8)).hasSizeLessThanOrEqualTo(4);
    }
}
