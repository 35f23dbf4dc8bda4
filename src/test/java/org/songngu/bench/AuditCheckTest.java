package org.songngu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.songngu.bench.AuditCheck.Verdict;
import org.songngu.bench.AuditTrail.Action;
import org.songngu.bench.AuditTrail.Change;
import org.songngu.corpus.LanguagePair;
import org.songngu.review.ActionKind;
import org.songngu.store.Bead;
import org.songngu.store.BeadStatus;

/** Each check of the load benchmark passes on a consistent trail and fails on the fault it is for. */
class AuditCheckTest {

    private static final Sentences SENTENCES = new Sentences(List.of("F0.", "F1."), List.of("V0.", "V1."));
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-01T00:00:01Z");
    private static final Instant T2 = Instant.parse("2026-01-01T00:00:02Z");

    private static Bead bead(long id, int index, int version, String target, Instant at, String by) {
        return new Bead(
                id,
                "a",
                LanguagePair.FR_VI,
                index,
                index,
                index + 1,
                index,
                index + 1,
                "F" + index + ".",
                target,
                0.8,
                BeadStatus.PENDING,
                version,
                at,
                by);
    }

    private final Bead first = bead(1, 0, 0, "V0.", T0, null);
    private final Bead second = bead(2, 1, 0, "V1.", T0, null);
    private final Bead edited = bead(1, 0, 1, "V0. [m1]", T1, "ann");
    private final Bead reedited = bead(1, 0, 2, "V0. [m2]", T2, "bob");
    private final List<Ledger.Success> successes = List.of(
            new Ledger.Success("ann", ActionKind.EDIT, 10, 1, "[m1]"),
            new Ledger.Success("bob", ActionKind.EDIT, 11, 1, "[m2]"));

    /** Ann edits bead 1, then Bob edits it again from what Ann left. */
    private AuditTrail consistent() {
        return new AuditTrail(
                List.of(first, second),
                List.of(reedited, second),
                List.of(new Action(10, "ann", ActionKind.EDIT), new Action(11, "bob", ActionKind.EDIT)),
                List.of(new Change(100, 10, 1, first, edited), new Change(101, 11, 1, edited, reedited)),
                SENTENCES);
    }

    @Test
    void everyCheckPassesOnAConsistentTrail() {
        List<Verdict> verdicts = AuditCheck.all(consistent(), successes, Set.of("[m3]"), Set.of());

        assertThat(verdicts).hasSize(7).allMatch(Verdict::pass, "pass");
        assertThat(AuditCheck.editsKept(consistent(), successes).detail())
                .isEqualTo("2 accepted edits: 1 in the final text, 1 replaced by a later change");
    }

    @Test
    void anAcceptedActionMissingFromTheTrailFails() {
        List<Ledger.Success> told =
                List.of(successes.get(0), successes.get(1), new Ledger.Success("ann", ActionKind.APPROVE, 12, 2, null));

        Verdict verdict = AuditCheck.everyActionRecorded(consistent(), told);

        assertThat(verdict.pass()).isFalse();
        assertThat(verdict.detail()).contains("ann's APPROVE of bead 2 (audit id 12) is not in review_action");
    }

    @Test
    void anAuditRowOfAnotherKindOrUserFails() {
        List<Ledger.Success> told =
                List.of(successes.get(0), new Ledger.Success("bob", ActionKind.REJECT, 11, 1, null));

        assertThat(AuditCheck.everyActionRecorded(consistent(), told).detail())
                .contains("audit id 11 is bob's EDIT, but bob was told it recorded their REJECT");
    }

    @Test
    void anExtraAuditRowForAUserFails() {
        Verdict verdict = AuditCheck.everyActionRecorded(consistent(), successes.subList(0, 1));

        assertThat(verdict.pass()).isFalse();
        assertThat(verdict.detail()).contains("review_action holds {ann={EDIT=1}, bob={EDIT=1}}");
    }

    @Test
    void aFinalStateThatIsNotTheLastAfterStateFails() {
        Bead overwritten = bead(1, 0, 3, "V0. stale", T2, "bob");
        AuditTrail trail = new AuditTrail(
                consistent().initial(),
                List.of(overwritten, second),
                consistent().actions(),
                consistent().changes(),
                SENTENCES);

        assertThat(AuditCheck.finalStateIsLastChange(trail).pass()).isFalse();
    }

