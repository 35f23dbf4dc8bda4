package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.songngu.store.RunOutcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs the whole job on the project's corpus/ and checks stored pairs of the seed article against
 * the alignment its translations were written to have (corpus/README.md).
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlignmentJobIntegrationTest {

    private static final String SEED = "thai-binh-dan-van";

    @Autowired
    AlignmentRuns runs;

    @Autowired
    JdbcClient jdbc;

    private RunReport first;

    @BeforeAll
    void runTheJobOnTheCorpus() throws Exception {
        // Other tests of the shared context may have stored the corpus already: start from nothing.
        try (var folders = java.nio.file.Files.list(Path.of("corpus"))) {
            folders.filter(java.nio.file.Files::isDirectory)
                    .forEach(folder -> jdbc.sql("DELETE FROM article WHERE id = ?")
                            .param(folder.getFileName().toString())
                            .update());
        }
        first = runs.run(Path.of("corpus"));
    }

    @Test
    void processesEveryArticleOfTheCorpus() {
        assertThat(first.succeeded()).as("run report %s", first).isTrue();
        assertThat(first.articles()).extracting(row -> row.articleId()).contains(SEED, "tphcm-mot-cua-truc-tuyen");
        assertThat(first.count(RunOutcome.PROCESSED)).isEqualTo(first.articles().size());
        for (var article : first.articles()) {
            assertThat(jdbc.sql("SELECT check_status FROM article WHERE id = ?")
                            .param(article.articleId())
                            .query(String.class)
                            .single())
                    .as("French check of %s", article.articleId())
                    .isEqualTo("OK");
        }
        // Every French sentence has a quality score in (0, 1], and the article their mean.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sentence WHERE article_id = ? AND lang = 'fr' "
                                + "AND (quality_score IS NULL OR quality_score <= 0 OR quality_score > 1)")
                        .param(SEED)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT ABS(a.quality_score - (SELECT AVG(s.quality_score) FROM sentence s "
                                + "WHERE s.article_id = a.id AND s.lang = 'fr')) FROM article a WHERE a.id = ?")
                        .param(SEED)
                        .query(Double.class)
                        .single())
                .isLessThan(1e-9);
    }

    @Test
    void aRunOverAnUnchangedCorpusChangesNothing() throws Exception {
        List<String> before = beadsOf(SEED, "fr-vi");

        RunReport second = runs.run(Path.of("corpus"));

        assertThat(second.count(RunOutcome.UNCHANGED))
                .isEqualTo(second.articles().size());
        assertThat(beadsOf(SEED, "fr-vi")).isEqualTo(before);
    }

    @Test
    void oneFrenchSentenceBecomesTwoVietnameseSentences() {
        String vietnamese = targetOf(SEED, "fr-vi", "Le Front de la Patrie et les organisations socio-politiques");

        assertThat(vietnamese)
                .startsWith("Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tiếp tục đổi mới")
                .contains("Các tổ chức này phát huy vai trò đại diện");
        assertThat(shapeOf(SEED, "fr-vi", "Le Front de la Patrie et les organisations socio-politiques"))
                .isEqualTo("1-2");
    }

    @Test
    void twoFrenchSentencesBecomeOneVietnameseSentence() {
        assertThat(shapeOf(SEED, "fr-vi", "L'accueil des citoyens, le traitement de leurs plaintes"))
                .isEqualTo("2-1");
        assertThat(sourceOf(SEED, "fr-vi", "L'accueil des citoyens"))
                .contains("Le sens des responsabilités et l'engagement au service du peuple");
    }

    @Test
    void oneFrenchSentenceBecomesTwoEnglishSentences() {
        assertThat(shapeOf(SEED, "fr-en", "Le travail de mobilisation des masses doit être fortement orienté"))
                .isEqualTo("1-2");
        assertThat(targetOf(SEED, "fr-en", "Le travail de mobilisation des masses doit être fortement orienté"))
                .contains("The aim is to strengthen the entire political system");
    }

    @Test
    void theSentenceLeftOutOfTheEnglishHasNoEnglishCounterpart() {
        String french = "Le dialogue direct entre les dirigeants des comités du Parti";

        assertThat(shapeOf(SEED, "fr-en", french)).isEqualTo("1-0");
        assertThat(shapeOf(SEED, "fr-vi", french)).isEqualTo("1-1");
        assertThat(targetOf(SEED, "fr-vi", french)).startsWith("Việc đối thoại trực tiếp");
    }

    @Test
    void titlesAndNamesAlignOneToOneWithHighConfidence() {
        assertThat(targetOf(SEED, "fr-vi", "Améliorer la qualité et l'efficacité"))
                .isEqualTo("Nâng cao chất lượng, hiệu quả công tác dân vận");
        assertThat(targetOf(SEED, "fr-en", "Le camarade Nguyen Van Giang, membre du Comité permanent"))
                .startsWith("Comrade Nguyen Van Giang");
        assertThat(jdbc.sql("SELECT MIN(confidence) FROM bead WHERE article_id = ? AND src_text LIKE 'Améliorer%'")
                        .param(SEED)
                        .query(Double.class)
                        .single())
                .isGreaterThan(0.9);
    }

    private String shapeOf(String article, String pair, String frenchStart) {
        return bead("(src_end - src_start) || '-' || (tgt_end - tgt_start)", article, pair, frenchStart);
    }

    private String targetOf(String article, String pair, String frenchStart) {
        return bead("tgt_text", article, pair, frenchStart);
    }

    private String sourceOf(String article, String pair, String frenchStart) {
        return bead("src_text", article, pair, frenchStart);
    }

    /** One value of the single bead of the pair whose French starts with {@code frenchStart}. */
    private String bead(String expression, String article, String pair, String frenchStart) {
        return jdbc.sql("SELECT " + expression
                        + " FROM bead WHERE article_id = ? AND lang_pair = ? AND src_text LIKE ?")
                .params(article, pair, frenchStart + "%")
                .query(String.class)
                .single();
    }

    private List<String> beadsOf(String article, String pair) {
        return jdbc.sql("""
                SELECT idx || ':' || src_start || '-' || src_end || ':' || tgt_start || '-' || tgt_end FROM bead
                WHERE article_id = ? AND lang_pair = ? ORDER BY idx\
                """).params(article, pair).query(String.class).list();
    }
}
