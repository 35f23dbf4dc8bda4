package org.songngu.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.api.PageRequest;
import org.songngu.corpus.LanguagePair;
import org.songngu.store.ArticleStore;
import org.songngu.store.Bead;
import org.songngu.store.BeadStore;
import org.songngu.store.FindingRow;
import org.songngu.store.TmxImport;
import org.songngu.tmx.ExportRequest;
import org.songngu.tmx.TmxExport;
import org.songngu.tmx.TmxExportFilter;
import org.songngu.tmx.TmxExportSettings;
import org.songngu.tmx.TmxPair;
import org.songngu.tmx.TmxUnitSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Notes per bead and dismissed false alarms against the real schema (H2 here; the PostgreSQL
 * subclass runs the same on a server): the audit trail, undo, the TMX {@code <note>} and its round
 * trip, and a dismissed finding never stored again by the one insert of findings.
 */
@SpringBootTest
@ActiveProfiles("test")
class NotesAndDismissalsTest {

    private static final LanguagePair PAIR = LanguagePair.FR_VI;

    @Autowired
    BeadActions actions;

    @Autowired
    BeadStore store;

    @Autowired
    ReviewAudit audit;

    @Autowired
    FindingDismissal dismissals;

    @Autowired
    ArticleStore articles;

    @Autowired
    ReviewQueries queries;

    @Autowired
    ArticlePages pages;

    @Autowired
    TmxUnitSource tmxSource;

    @Autowired
    TmxImport tmxImport;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @TempDir
    Path folder;

    private ReviewFixture fixture;

    @BeforeEach
    void storeAnArticle() {
        fixture = new ReviewFixture(context, "notes-dismissals-test");
        fixture.storeOneToOne(0.95, 0.4, 0.92);
        jdbc.sql("DELETE FROM dismissed_finding").update();
    }

    @AfterEach
    void deleteIt() {
        fixture.delete();
        new ReviewFixture(context, "notes-dismissals-imported").delete();
        jdbc.sql("DELETE FROM dismissed_finding").update();
    }

    @Test
    void aNoteIsPartOfTheBeadTheTrailAndUndo() {
        Bead bead = bead(1);
        ActionOutcome outcome = actions.note(bead.id(), bead.version(), "  Ask the editor about the date.  ", "lan");

        Bead noted = store.bead(bead.id()).orElseThrow();
        assertThat(noted.note()).isEqualTo("Ask the editor about the date.");
        assertThat(noted.version()).isEqualTo(bead.version() + 1);
        assertThat(outcome.summary()).isEqualTo("Note on #2: Ask the editor about the date.");
        assertThat(audit.history(bead.id())).first().satisfies(action -> {
            assertThat(action.action()).isEqualTo(ActionKind.NOTE);
            assertThat(action.changes().get(0).before().note()).isNull();
            assertThat(action.changes().get(0).after().note()).isEqualTo("Ask the editor about the date.");
        });
        assertThat(HistoryEntry.of(audit.history(bead.id()).get(0)).lines())
                .extracting(HistoryEntry.Line::field)
                .contains("note");

        actions.approve(bead.id(), noted.version(), "lan");
        assertThat(store.bead(bead.id()).orElseThrow().note())
                .as("other actions keep the note")
                .isEqualTo("Ask the editor about the date.");
        actions.undo(fixture.articleId, PAIR, "lan");
        actions.undo(fixture.articleId, PAIR, "lan");
        assertThat(store.bead(bead.id()).orElseThrow().note())
                .as("undo takes the note back")
                .isNull();

        Bead now = store.bead(bead.id()).orElseThrow();
        actions.note(bead.id(), now.version(), "Second thought", "minh");
        Bead again = store.bead(bead.id()).orElseThrow();
        assertThat(actions.note(bead.id(), again.version(), "Second thought", "minh")
                        .actionId())
                .as("the same note again changes nothing")
                .isNull();
        actions.note(bead.id(), again.version(), "   ", "minh");
        assertThat(store.bead(bead.id()).orElseThrow().note())
                .as("a blank note removes it")
                .isNull();
    }

    @Test
    void aNoteTooLongOrOnAStaleVersionIsRefused() {
        Bead bead = bead(0);
        assertThatThrownBy(() -> actions.note(bead.id(), bead.version(), "x".repeat(Bead.MAX_NOTE + 1), "lan"))
                .isInstanceOf(InvalidActionException.class)
                .hasMessageContaining("at most 2000");
        actions.approve(bead.id(), bead.version(), "minh");
        assertThatThrownBy(() -> actions.note(bead.id(), bead.version(), "late", "lan"))
                .isInstanceOf(BeadConflictException.class)
                .hasMessageContaining("Bead #1 of notes-dismissals-test fr-vi was changed by minh at")
                .satisfies(
                        e -> assertThat(((BeadConflictException) e).changedBy()).isEqualTo("minh"));
        assertThat(store.bead(bead.id()).orElseThrow().note()).isNull();
    }

