package org.songngu.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.songngu.bench.AuditTrail.Change;
import org.songngu.review.ActionKind;
import org.songngu.store.Bead;

/**
 * After the load, compares what the reviewers were told with what the database kept: every
 * accepted action is in the audit trail once, each bead's history is an unbroken chain from its
 * state before the load to its final state, every accepted edit is still there or was replaced by
 * a recorded change that saw it, no refused edit left a trace, and the beads still cover every
 * sentence once in order. Stateless.
 */
final class AuditCheck {

    /** One check's outcome, with what it counted or the first problems it found. */
    record Verdict(String name, boolean pass, String detail) {

        @Override
        public String toString() {
            return (pass ? "PASS " : "FAIL ") + name + ": " + detail;
        }
    }

    private static final int SHOWN = 5;

    private AuditCheck() {}

    static List<Verdict> all(
            AuditTrail trail, List<Ledger.Success> successes, Set<String> refusedMarkers, Set<Long> goneBeads) {
        return List.of(
                everyActionRecorded(trail, successes),
                finalStateIsLastChange(trail),
                changesChain(trail),
                editsKept(trail, successes),
                refusedEditsLeftNoTrace(trail, refusedMarkers),
                goneBeadsWereDeleted(trail, goneBeads),
                coverage(trail));
    }

    /** Each accepted action's audit id names a row of the same user and kind, and each user has no other row. */
    static Verdict everyActionRecorded(AuditTrail trail, List<Ledger.Success> successes) {
        Map<Long, AuditTrail.Action> rows =
                trail.actions().stream().collect(Collectors.toMap(AuditTrail.Action::id, Function.identity()));
        List<String> problems = new ArrayList<>();
        Set<Long> claimed = new LinkedHashSet<>();
        for (Ledger.Success success : successes) {
            AuditTrail.Action row = rows.get(success.actionId());
            if (!claimed.add(success.actionId())) {
                problems.add("audit id " + success.actionId() + " was answered to two accepted actions");
            } else if (row == null) {
                problems.add(success.user() + "'s " + success.kind() + " of bead " + success.beadId() + " (audit id "
                        + success.actionId() + ") is not in review_action");
            } else if (!row.user().equals(success.user()) || row.kind() != success.kind()) {
                problems.add("audit id " + success.actionId() + " is " + row.user() + "'s " + row.kind() + ", but "
                        + success.user() + " was told it recorded their " + success.kind());
            }
        }
        Map<String, Map<ActionKind, Long>> told = successes.stream()
                .collect(Collectors.groupingBy(
                        Ledger.Success::user,
                        TreeMap::new,
                        Collectors.groupingBy(Ledger.Success::kind, TreeMap::new, Collectors.counting())));
        Map<String, Map<ActionKind, Long>> kept = trail.actions().stream()
                .collect(Collectors.groupingBy(
                        AuditTrail.Action::user,
                        TreeMap::new,
                        Collectors.groupingBy(AuditTrail.Action::kind, TreeMap::new, Collectors.counting())));
        if (!told.equals(kept)) {
            problems.add("accepted per user and kind " + told + " but review_action holds " + kept);
        }
        return verdict(
                "audit trail has every accepted action once, per user",
                problems,
                successes.size() + " accepted actions of " + told.size() + " reviewers = "
                        + trail.actions().size() + " review_action rows");
    }

    /** Each bead's final state (index aside: renumbering is not an audited change) is its last after_state. */
    static Verdict finalStateIsLastChange(AuditTrail trail) {
        Map<Long, Bead> finals = byId(trail.finals());
        Map<Long, Change> last = new HashMap<>();
        trail.changes().forEach(change -> last.put(change.beadId(), change));
        List<String> problems = new ArrayList<>();
        last.forEach((beadId, change) -> {
            Bead now = finals.get(beadId);
            if (!same(change.after(), now)) {
                problems.add("bead " + beadId + " is " + describe(now) + " but its last change (action "
                        + change.actionId() + ") left it " + describe(change.after()));
            }
        });
        Map<Long, Bead> initial = byId(trail.initial());
        finals.forEach((beadId, now) -> {
            if (!last.containsKey(beadId) && !same(initial.get(beadId), now)) {
                problems.add("bead " + beadId + " changed without any bead_change row: " + describe(initial.get(beadId))
                        + " -> " + describe(now));
            }
        });
        return verdict(
                "final state of every bead = after_state of its last bead_change",
                problems,
                last.size() + " changed beads, " + finals.size() + " beads now");
    }

