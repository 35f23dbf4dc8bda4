package org.songngu.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.songngu.corpus.LanguagePair;
import org.songngu.store.Bead;
import org.songngu.store.BeadStatus;
import org.songngu.store.BeadStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Bead actions against the real schema (H2 in memory): locking, audit, undo and the coverage invariant. */
@SpringBootTest
@ActiveProfiles("test")
class BeadActionsTest {

    private static final LanguagePair PAIR = LanguagePair.FR_VI;

    @Autowired
    BeadActions actions;

    @Autowired
    BeadStore store;

    @Autowired
    ReviewAudit audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    private ReviewFixture fixture;

    @BeforeEach
    void storeAnArticle() {
        fixture = new ReviewFixture(context, "review-actions-test");
        fixture.storeOneToOne(0.95, 0.4, 0.92, 0.7, 0.99, 0.3);
    }

    @AfterEach
    void deleteIt() {
        fixture.delete();
    }

    @Test
    void approvingSavesTheStatusBumpsTheVersionAndLeavesATrail() {
        Bead bead = bead(1);

        actions.approve(bead.id(), bead.version(), "lan");

        Bead after = store.bead(bead.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(BeadStatus.APPROVED);
        assertThat(after.version()).isEqualTo(bead.version() + 1);
        assertThat(after.updatedBy()).isEqualTo("lan");
        List<ReviewAction> history = audit.history(bead.id());
        assertThat(history).singleElement().satisfies(action -> {
            assertThat(action.user()).isEqualTo("lan");
            assertThat(action.action()).isEqualTo(ActionKind.APPROVE);
            assertThat(action.changes().get(0).before().status()).isEqualTo(BeadStatus.PENDING);
            assertThat(action.changes().get(0).after().status()).isEqualTo(BeadStatus.APPROVED);
        });
    }

    @Test
    void aChangeOnAStaleVersionIsAConflictAndOverwritesNothing() {
        Bead bead = bead(2);
        actions.edit(bead.id(), bead.version(), Side.TARGET, "Bản dịch của Lan.", "lan");

        assertThatThrownBy(() -> actions.edit(bead.id(), bead.version(), Side.TARGET, "Bản dịch của Minh.", "minh"))
                .isInstanceOf(BeadConflictException.class)
                .hasMessageContaining("was changed by lan")
                .hasMessageContaining("Nothing was overwritten");
        assertThat(store.bead(bead.id()).orElseThrow().tgtText()).isEqualTo("Bản dịch của Lan.");
    }

    @Test
    void ofTwoConcurrentChangesOnTheSameVersionExactlyOneWins() throws Exception {
        Bead bead = bead(0);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (String user : List.of("lan", "minh")) {
            Callable<String> call = () -> {
                start.await();
                try {
                    actions.edit(bead.id(), bead.version(), Side.TARGET, "Bản dịch của " + user + ".", user);
                    return "ok";
                } catch (BeadConflictException | org.springframework.dao.ConcurrencyFailureException e) {
                    return "conflict";
                }
            };
            results.add(pool.submit(call));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();

        assertThat(outcomes).containsExactlyInAnyOrder("ok", "conflict");
        assertThat(store.bead(bead.id()).orElseThrow().version()).isEqualTo(bead.version() + 1);
    }

    @Test
    void aMergeAndAShiftOnNeighbouringBeadsAtOnceLeaveOneWinnerAndEverySentenceOnce() throws Exception {
        // merge #3 with #4 while another reviewer shifts #4's last sentence into #5: both change #4
        Bead third = bead(3);
        Bead fourth = bead(4);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> merge = pool.submit(() -> {
                start.await();
                return outcome(() -> actions.mergeWithNext(third.id(), third.version(), fourth.version(), "lan"));
            });
            Future<String> shift = pool.submit(() -> {
                start.await();
                return outcome(
                        () -> actions.shift(fourth.id(), fourth.version(), Side.SOURCE, Direction.NEXT, null, "minh"));
            });
            start.countDown();
            List<String> outcomes = List.of(merge.get(), shift.get());

            assertThat(outcomes).containsExactlyInAnyOrder("ok", "conflict");
        } finally {
            pool.shutdown();
        }
        assertCovered();
        assertThat(audit.history(fourth.id())).hasSizeLessThanOrEqualTo(1);
    }

    private static String outcome(Runnable action) {
        try {
            action.run();
            return "ok";
        } catch (BeadConflictException | org.springframework.dao.ConcurrencyFailureException e) {
            return "conflict";
        } catch (NotFoundException e) {
            // The other action committed first and removed the bead this one read (a merge took it):
            // the loser is told to reload, which is as much a lost race as a 409.
            return "conflict";
        }
    }

    @Test
    void mergeJoinsTheNextBeadAndRenumbersTheRest() {
        Bead first = bead(1);
        Bead second = bead(2);

        actions.mergeWithNext(first.id(), first.version(), second.version(), "lan");

        List<Bead> beads = store.beads(fixture.articleId, PAIR);
        assertThat(beads).hasSize(5);
        Bead merged = beads.get(1);
        assertThat(merged.id()).isEqualTo(first.id());
        assertThat(merged.shape()).isEqualTo("2-2");
        assertThat(merged.srcText()).isEqualTo(ReviewFixture.french(1) + " " + ReviewFixture.french(2));
        assertThat(merged.confidence()).isEqualTo(0.4);
        assertThat(store.bead(second.id())).isEmpty();
        assertCovered();
    }

    @Test
    void mergingTheLastBeadIsRefused() {
        Bead last = bead(5);

        assertThatThrownBy(() -> actions.mergeWithNext(last.id(), last.version(), null, "lan"))
                .isInstanceOf(InvalidActionException.class)
                .hasMessageContaining("is the last");
    }

    @Test
    void splitUndoesAMergeAtTheSentenceBoundary() {
        Bead first = bead(3);
        actions.mergeWithNext(first.id(), first.version(), null, "lan");
        Bead merged = bead(3);

        actions.split(merged.id(), merged.version(), 4, 4, "lan");

        List<Bead> beads = store.beads(fixture.articleId, PAIR);
        assertThat(beads).hasSize(6);
        assertThat(beads.get(3).srcText()).isEqualTo(ReviewFixture.french(3));
        assertThat(beads.get(4).tgtText()).isEqualTo(ReviewFixture.vietnamese(4));
        assertCovered();
    }

    @Test
    void aSplitOutsideTheBeadOrLeavingAnEmptyHalfIsRefused() {
        Bead bead = bead(2);

        assertThatThrownBy(() -> actions.split(bead.id(), bead.version(), 5, 5, "lan"))
                .isInstanceOf(InvalidActionException.class)
                .hasMessageContaining("outside it");
        assertThatThrownBy(() -> actions.split(bead.id(), bead.version(), 2, 2, "lan"))
                .isInstanceOf(InvalidActionException.class)
                .hasMessageContaining("without any sentence");
    }

    @Test
    void aSplitThatWouldLoseAHandEditIsRefused() {
        Bead first = bead(0);
        actions.mergeWithNext(first.id(), first.version(), null, "lan");
        Bead merged = bead(0);
        actions.edit(merged.id(), merged.version(), Side.TARGET, "Hai câu đã sửa.", "lan");
        Bead edited = bead(0);

        assertThatThrownBy(() -> actions.split(edited.id(), edited.version(), 1, 1, "lan"))
                .isInstanceOf(InvalidActionException.class)
                .hasMessageContaining("edited by hand");
    }

    @Test
    void shiftMovesOneSentenceToTheNeighbour() {
        Bead bead = bead(2);

        actions.shift(bead.id(), bead.version(), Side.TARGET, Direction.PREVIOUS, null, "lan");

        List<Bead> beads = store.beads(fixture.articleId, PAIR);
        assertThat(beads.get(1).shape()).isEqualTo("1-2");
        assertThat(beads.get(1).tgtText()).isEqualTo(ReviewFixture.vietnamese(1) + " " + ReviewFixture.vietnamese(2));
        assertThat(beads.get(2).shape()).isEqualTo("1-0");
        assertThat(beads.get(2).tgtText()).isEmpty();
        assertCovered();

        Bead emptied = beads.get(2);
        assertThatThrownBy(
                        () -> actions.shift(emptied.id(), emptied.version(), Side.SOURCE, Direction.NEXT, null, "lan"))
                .isInstanceOf(InvalidActionException.class)
                .hasMessageContaining("merge it");
        assertThatThrownBy(() ->
                        actions.shift(bead(0).id(), bead(0).version(), Side.SOURCE, Direction.PREVIOUS, null, "lan"))
                .isInstanceOf(InvalidActionException.class)
                .hasMessageContaining("no previous bead");
    }

    @Test
    void undoRestoresAMergedBeadWithItsIdAndText() {
        List<Bead> before = store.beads(fixture.articleId, PAIR);
        Bead first = before.get(4);
        actions.mergeWithNext(first.id(), first.version(), null, "lan");

        actions.undo(fixture.articleId, PAIR, "lan");

        List<Bead> after = store.beads(fixture.articleId, PAIR);
        assertThat(after)
                .extracting(Bead::id)
                .isEqualTo(before.stream().map(Bead::id).toList());
        assertThat(after)
                .extracting(Bead::srcText, Bead::tgtText, Bead::status)
                .isEqualTo(before.stream()
                        .map(b -> org.assertj.core.groups.Tuple.tuple(b.srcText(), b.tgtText(), b.status()))
                        .toList());
        assertCovered();
    }

    @Test
    void undoWalksBackOneActionAtATimeAndOnlyTheCallersOwn() {
        Bead bead = bead(0);
        actions.approve(bead.id(), bead.version(), "lan");
        Bead approved = bead(0);
        actions.mergeWithNext(approved.id(), approved.version(), null, "lan");
        Bead minhs = bead(3);
        actions.approve(minhs.id(), minhs.version(), "minh");

        actions.undo(fixture.articleId, PAIR, "lan");
        assertThat(bead(0).shape()).isEqualTo("1-1");
        assertThat(bead(0).status()).isEqualTo(BeadStatus.APPROVED);
        actions.undo(fixture.articleId, PAIR, "lan");
        assertThat(bead(0).status()).isEqualTo(BeadStatus.PENDING);
        assertThat(store.bead(minhs.id()).orElseThrow().status())
                .as("minh's approval stays")
                .isEqualTo(BeadStatus.APPROVED);
        assertThatThrownBy(() -> actions.undo(fixture.articleId, PAIR, "lan"))
                .isInstanceOf(InvalidActionException.class)
                .hasMessageContaining("no action");
    }

    @Test
    void undoRefusesToOverwriteSomeoneElsesLaterChange() {
        Bead bead = bead(1);
        actions.approve(bead.id(), bead.version(), "lan");
        Bead approved = bead(1);
        actions.edit(approved.id(), approved.version(), Side.TARGET, "Minh sửa.", "minh");

        assertThatThrownBy(() -> actions.undo(fixture.articleId, PAIR, "lan"))
                .isInstanceOf(BeadConflictException.class)
                .hasMessageContaining("minh");
        assertThat(bead(1).tgtText()).isEqualTo("Minh sửa.");
    }

    @Test
    void approveAboveApprovesOnlyPendingBeadsAtTheThreshold() {
        ActionOutcome outcome = actions.approveAbove(fixture.articleId, PAIR, 0.92, "lan");

        assertThat(outcome.beadIds()).hasSize(3);
        assertThat(store.beads(fixture.articleId, PAIR))
                .extracting(Bead::status)
                .containsExactly(
                        BeadStatus.APPROVED,
                        BeadStatus.PENDING,
                        BeadStatus.APPROVED,
                        BeadStatus.PENDING,
                        BeadStatus.APPROVED,
                        BeadStatus.PENDING);
        assertThat(actions.approveAbove(fixture.articleId, PAIR, 0.92, "lan").actionId())
                .isNull();
        assertThatThrownBy(() -> actions.approveAbove(fixture.articleId, PAIR, 1.5, "lan"))
                .isInstanceOf(InvalidActionException.class);
        assertThatThrownBy(() -> actions.approveAbove("no-such-article", PAIR, 0.5, "lan"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anEmptyEditIsRefusedAndAnUnknownBeadIsNotFound() {
        Bead bead = bead(0);

        assertThatThrownBy(() -> actions.edit(bead.id(), bead.version(), Side.SOURCE, "  ", "lan"))
                .isInstanceOf(InvalidActionException.class);
        assertThatThrownBy(() -> actions.approve(-5, 0, "lan")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anySequenceOfActionsKeepsEverySentenceInExactlyOneBeadInOrder() {
        Random random = new Random(20240521);
        int refused = 0;
        for (int step = 0; step < 300; step++) {
            List<Bead> beads = store.beads(fixture.articleId, PAIR);
            Bead bead = beads.get(random.nextInt(beads.size()));
            try {
                switch (random.nextInt(5)) {
                    case 0 -> actions.mergeWithNext(bead.id(), bead.version(), null, "lan");
                    case 1 ->
                        actions.split(
                                bead.id(),
                                bead.version(),
                                bead.srcStart() + random.nextInt(bead.srcEnd() - bead.srcStart() + 1),
                                bead.tgtStart() + random.nextInt(bead.tgtEnd() - bead.tgtStart() + 1),
                                "lan");
                    case 2 ->
                        actions.shift(
                                bead.id(),
                                bead.version(),
                                random.nextBoolean() ? Side.SOURCE : Side.TARGET,
                                random.nextBoolean() ? Direction.PREVIOUS : Direction.NEXT,
                                null,
                                "lan");
                    case 3 -> actions.undo(fixture.articleId, PAIR, "lan");
                    default -> actions.approve(bead.id(), bead.version(), "lan");
                }
            } catch (InvalidActionException e) {
                refused++;
            }
            assertCovered();
        }
        assertThat(refused).as("some actions were refused, most were done").isBetween(1, 200);
    }

    @Test
    void anEditSetsTheEditedFlagOfItsSideAndUndoClearsIt() {
        Bead bead = bead(1);

        actions.edit(bead.id(), bead.version(), Side.TARGET, "Câu đã sửa.", "lan");

        assertThat(bead(1).tgtEdited()).isTrue();
        assertThat(bead(1).srcEdited()).isFalse();
        actions.undo(fixture.articleId, PAIR, "lan");
        assertThat(bead(1).tgtEdited()).isFalse();
        assertThat(bead(1).tgtText()).isEqualTo(ReviewFixture.vietnamese(1));
    }

    @Test
    void theFlagNotTheTextSaysWhatWasEditedAndAMergeKeepsIt() {
        Bead bead = bead(1);
        // the reviewer typed the sentence's own text: still their edit, which a shift would not keep
        actions.edit(bead.id(), bead.version(), Side.TARGET, ReviewFixture.vietnamese(1), "lan");
        Bead edited = bead(1);
        assertThat(edited.tgtEdited()).isTrue();
        assertThatThrownBy(() -> actions.shift(edited.id(), edited.version(), Side.TARGET, Direction.NEXT, null, "lan"))
                .isInstanceOf(InvalidActionException.class)
                .hasMessageContaining("edited by hand");

        // the French side was not edited: its sentences may move
        actions.shift(edited.id(), edited.version(), Side.SOURCE, Direction.PREVIOUS, null, "lan");
        assertThat(bead(0).srcEdited()).isFalse();

        Bead first = bead(0);
        actions.mergeWithNext(first.id(), first.version(), null, "lan");
        assertThat(bead(0).tgtEdited())
                .as("a merge keeps an edit of either bead")
                .isTrue();
        assertCovered();
    }

    @Test
    void theMigrationMarksStoredBeadsWhoseTextDiffersFromTheirSentencesAsEdited() throws Exception {
        jdbc.sql("UPDATE bead SET tgt_text = 'Bản dịch sửa tay.' WHERE article_id = ? AND idx = 1")
                .param(fixture.articleId)
                .update();
        jdbc.sql("UPDATE bead SET src_text = 'Phrase corrigée.' WHERE article_id = ? AND idx = 2")
                .param(fixture.articleId)
                .update();
        String vendor = jdbc.sql("SELECT 1")
                        .query((rs, row) ->
                                rs.getStatement().getConnection().getMetaData().getDatabaseProductName())
                        .single()
                        .equals("H2")
                ? "h2"
                : "postgresql";

        String script = new String(
                        getClass()
                                .getResourceAsStream("/db/migration/" + vendor + "/V95__bead_edited.sql")
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("(?m)^--.*$", "");
        for (String statement : script.split(";")) {
            if (statement.strip().startsWith("UPDATE")) {
                jdbc.sql(statement).update();
            }
        }

        List<Bead> beads = store.beads(fixture.articleId, PAIR);
        assertThat(beads).extracting(Bead::srcEdited).containsExactly(false, false, true, false, false, false);
        assertThat(beads).extracting(Bead::tgtEdited).containsExactly(false, true, false, false, false, false);
    }

    private Bead bead(int index) {
        return store.beads(fixture.articleId, PAIR).get(index);
    }

    /**
     * Recomputed from the rows, not with {@code Coverage} (the rule the actions themselves enforce):
     * beads numbered 0..k-1, every sentence of either side in exactly one bead, owners in sentence
     * order, and each bead's text made of its own sentences (no action here edits text).
     */
    private void assertCovered() {
        List<java.util.Map<String, Object>> rows =
                jdbc.sql("""
                SELECT idx, src_start, src_end, tgt_start, tgt_end, src_text, tgt_text FROM bead
                WHERE article_id = ? AND lang_pair = ? ORDER BY idx\
                """).params(fixture.articleId, PAIR.code()).query().listOfRows();
        for (int i = 0; i < rows.size(); i++) {
            assertThat(((Number) rows.get(i).get("idx")).intValue()).isEqualTo(i);
        }
        assertOwnedOnceInOrder(rows, "src", fixture.articleId, "fr");
        assertOwnedOnceInOrder(rows, "tgt", fixture.articleId, "vi");
    }

    private void assertOwnedOnceInOrder(
            List<java.util.Map<String, Object>> rows, String side, String article, String lang) {
        List<String> sentences = jdbc.sql("SELECT content FROM sentence WHERE article_id = ? AND lang = ? ORDER BY idx")
                .params(article, lang)
                .query(String.class)
                .list();
        assertThat(sentences).hasSize(6);
        int previousOwner = -1;
        for (int sentence = 0; sentence < sentences.size(); sentence++) {
            List<Integer> owners = new ArrayList<>();
            for (int b = 0; b < rows.size(); b++) {
                int start = ((Number) rows.get(b).get(side + "_start")).intValue();
                int end = ((Number) rows.get(b).get(side + "_end")).intValue();
                if (start <= sentence && sentence < end) {
                    owners.add(b);
                }
            }
            assertThat(owners).as("%s sentence %d", side, sentence).hasSize(1);
            int owner = owners.get(0);
            assertThat(owner)
                    .as("%s sentence %d after sentence %d", side, sentence, sentence - 1)
                    .isGreaterThanOrEqualTo(previousOwner);
            assertThat((String) rows.get(owner).get(side + "_text")).contains(sentences.get(sentence));
            previousOwner = owner;
        }
    }
}