    @Test
    void mergingKeepsBothNotesAndSplittingKeepsItOnTheFirstHalf() {
        Bead first = bead(0);
        Bead second = bead(1);
        actions.note(first.id(), first.version(), "first note", "lan");
        actions.note(second.id(), second.version(), "second note", "lan");
        actions.mergeWithNext(first.id(), first.version() + 1, second.version() + 1, "lan");
        Bead merged = store.bead(first.id()).orElseThrow();
        assertThat(merged.note()).isEqualTo("first note\nsecond note");

        ActionOutcome split = actions.split(merged.id(), merged.version(), 1, 1, "lan");
        assertThat(split.summary()).isEqualTo("Split #1 before French sentence 2 and target sentence 2");
        assertThat(store.beads(fixture.articleId, PAIR))
                .extracting(Bead::note)
                .containsExactly("first note\nsecond note", null, null);
    }

    @Test
    void aNoteIsExportedAsATmxNoteAndComesBackOnceThroughAnImport() throws Exception {
        Bead bead = bead(0);
        actions.note(bead.id(), bead.version(), "Vérifier « Thái Bình » & <tags>", "lan");
        String exported = export(fixture.articleId);
        assertThat(exported).contains("<note>Vérifier « Thái Bình » &amp; &lt;tags&gt;</note>");
        org.songngu.tmx.DtdValidator.validate(exported.getBytes(StandardCharsets.UTF_8));

        Path file = folder.resolve("memory.tmx");
        Files.writeString(file, exported);
        tmxImport.importFile(
                file,
                new TmxImport.Options("notes-dismissals-imported", "notes-dismissals-imported", false, "PENDING"),
                progress -> {});
        String again = export("notes-dismissals-imported");
        assertThat(again.split("<note>", -1)).as("the note once, not twice").hasSize(2);
        assertThat(again).contains("<note>Vérifier « Thái Bình » &amp; &lt;tags&gt;</note>");
    }

    @Test
    void aDismissedFindingGoesEverywhereAndIsNeverStoredAgain() {
        fixture.finding(0, 0, 6, "Possible spelling mistake");
        fixture.finding(2, 0, 6, "Possible spelling mistake");
        fixture.finding(1, 0, 6, "Another rule's finding, kept");
        jdbc.sql("UPDATE finding SET rule_id = 'OTHER_RULE' WHERE article_id = ? AND sentence_idx = 1")
                .param(fixture.articleId)
                .update();
        fixture.frenchScore(0, 0.75);
        long findingId = queries.findings(fixture.articleId).get(0).id();

        FindingDismissal.Outcome outcome = dismissals.dismiss(fixture.articleId, findingId, "a name", "lan");

        assertThat(outcome.created()).isTrue();
        assertThat(outcome.dismissal().flagged()).isEqualTo("Phrase");
        assertThat(queries.findings(fixture.articleId))
                .as("the same rule on the same words goes in every sentence")
                .extracting(Finding::ruleId)
                .containsExactly("OTHER_RULE");
        assertThat(jdbc.sql("SELECT quality_score FROM sentence WHERE article_id = ? AND lang = 'fr' AND idx = 0")
                        .param(fixture.articleId)
                        .query(Double.class)
                        .single())
                .as("score without the dismissed finding")
                .isEqualTo(1.0);
        assertThat(pages.article(fixture.articleId).findings()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT detail FROM review_action WHERE article_id = ? AND action = 'DISMISS_FINDING'")
                        .param(fixture.articleId)
                        .query(String.class)
                        .single())
                .isEqualTo("TEST_RULE on “Phrase” in French sentence 1: a name");
        assertThat(dismissals.list(PageRequest.first(10)).items())
                .singleElement()
                .satisfies(dismissal -> assertThat(dismissal.user()).isEqualTo("lan"));

        // A later run (or a French edit) stores the check's findings through the one insert: the false alarm stays out.
        articles.saveFindings(
                fixture.articleId,
                List.of(
                        new FindingRow(0, "TEST_RULE", "TYPOS", "Possible spelling mistake", 0, 6, List.of()),
                        new FindingRow(0, "TEST_RULE", "TYPOS", "Other words", 7, 15, List.of("française")),
                        new FindingRow(2, "OTHER_RULE", "TYPOS", "Same words, another rule", 0, 6, List.of())),
                "OK",
                null,
                List.of(0.5625, 1.0, 0.75));
        assertThat(queries.findings(fixture.articleId))
                .extracting(Finding::message)
                .containsExactly("Other words", "Same words, another rule");
        assertThat(jdbc.sql("SELECT quality_score FROM sentence WHERE article_id = ? AND lang = 'fr' AND idx = 0")
                        .param(fixture.articleId)
                        .query(Double.class)
                        .single())
                .as("rescored without the dismissed finding")
                .isEqualTo(0.75);

        long other = queries.findings(fixture.articleId).get(0).id();
        dismissals.dismiss(fixture.articleId, other, null, "minh");
        FindingRow same = new FindingRow(0, "TEST_RULE", "TYPOS", "Other words", 7, 15, List.of());
        articles.saveFindings(fixture.articleId, List.of(same), "OK", null, List.of(0.75, 1.0, 1.0));
        assertThat(queries.findings(fixture.articleId)).isEmpty();
        dismissals.forget(dismissals.list(PageRequest.first(10)).items().get(0).id(), "admin");
        articles.saveFindings(fixture.articleId, List.of(same), "OK", null, List.of(0.75, 1.0, 1.0));
        assertThat(queries.findings(fixture.articleId))
                .as("a forgotten dismissal raises the rule again")
                .hasSize(1);
    }

