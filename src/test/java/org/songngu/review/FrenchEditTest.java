package org.songngu.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.songngu.corpus.LanguagePair;
import org.songngu.store.Bead;
import org.songngu.store.BeadStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * An article has one French text: editing the French of a bead (E) changes the sentence for every
 * pair, leaves a trail on each bead it changed, makes stale views of the other pair conflict, and
 * runs the French check on the new sentence at once.
 */
@SpringBootTest
@ActiveProfiles("test")
class FrenchEditTest {

    private static final String ARTICLE = "french-edit-test";
    private static final List<String> FRENCH =
            List.of("Le congrès s'ouvre.", "Il dure deux jours.", "Les délégués votent.", "La séance est levée.");

    @Autowired
    BeadActions actions;

    @Autowired
    BeadStore store;

    @Autowired
    ReviewAudit audit;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void storeAnArticleAlignedDifferentlyPerPair() {
        deleteIt();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("INSERT INTO article (id, title, status, check_status, updated_at) VALUES (?, 'French "
                        + "edit', 'FAILED', 'OK', ?)")
                .params(ARTICLE, now)
                .update();
        for (int i = 0; i < FRENCH.size(); i++) {
            sentence("fr", i, FRENCH.get(i));
            sentence("vi", i, "Câu " + i + ".");
            bead("fr-vi", i, i, i + 1, i, i + 1, FRENCH.get(i), "Câu " + i + ".");
        }
        // fr-en cuts the French differently: its first bead holds French sentences 0 and 1.
        sentence("en", 0, "The congress opens for two days.");
        sentence("en", 1, "Delegates vote.");
        sentence("en", 2, "The session is closed.");
        bead("fr-en", 0, 0, 2, 0, 1, FRENCH.get(0) + " " + FRENCH.get(1), "The congress opens for two days.");
        bead("fr-en", 1, 2, 3, 1, 2, FRENCH.get(2), "Delegates vote.");
        bead("fr-en", 2, 3, 4, 2, 3, FRENCH.get(3), "The session is closed.");
    }

    @AfterEach
    void deleteIt() {
        jdbc.sql("DELETE FROM article WHERE id = ?").param(ARTICLE).update();
    }

    @Test
    void editingTheFrenchChangesItForEveryPairAndChecksItAtOnce() {
        Bead vi = bead("fr-vi", 0);
        Bead en = bead("fr-en", 0);

        ActionOutcome outcome =
                actions.edit(vi.id(), vi.version(), Side.SOURCE, "Ils a présidé le congrès avec les délégué.", "lan");

        assertThat(jdbc.sql("SELECT content FROM sentence WHERE article_id = ? AND lang = 'fr' ORDER BY idx")
                        .param(ARTICLE)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "Ils a présidé le congrès avec les délégué.", FRENCH.get(1), FRENCH.get(2), FRENCH.get(3));
        assertThat(bead("fr-vi", 0).srcText()).isEqualTo("Ils a présidé le congrès avec les délégué.");
        Bead enAfter = bead("fr-en", 0);
        assertThat(enAfter.srcText()).isEqualTo("Ils a présidé le congrès avec les délégué. " + FRENCH.get(1));
        assertThat(enAfter.version()).isEqualTo(en.version() + 1);
        assertThat(enAfter.tgtText()).isEqualTo(en.tgtText());
        assertThat(bead("fr-en", 1).version()).isZero();
        // The trail is on each bead the edit changed, in its own pair.
        assertThat(audit.history(vi.id()))
                .singleElement()
                .satisfies(action -> assertThat(action.action()).isEqualTo(ActionKind.EDIT));
        assertThat(audit.history(en.id())).singleElement().satisfies(action -> {
            assertThat(action.action()).isEqualTo(ActionKind.EDIT);
            assertThat(action.changes().get(0).before().srcText()).isEqualTo(en.srcText());
            assertThat(action.detail()).contains("French edited in fr-vi");
        });
        // A reviewer who loaded fr-en before the edit is refused rather than overwriting it.
        assertThatThrownBy(() -> actions.approve(en.id(), en.version(), "minh"))
                .isInstanceOf(BeadConflictException.class);
        // LanguageTool ran on the new sentence within the request: findings are there at once.
        List<String> rules = jdbc.sql("SELECT rule_id FROM finding WHERE article_id = ? AND sentence_idx = 0")
                .param(ARTICLE)
                .query(String.class)
                .list();
        assertThat(rules).hasSizeGreaterThanOrEqualTo(2);
        assertThat(outcome.summary()).contains("the French check flags").contains("the other pair's bead over it too");
        assertThat(jdbc.sql("SELECT quality_score FROM sentence WHERE article_id = ? AND lang = 'fr' AND idx = 0")
                        .param(ARTICLE)
                        .query(Double.class)
                        .single())
                .isLessThan(1.0);
    }

