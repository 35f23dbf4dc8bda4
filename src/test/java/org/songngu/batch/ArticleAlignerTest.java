package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.songngu.align.Aligner;
import org.songngu.align.AlignerSettings;
import org.songngu.corpus.LanguagePair;
import org.songngu.store.ArticleStore;
import org.springframework.dao.DataAccessResourceFailureException;

/** The align step's processor: one article at a time, a failure recorded on that article alone. */
class ArticleAlignerTest {

    private final ArticleStore store = mock(ArticleStore.class);
    private final ArticleAligner processor =
            new ArticleAligner(store, aligners(), new AlignmentModel(null, Map.of()), new StageTimes());

    @Test
    void alignsEachPairThatHasATranslation() {
        when(store.sentences("a")).thenReturn(Map.of("fr", List.of("Un.", "Deux."), "vi", List.of("Một.", "Hai.")));

        AlignedArticle aligned = processor.process(new PendingArticle("a", false));

        assertThat(aligned.error()).isNull();
        assertThat(aligned.beads()).containsOnlyKeys(LanguagePair.FR_VI);
        assertThat(aligned.beads().get(LanguagePair.FR_VI)).hasSize(2);
        assertThat(aligned.modelVersion()).isNull();
    }

    @Test
    void aFailureOnOneArticleIsThatArticlesOutcomeNotTheChunks() {
        when(store.sentences("broken")).thenThrow(new DataAccessResourceFailureException("connection reset\nmore"));

        AlignedArticle aligned = processor.process(new PendingArticle("broken", true));

        assertThat(aligned.error()).isEqualTo("alignment failed: connection reset");
        assertThat(aligned.beads()).isEmpty();
    }

    private static Map<LanguagePair, Aligner> aligners() {
        Map<LanguagePair, Aligner> aligners = new EnumMap<>(LanguagePair.class);
        for (LanguagePair pair : LanguagePair.values()) {
            aligners.put(pair, new Aligner(AlignerSettings.defaults(), List.of()));
        }
        return aligners;
    }
}