    @Test
    void aChangeWithoutAuditRowFails() {
        Bead silentlyChanged = bead(2, 1, 1, "V1. changed", T1, "eve");
        AuditTrail trail = new AuditTrail(
                consistent().initial(),
                List.of(reedited, silentlyChanged),
                consistent().actions(),
                consistent().changes(),
                SENTENCES);

        assertThat(AuditCheck.finalStateIsLastChange(trail).detail())
                .contains("bead 2 changed without any bead_change row");
    }

    @Test
    void theIndexAloneMayDifferBecauseRenumberingIsNotAudited() {
        Bead moved = new Bead(
                2L, "a", LanguagePair.FR_VI, 5, 1, 2, 1, 2, "F1.", "V1.", 0.8, BeadStatus.PENDING, 0, T0, null);

        assertThat(AuditCheck.same(second, moved)).isTrue();
        assertThat(AuditCheck.same(second, bead(2, 1, 1, "V1.", T0, null))).isFalse();
    }

    @Test
    void aChangeMadeFromAStaleReadBreaksTheChain() {
        Bead fromStale = bead(1, 0, 2, "V0. [m2]", T2, "bob");
        AuditTrail trail = new AuditTrail(
                List.of(first, second),
                List.of(fromStale, second),
                consistent().actions(),
                List.of(new Change(100, 10, 1, first, edited), new Change(101, 11, 1, first, fromStale)),
                SENTENCES);

        Verdict chain = AuditCheck.changesChain(trail);
        Verdict edits = AuditCheck.editsKept(trail, successes);

        assertThat(chain.pass()).isFalse();
        assertThat(chain.detail()).contains("bead 1: action 11 started from v0");
        assertThat(edits.pass()).isFalse();
        assertThat(edits.detail()).contains("edit [m1] of bead 1 was overwritten by action 11");
    }

    @Test
    void anAcceptedEditMissingFromTheFinalTextFails() {
        AuditTrail trail = new AuditTrail(
                List.of(first, second),
                List.of(bead(1, 0, 1, "V0.", T1, "ann"), second),
                List.of(new Action(10, "ann", ActionKind.EDIT)),
                List.of(new Change(100, 10, 1, first, edited)),
                SENTENCES);

        assertThat(AuditCheck.editsKept(trail, successes.subList(0, 1)).detail())
                .contains("edit [m1] of bead 1 is lost");
    }

    @Test
    void aRefusedEditFoundInABeadFails() {
        Verdict verdict = AuditCheck.refusedEditsLeftNoTrace(consistent(), Set.of("[m2]"));

        assertThat(verdict.pass()).isFalse();
        assertThat(verdict.detail()).contains("refused edit [m2] was written");
    }

    @Test
    void aNotFoundOnABeadNobodyDeletedFails() {
        assertThat(AuditCheck.goneBeadsWereDeleted(consistent(), Set.of(2L)).pass())
                .isFalse();

        AuditTrail merged = new AuditTrail(
                consistent().initial(),
                List.of(reedited),
                consistent().actions(),
                List.of(new Change(100, 10, 1, first, edited), new Change(101, 11, 2, second, null)),
                SENTENCES);
        assertThat(AuditCheck.goneBeadsWereDeleted(merged, Set.of(2L)).pass()).isTrue();
    }

    @Test
    void aGapOrAnOverlapInTheBeadsFails() {
        Bead overlapping = new Bead(
                2L, "a", LanguagePair.FR_VI, 1, 0, 2, 1, 2, "F0. F1.", "V1.", 0.8, BeadStatus.PENDING, 1, T1, "x");
        AuditTrail overlap = new AuditTrail(List.of(), List.of(first, overlapping), List.of(), List.of(), SENTENCES);
        AuditTrail missing = new AuditTrail(List.of(), List.of(first), List.of(), List.of(), SENTENCES);

        assertThat(AuditCheck.coverage(overlap).detail()).contains("bead 2 (#1) starts at 0/1 instead of 1/1");
        assertThat(AuditCheck.coverage(missing).detail())
                .contains("beads end at 1/1 but the article has 2/2 sentences");
    }

    @Test
    void aFrenchTextThatIsNotItsSentencesFails() {
        Bead wrongText = new Bead(
                2L, "a", LanguagePair.FR_VI, 1, 1, 2, 1, 2, "F0.", "V1.", 0.8, BeadStatus.PENDING, 0, T0, null);
        AuditTrail trail = new AuditTrail(List.of(), List.of(first, wrongText), List.of(), List.of(), SENTENCES);

        assertThat(AuditCheck.coverage(trail).detail()).contains("bead 2's French text is not its sentences 1–2");
    }
}