    @Test
    void aDismissalIsRefusedWhereItCannotBeMade() {
        fixture.finding(0, 0, 6, "Possible spelling mistake");
        long findingId = queries.findings(fixture.articleId).get(0).id();

        assertThatThrownBy(() -> dismissals.dismiss(fixture.articleId, 999_999_999L, null, "lan"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> dismissals.dismiss("another-article", findingId, null, "lan"))
                .isInstanceOf(InvalidActionException.class)
                .hasMessageContaining("belongs to article");
        assertThatThrownBy(() -> dismissals.dismiss(fixture.articleId, findingId, "r".repeat(401), "lan"))
                .isInstanceOf(InvalidActionException.class)
                .hasMessageContaining("at most 400");
        jdbc.sql("UPDATE finding SET end_pos = 9999 WHERE id = ?")
                .param(findingId)
                .update();
        assertThatThrownBy(() -> dismissals.dismiss(fixture.articleId, findingId, null, "lan"))
                .isInstanceOf(InvalidActionException.class)
                .hasMessageContaining("no longer fits");
        assertThatThrownBy(() -> dismissals.forget(123_456_789L, "admin")).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dismissed_finding")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theSameWordsDismissedTwiceAreOneDismissal() {
        fixture.finding(0, 0, 6, "Possible spelling mistake");
        long first = queries.findings(fixture.articleId).get(0).id();
        dismissals.dismiss(fixture.articleId, first, null, "lan");
        // The same false alarm raised again before the dismissal reached it (a finding stored by hand here).
        fixture.finding(1, 0, 6, "Possible spelling mistake");
        long second = queries.findings(fixture.articleId).get(0).id();
        FindingDismissal.Outcome outcome = dismissals.dismiss(fixture.articleId, second, null, "minh");
        assertThat(outcome.created()).isFalse();
        assertThat(outcome.summary()).contains("was dismissed before, by lan");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dismissed_finding")
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void theArticleViewNumbersFromOneAndListsEachBeadsFindings() {
        fixture.finding(1, 0, 6, "Possible spelling mistake");
        ArticleView view = pages.view(fixture.articleId);
        ArticleView.Row row = view.rows().get(1);
        assertThat(row.sentenceNumbers()).isEqualTo("2");
        ArticleView.Cell cell = row.vi().get(0);
        assertThat(cell.bead().label()).isEqualTo("#2");
        assertThat(cell.sentencesText()).isEqualTo("French 2 ↔ Vietnamese 2");
        assertThat(cell.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.sentence()).isEqualTo(2);
            assertThat(finding.flagged()).isEqualTo("Phrase");
        });
        assertThat(view.map(PAIR).beads().get(1).title()).startsWith("Bead #2 · French 2 ↔ Vietnamese 2");
    }

    @Test
    void aSearchHitComesWithItsAlignedCounterparts() {
        var hits = pages.search("Câu tiếng Việt số 2", PageRequest.first(10)).items();
        assertThat(hits)
                .filteredOn(hit -> hit.articleId().equals(fixture.articleId))
                .singleElement()
                .satisfies(hit -> {
                    assertThat(hit.number()).isEqualTo(3);
                    assertThat(hit.aligned()).singleElement().satisfies(aligned -> {
                        assertThat(aligned.language()).isEqualTo("fr");
                        assertThat(aligned.text()).isEqualTo(ReviewFixture.french(2));
                    });
                });
    }

    private String export(String articleId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TmxExport(tmxSource, TmxExportSettings.defaults())
                .writeTo(
                        out,
                        new ExportRequest(
                                TmxPair.FR_VI,
                                new TmxExportFilter(
                                        false, 0, Set.of(articleId), (LocalDate) null, (LocalDate) null, Set.of()),
                                TmxExportSettings.defaults().codes()));
        return out.toString(StandardCharsets.UTF_8);
    }

    private Bead bead(int index) {
        return store.beads(fixture.articleId, PAIR).get(index);
    }
}