    /**
     * Each change starts from the state the previous one left (or the state before the load): no write from a stale
     * read.
     */
    static Verdict changesChain(AuditTrail trail) {
        Map<Long, Bead> state = new HashMap<>(byId(trail.initial()));
        List<String> problems = new ArrayList<>();
        for (Change change : trail.changes()) {
            Bead previous = state.get(change.beadId());
            if (!same(change.before(), previous)) {
                problems.add("bead " + change.beadId() + ": action " + change.actionId() + " started from "
                        + describe(change.before()) + " but the bead was " + describe(previous));
            }
            state.put(change.beadId(), change.after());
        }
        return verdict(
                "every bead_change starts from the state the previous one left",
                problems,
                trail.changes().size() + " bead changes");
    }

    /** Each accepted edit's marker is in its bead's final text, or the next change of that bead started from it. */
    static Verdict editsKept(AuditTrail trail, List<Ledger.Success> successes) {
        Map<Long, Bead> finals = byId(trail.finals());
        Map<Long, List<Change>> byBead = trail.changes().stream().collect(Collectors.groupingBy(Change::beadId));
        List<String> problems = new ArrayList<>();
        int stillThere = 0;
        int replaced = 0;
        int edits = 0;
        for (Ledger.Success edit : successes) {
            if (edit.marker() == null) {
                continue;
            }
            edits++;
            List<Change> history = byBead.getOrDefault(edit.beadId(), List.of());
            Change own = history.stream()
                    .filter(change -> change.actionId() == edit.actionId())
                    .findFirst()
                    .orElse(null);
            Change next = history.stream()
                    .filter(change -> change.actionId() > edit.actionId())
                    .findFirst()
                    .orElse(null);
            if (own == null || own.after() == null || !own.after().tgtText().contains(edit.marker())) {
                problems.add(
                        "edit " + edit.marker() + " (action " + edit.actionId() + ") is not in its own bead_change");
            } else if (next == null) {
                Bead now = finals.get(edit.beadId());
                if (now != null && now.tgtText().contains(edit.marker())) {
                    stillThere++;
                } else {
                    problems.add("edit " + edit.marker() + " of bead " + edit.beadId()
                            + " is lost: no later change, and" + " the bead is now " + describe(now));
                }
            } else if (next.before() != null && next.before().tgtText().contains(edit.marker())) {
                replaced++;
            } else {
                problems.add("edit " + edit.marker() + " of bead " + edit.beadId() + " was overwritten by action "
                        + next.actionId() + ", which started from " + describe(next.before()));
            }
        }
        return verdict(
                "every accepted edit is in the final text or replaced by a later recorded change that saw it",
                problems,
                edits + " accepted edits: " + stillThere + " in the final text, " + replaced
                        + " replaced by a later change");
    }

    /** No marker of an edit answered 409, 404 or 422 is in a bead or an after_state. */
    static Verdict refusedEditsLeftNoTrace(AuditTrail trail, Set<String> refusedMarkers) {
        List<String> problems = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        trail.finals().forEach(bead -> texts.add(bead.tgtText()));
        trail.changes().stream()
                .filter(change -> change.after() != null)
                .forEach(change -> texts.add(change.after().tgtText()));
        for (String marker : refusedMarkers) {
            if (texts.stream().anyMatch(text -> text.contains(marker))) {
                problems.add("refused edit " + marker + " was written");
            }
        }
        return verdict(
                "no refused edit left a trace", problems, refusedMarkers.size() + " refused edits, none written");
    }

