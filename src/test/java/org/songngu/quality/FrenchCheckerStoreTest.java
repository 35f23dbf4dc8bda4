package org.songngu.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The checker with a {@link FindingStore}, over a fake LanguageTool that counts its calls. */
class FrenchCheckerStoreTest {

    private static final QualitySettings SETTINGS = QualitySettings.defaults().withThreads(1);
    private static final QualityFinding STORED =
            new QualityFinding(0, "D_N", "AGREEMENT", "Accord.", 4, 10, List.of("phrases"));

    private final AtomicInteger checks = new AtomicInteger();
    private final TextChecker.Factory counting = () -> (text, deadline) -> {
        if (!text.getPlainText().equals(FrenchChecker.WARM_UP_TEXT)) {
            checks.incrementAndGet();
        }
        return List.of();
    };

    @Test
    void aSentenceTheStoreHoldsIsNotCheckedAgainAndANewOneIsStored() {
        InMemory store = new InMemory();
        try (FrenchChecker checker = new FrenchChecker(SETTINGS, List.of(), List.of(), counting, store)) {
            store.put(checker.version(), FrenchChecker.sentenceKey("Une phrases connue."), List.of(STORED));

            ArticleCheck result = checker.check(List.of("Une phrases connue.", "Une phrase nouvelle."), List.of());

            assertThat(result.findings()).containsExactly(STORED);
            assertThat(result.summary().cachedSentences()).isEqualTo(1);
            assertThat(checks).hasValue(1);
            assertThat(store.entries)
                    .containsKey(checker.version() + FrenchChecker.sentenceKey("Une phrase nouvelle."));
        }
        // A later run (a new checker, same settings) checks neither sentence.
        try (FrenchChecker later = new FrenchChecker(SETTINGS, List.of(), List.of(), counting, store)) {
            ArticleCheck again = later.check(List.of("Une phrase nouvelle.", "Une phrases connue."), List.of());

            assertThat(again.summary().cachedSentences()).isEqualTo(2);
            assertThat(checks).hasValue(1);
        }
    }

    @Test
    void otherSettingsOrTermsGiveAnotherVersion() {
        FindingStore.Version base = FrenchChecker.checkerVersion(SETTINGS, List.of("terme"), List.of());

        assertThat(FrenchChecker.checkerVersion(SETTINGS, List.of("terme"), List.of()))
                .isEqualTo(base);
        assertThat(FrenchChecker.checkerVersion(SETTINGS, List.of("autre terme"), List.of()))
                .isNotEqualTo(base);
        assertThat(FrenchChecker.checkerVersion(
                        new QualitySettings(Set.of(), Set.of(), SETTINGS.articleTimeout(), 10, 1),
                        List.of("terme"),
                        List.of()))
                .isNotEqualTo(base);
        assertThat(base.languageTool()).isEqualTo(org.languagetool.JLanguageTool.VERSION);
    }

    @Test
    void aFailingStoreNeitherFailsNorChangesTheCheck() {
        FindingStore broken = new FindingStore() {
            @Override
            public Map<String, List<QualityFinding>> find(Version version, Collection<String> keys) {
                throw new IllegalStateException("database down");
            }

            @Override
            public void save(Version version, Map<String, List<QualityFinding>> findings) {
                throw new IllegalStateException("database down");
            }
        };
        try (FrenchChecker checker = new FrenchChecker(SETTINGS, List.of(), List.of(), counting, broken)) {
            ArticleCheck result = checker.check(List.of("Une phrase."), List.of());

            assertThat(result.isFailed()).isFalse();
            assertThat(result.sentences()).hasSize(1);
            assertThat(checks).hasValue(1);
        }
    }

    @Test
    void aFailedCheckStoresNothing() {
        InMemory store = new InMemory();
        TextChecker.Factory failing = () -> (text, deadline) -> {
            throw new java.io.IOException("dictionary missing");
        };
        try (FrenchChecker checker = new FrenchChecker(SETTINGS, List.of(), List.of(), failing, store)) {
            assertThat(checker.check(List.of("Une phrase."), List.of()).isFailed())
                    .isTrue();
            assertThat(store.entries).isEmpty();
        }
    }

    private static final class InMemory implements FindingStore {
        final Map<String, List<QualityFinding>> entries = new ConcurrentHashMap<>();

        void put(Version version, String key, List<QualityFinding> findings) {
            entries.put(version + key, findings);
        }

        @Override
        public Map<String, List<QualityFinding>> find(Version version, Collection<String> keys) {
            Map<String, List<QualityFinding>> found = new ConcurrentHashMap<>();
            keys.forEach(key -> {
                List<QualityFinding> hit = entries.get(version + key);
                if (hit != null) {
                    found.put(key, hit);
                }
            });
            return found;
        }

        @Override
        public void save(Version version, Map<String, List<QualityFinding>> findings) {
            findings.forEach((key, list) -> put(version, key, list));
        }
    }
}