    @Test
    void undoRestoresTheFrenchForEveryPair() {
        Bead vi = bead("fr-vi", 2);
        actions.edit(vi.id(), vi.version(), Side.SOURCE, "Les délégués votent la résolution.", "lan");
        assertThat(bead("fr-en", 1).srcText()).isEqualTo("Les délégués votent la résolution.");

        actions.undo(ARTICLE, LanguagePair.FR_VI, "lan");

        assertThat(bead("fr-vi", 2).srcText()).isEqualTo(FRENCH.get(2));
        assertThat(bead("fr-en", 1).srcText()).isEqualTo(FRENCH.get(2));
        assertThat(jdbc.sql("SELECT content FROM sentence WHERE article_id = ? AND lang = 'fr' AND idx = 2")
                        .param(ARTICLE)
                        .query(String.class)
                        .single())
                .isEqualTo(FRENCH.get(2));
    }

    @Test
    void aBeadOfSeveralFrenchSentencesIsEditedSentenceBySentence() {
        Bead en = bead("fr-en", 0);

        assertThatThrownBy(
                        () -> actions.edit(en.id(), en.version(), Side.SOURCE, "Une seule phrase maintenant.", "lan"))
                .isInstanceOf(InvalidActionException.class)
                .hasMessageContaining("holds 2 French sentences")
                .hasMessageContaining("has 1");
        assertThat(bead("fr-en", 0).version()).isEqualTo(en.version());

        actions.edit(en.id(), en.version(), Side.SOURCE, "Le congrès s'ouvre ce matin. Il dure deux jours.", "lan");

        assertThat(bead("fr-vi", 0).srcText()).isEqualTo("Le congrès s'ouvre ce matin.");
        assertThat(bead("fr-vi", 1).srcText()).isEqualTo("Il dure deux jours.");
        assertThat(bead("fr-en", 0).srcText()).isEqualTo("Le congrès s'ouvre ce matin. Il dure deux jours.");
    }

    private Bead bead(String pair, int index) {
        return store.beads(ARTICLE, LanguagePair.fromCode(pair)).get(index);
    }

    private void sentence(String language, int index, String text) {
        jdbc.sql("INSERT INTO sentence (article_id, lang, idx, paragraph, content) VALUES (?, ?, ?, 0, ?)")
                .params(ARTICLE, language, index, text)
                .update();
    }

    private void bead(
            String pair, int index, int srcStart, int srcEnd, int tgtStart, int tgtEnd, String src, String tgt) {
        jdbc.sql("""
                INSERT INTO bead (article_id, lang_pair, idx, src_start, src_end, tgt_start, tgt_end,
                    src_text, tgt_text,
                                  confidence, status, version, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0.9, 'PENDING', 0, ?)""")
                .params(
                        ARTICLE,
                        pair,
                        index,
                        srcStart,
                        srcEnd,
                        tgtStart,
                        tgtEnd,
                        src,
                        tgt,
                        Timestamp.from(Instant.now()))
                .update();
    }
}