    /** A 404 on a bead is accepted only if some recorded action deleted that bead (a merge). */
    static Verdict goneBeadsWereDeleted(AuditTrail trail, Set<Long> goneBeads) {
        Set<Long> deleted = trail.changes().stream()
                .filter(change -> change.after() == null)
                .map(Change::beadId)
                .collect(Collectors.toSet());
        List<String> problems = goneBeads.stream()
                .filter(id -> !deleted.contains(id))
                .sorted()
                .map(id -> "bead " + id + " answered 404 but no recorded action deleted it")
                .toList();
        return verdict(
                "every 404 was on a bead a recorded merge deleted",
                problems,
                goneBeads.size() + " beads answered 404 after a merge");
    }

    /** Indices 0..n-1; the ranges follow each other from 0 to the sentence counts; French texts rebuilt right. */
    static Verdict coverage(AuditTrail trail) {
        List<String> problems = new ArrayList<>();
        int src = 0;
        int tgt = 0;
        Sentences sentences = trail.sentences();
        List<Bead> finals = trail.finals();
        for (int i = 0; i < finals.size(); i++) {
            Bead bead = finals.get(i);
            if (bead.index() != i) {
                problems.add("bead " + bead.id() + " at position " + i + " has index " + bead.index());
            }
            if (bead.srcStart() != src || bead.tgtStart() != tgt) {
                problems.add("bead " + bead.id() + " (#" + i + ") starts at " + bead.srcStart() + "/" + bead.tgtStart()
                        + " instead of " + src + "/" + tgt);
            }
            if (bead.srcEnd() <= sentences.sources().size()
                    && bead.srcStart() <= bead.srcEnd()
                    && !bead.srcText().equals(sentences.source(bead.srcStart(), bead.srcEnd()))) {
                problems.add("bead " + bead.id() + "'s French text is not its sentences " + bead.srcStart() + "–"
                        + bead.srcEnd());
            }
            src = bead.srcEnd();
            tgt = bead.tgtEnd();
        }
        if (src != sentences.sources().size() || tgt != sentences.targets().size()) {
            problems.add("beads end at " + src + "/" + tgt + " but the article has "
                    + sentences.sources().size() + "/" + sentences.targets().size() + " sentences");
        }
        return verdict(
                "beads cover every sentence once, in order",
                problems,
                finals.size() + " beads over " + sentences.sources().size() + " French and "
                        + sentences.targets().size() + " target sentences");
    }

    private static Verdict verdict(String name, List<String> problems, String success) {
        if (problems.isEmpty()) {
            return new Verdict(name, true, success);
        }
        String shown = problems.stream().limit(SHOWN).collect(Collectors.joining("; "));
        return new Verdict(
                name, false, problems.size() + " problem(s): " + shown + (problems.size() > SHOWN ? "; ..." : ""));
    }

    private static Map<Long, Bead> byId(List<Bead> beads) {
        return beads.stream().collect(Collectors.toMap(Bead::id, Function.identity()));
    }

    // Renumbering moves other beads' indices without a version or an audit row, so the index is left out.
    static boolean same(Bead a, Bead b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Objects.equals(a.id(), b.id())
                && a.articleId().equals(b.articleId())
                && a.pair().equals(b.pair())
                && a.srcStart() == b.srcStart()
                && a.srcEnd() == b.srcEnd()
                && a.tgtStart() == b.tgtStart()
                && a.tgtEnd() == b.tgtEnd()
                && a.srcText().equals(b.srcText())
                && a.tgtText().equals(b.tgtText())
                && Double.compare(a.confidence(), b.confidence()) == 0
                && a.status() == b.status()
                && a.version() == b.version()
                && Objects.equals(a.updatedAt(), b.updatedAt())
                && Objects.equals(a.updatedBy(), b.updatedBy());
    }

    private static String describe(Bead bead) {
        if (bead == null) {
            return "(absent)";
        }
        return "v" + bead.version() + " " + bead.status() + " " + bead.srcStart() + "-" + bead.srcEnd() + "/"
                + bead.tgtStart() + "-" + bead.tgtEnd() + " by " + bead.updatedBy() + " \"" + abbreviate(bead.tgtText())
                + "\"";
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : "…" + text.substring(text.length() - 60);
    }
}
