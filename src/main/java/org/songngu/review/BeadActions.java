package org.songngu.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.songngu.align.BeadText;
import org.songngu.corpus.Language;
import org.songngu.corpus.LanguagePair;
import org.songngu.segment.SentenceSplitter;
import org.songngu.store.ArticleStore;
import org.songngu.store.ArticleSummaries;
import org.songngu.store.Bead;
import org.songngu.store.BeadStatus;
import org.songngu.store.BeadStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewer's actions on beads, each saved at once in one transaction, guarded by the version
 * the reviewer saw, recorded in the audit trail, and checked to keep the pair's beads covering
 * every sentence of both sides exactly once in order ({@link Coverage}).
 */
@Service
@Transactional
public class BeadActions {

    private static final int MAX_TEXT = 20_000;
    private static final SentenceSplitter FRENCH = SentenceSplitter.forLanguage(Language.FR);

    private final BeadStore store;
    private final ReviewAudit audit;
    private final ArticleSummaries summaries;
    private final FrenchRecheck recheck;
    private final ArticleStore articles;

    BeadActions(
            BeadStore store,
            ReviewAudit audit,
            ArticleSummaries summaries,
            FrenchRecheck recheck,
            ArticleStore articles) {
        this.store = store;
        this.articles = articles;
        this.audit = audit;
        this.summaries = summaries;
        this.recheck = recheck;
    }

    public ActionOutcome approve(long beadId, int version, String user) {
        return setStatus(beadId, version, BeadStatus.APPROVED, ActionKind.APPROVE, user);
    }

    public ActionOutcome reject(long beadId, int version, String user) {
        return setStatus(beadId, version, BeadStatus.REJECTED, ActionKind.REJECT, user);
    }

    /** Puts an approved or rejected bead back to pending. */
    public ActionOutcome reset(long beadId, int version, String user) {
        return setStatus(beadId, version, BeadStatus.PENDING, ActionKind.RESET, user);
    }

    /** Replaces the text of one side; the ranges stay, so the text is the reviewer's correction. */
    public ActionOutcome edit(long beadId, int version, Side side, String text, String user) {
        Bead bead = current(beadId, version);
        if (text == null || text.isBlank()) {
            throw new InvalidActionException("The new text is empty. To drop a sentence from the pair, reject the"
                    + " bead or shift the sentence to a neighbour.");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidActionException(
                    "The new text has " + text.length() + " characters; at most " + MAX_TEXT + " are accepted.");
        }
        String cleaned = text.strip();
        if (side == Side.SOURCE) {
            return editFrench(bead, cleaned, user, ActionKind.EDIT, null);
        }
        Bead edited = bead.withEditedText(false, cleaned);
        return commit(
                bead,
                ActionKind.EDIT,
                side.name().toLowerCase() + " text of " + bead.label(),
                user,
                null,
                List.of(new Planned(bead, edited)),
                false);
    }

    /**
     * An article has one French text: the edit replaces the bead's French sentences themselves, and
     * every bead of every pair over them takes the new text (each change in its pair's audit trail,
     * each bead's version bumped, so a reviewer who loaded the other pair before gets a 409). The
     * French check then runs again on the changed sentences, in this request.
     */
    private ActionOutcome editFrench(Bead bead, String text, String user, ActionKind kind, Long undoes) {
        if (bead.srcStart() == bead.srcEnd()) {
            throw new InvalidActionException(
                    "Bead " + bead.label() + " has no French sentence to edit; shift one into" + " it first ({ or }).");
        }
        List<String> french = new ArrayList<>(store.sentences(bead.articleId(), Language.FR));
        int count = bead.srcEnd() - bead.srcStart();
        List<String> replaced = count == 1
                ? List.of(text)
                : FRENCH.split(text).stream()
                        .map(String::strip)
                        .filter(sentence -> !sentence.isEmpty())
                        .toList();
        if (replaced.size() != count) {
            throw new InvalidActionException("Bead " + bead.label() + " holds " + count + " French sentences, but the"
                    + " new text has " + replaced.size()
                    + ". The French is shared by every pair, so edit it sentence by"
                    + " sentence: keep " + count + " sentences, or split the bead first (s).");
        }
        for (int i = 0; i < count; i++) {
            french.set(bead.srcStart() + i, replaced.get(i));
            articles.replaceSentence(bead.articleId(), Language.FR, bead.srcStart() + i, replaced.get(i));
        }
        ActionOutcome outcome = null;
        int others = 0;
        for (LanguagePair pair : List.of(bead.pair(), bead.pair().other())) {
            List<Planned> plan = new ArrayList<>();
            for (Bead affected : store.beads(bead.articleId(), pair)) {
                if (affected.srcStart() < bead.srcEnd() && affected.srcEnd() > bead.srcStart()) {
                    String joined = BeadText.of(french, affected.srcStart(), affected.srcEnd());
                    plan.add(new Planned(affected, affected.withSentenceSource(joined)));
                }
            }
            if (pair == bead.pair()) {
                outcome = commit(bead, kind, "source text of " + bead.label(), user, undoes, plan, false);
            } else if (!plan.isEmpty()) {
                others += plan.size();
                commit(
                        plan.get(0).before(),
                        ActionKind.EDIT,
                        "source text of " + plan.get(0).before().label() + " (French edited in " + bead.pair() + ")",
                        user,
                        null,
                        plan,
                        false);
            }
        }
        String checked = recheck.sentences(bead.articleId(), bead.srcStart(), replaced);
        String also =
                others == 0 ? "" : "; the other pair's " + (others == 1 ? "bead" : others + " beads") + " over it too";
        return new ActionOutcome(
                outcome.actionId(),
                outcome.articleId(),
                outcome.pair(),
                outcome.summary() + also + "; " + checked,
                outcome.beadIds(),
                outcome.changedBeadIds(),
                outcome.removedBeadIds());
    }

    /**
     * Writes, replaces or (with a blank text) removes the bead's note for the next reviewer. The
     * note is part of the bead's state: the audit trail shows it before and after, undo restores it.
     */
    public ActionOutcome note(long beadId, int version, String text, String user) {
        Bead bead = current(beadId, version);
        String note = text == null || text.isBlank() ? null : text.strip();
        if (note != null && note.length() > Bead.MAX_NOTE) {
            throw new InvalidActionException(
                    "The note has " + note.length() + " characters; at most " + Bead.MAX_NOTE + " are kept.");
        }
        if (Objects.equals(note, bead.note())) {
            return ActionOutcome.nothing(
                    bead.articleId(), bead.pair(), "The note of bead " + bead.label() + " is already as written.");
        }
        String detail = bead.label() + (note == null ? " removed" : ": " + abbreviate(note));
        return commit(
                bead, ActionKind.NOTE, detail, user, null, List.of(new Planned(bead, bead.withNote(note))), false);
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 120 ? line : line.substring(0, 119) + "…";
    }

    /** Joins a bead with the next one; their texts are joined as they are, edits included. */
    public ActionOutcome mergeWithNext(long beadId, int version, Integer nextVersion, String user) {
        Bead bead = current(beadId, version);
        List<Bead> beads = store.beads(bead.articleId(), bead.pair());
        if (bead.index() + 1 >= beads.size()) {
            throw new InvalidActionException("Bead " + bead.label() + " is the last of the article: there is no next"
                    + " bead to merge it with.");
        }
        Bead next = beads.get(bead.index() + 1);
        requireVersion(next, nextVersion);
        Bead merged = new Bead(
                bead.id(),
                bead.articleId(),
                bead.pair(),
                bead.index(),
                bead.srcStart(),
                next.srcEnd(),
                bead.tgtStart(),
                next.tgtEnd(),
                BeadText.concat(bead.srcText(), next.srcText()),
                BeadText.concat(bead.tgtText(), next.tgtText()),
                Math.min(bead.confidence(), next.confidence()),
                BeadStatus.PENDING,
                bead.version(),
                null,
                null,
                joinNotes(bead.note(), next.note()),
                bead.srcEdited() || next.srcEdited(),
                bead.tgtEdited() || next.tgtEdited());
        return commit(
                bead,
                ActionKind.MERGE,
                bead.label() + " with " + next.label(),
                user,
                null,
                List.of(new Planned(bead, merged), new Planned(next, null)),
                true);
    }

    /**
     * Splits a bead in two before French sentence {@code sourceAt} and target sentence
     * {@code targetAt} (absolute sentence indices); both halves must keep at least one sentence.
     */
    public ActionOutcome split(long beadId, int version, int sourceAt, int targetAt, String user) {
        Bead bead = current(beadId, version);
        if (sourceAt < bead.srcStart()
                || sourceAt > bead.srcEnd()
                || targetAt < bead.tgtStart()
                || targetAt > bead.tgtEnd()) {
            throw new InvalidActionException("Bead " + bead.label() + " holds French sentences "
                    + Bead.sentences(bead.srcStart(), bead.srcEnd()) + " and target sentences "
                    + Bead.sentences(bead.tgtStart(), bead.tgtEnd()) + "; a split before French sentence "
                    + (sourceAt + 1) + " and target sentence " + (targetAt + 1) + " is outside it.");
        }
        boolean firstEmpty = sourceAt == bead.srcStart() && targetAt == bead.tgtStart();
        boolean secondEmpty = sourceAt == bead.srcEnd() && targetAt == bead.tgtEnd();
        if (firstEmpty || secondEmpty) {
            throw new InvalidActionException("Splitting bead " + bead.label() + " before French sentence "
                    + (sourceAt + 1) + " and target sentence " + (targetAt + 1)
                    + " would leave one half without any sentence; choose a point inside the bead.");
        }
        Texts texts = texts(bead);
        requireUnedited(bead, Side.SOURCE, "split");
        requireUnedited(bead, Side.TARGET, "split");
        Bead first = bead.withRanges(
                        bead.srcStart(),
                        sourceAt,
                        bead.tgtStart(),
                        targetAt,
                        texts.source(bead.srcStart(), sourceAt),
                        texts.target(bead.tgtStart(), targetAt))
                .withStatus(BeadStatus.PENDING);
        Bead second = bead.withRanges(
                        sourceAt,
                        bead.srcEnd(),
                        targetAt,
                        bead.tgtEnd(),
                        texts.source(sourceAt, bead.srcEnd()),
                        texts.target(targetAt, bead.tgtEnd()))
                .withStatus(BeadStatus.PENDING)
                .withNote(null)
                .asNew();
        return commit(
                bead,
                ActionKind.SPLIT,
                bead.label() + " before French sentence " + (sourceAt + 1) + " and target sentence " + (targetAt + 1),
                user,
                null,
                List.of(new Planned(bead, first), new Planned(null, second)),
                true);
    }

    /** Moves the first sentence of a side to the previous bead, or the last one to the next bead. */
    public ActionOutcome shift(
            long beadId, int version, Side side, Direction direction, Integer neighbourVersion, String user) {
        Bead bead = current(beadId, version);
        List<Bead> beads = store.beads(bead.articleId(), bead.pair());
        int neighbourIndex = direction == Direction.PREVIOUS ? bead.index() - 1 : bead.index() + 1;
        if (neighbourIndex < 0 || neighbourIndex >= beads.size()) {
            throw new InvalidActionException("Bead " + bead.label() + " has no "
                    + direction.name().toLowerCase() + " bead to shift a sentence to.");
        }
        Bead neighbour = beads.get(neighbourIndex);
        requireVersion(neighbour, neighbourVersion);
        int start = side == Side.SOURCE ? bead.srcStart() : bead.tgtStart();
        int end = side == Side.SOURCE ? bead.srcEnd() : bead.tgtEnd();
        String sideName = side == Side.SOURCE ? "French" : "target";
        if (start == end) {
            throw new InvalidActionException("Bead " + bead.label() + " has no " + sideName + " sentence to shift.");
        }
        boolean otherSideEmpty =
                side == Side.SOURCE ? bead.tgtStart() == bead.tgtEnd() : bead.srcStart() == bead.srcEnd();
        if (end - start == 1 && otherSideEmpty) {
            throw new InvalidActionException("Shifting the only sentence of bead " + bead.label() + " would leave it"
                    + " empty; merge it with its neighbour instead (m).");
        }
        Texts texts = texts(bead);
        requireUnedited(bead, side, "shift");
        requireUnedited(neighbour, side, "shift");
        int newStart = direction == Direction.PREVIOUS ? start + 1 : start;
        int newEnd = direction == Direction.PREVIOUS ? end : end - 1;
        int neighbourStart = side == Side.SOURCE ? neighbour.srcStart() : neighbour.tgtStart();
        int neighbourEnd = side == Side.SOURCE ? neighbour.srcEnd() : neighbour.tgtEnd();
        int newNeighbourStart = direction == Direction.PREVIOUS ? neighbourStart : neighbourStart - 1;
        int newNeighbourEnd = direction == Direction.PREVIOUS ? neighbourEnd + 1 : neighbourEnd;
        Bead shifted = reshape(bead, side, newStart, newEnd, texts).withStatus(BeadStatus.PENDING);
        Bead grown = reshape(neighbour, side, newNeighbourStart, newNeighbourEnd, texts)
                .withStatus(BeadStatus.PENDING);
        return commit(
                bead,
                ActionKind.SHIFT,
                sideName + " sentence of " + bead.label() + " to " + neighbour.label(),
                user,
                null,
                List.of(new Planned(bead, shifted), new Planned(neighbour, grown)),
                true);
    }

    /** Approves every pending bead of a pair whose confidence is at least {@code minimum}. */
    public ActionOutcome approveAbove(String articleId, LanguagePair pair, double minimum, String user) {
        if (!(minimum >= 0 && minimum <= 1)) {
            throw new InvalidActionException("The confidence threshold must be between 0 and 1, not " + minimum + ".");
        }
        List<Bead> beads = existingPair(articleId, pair);
        List<Planned> plan = beads.stream()
                .filter(bead -> bead.status() == BeadStatus.PENDING && bead.confidence() >= minimum)
                .map(bead -> new Planned(bead, bead.withStatus(BeadStatus.APPROVED)))
                .toList();
        if (plan.isEmpty()) {
            return ActionOutcome.nothing(
                    articleId,
                    pair,
                    "No pending bead has a confidence of " + String.format(java.util.Locale.ROOT, "%.2f", minimum)
                            + " or more.");
        }
        return commit(
                beads.get(0),
                ActionKind.APPROVE_ABOVE,
                plan.size() + " beads at " + String.format(java.util.Locale.ROOT, "%.2f", minimum) + " or more",
                user,
                null,
                plan,
                false);
    }

    /**
     * Undoes the user's latest action on the pair that is not undone yet, provided nobody changed
     * its beads since; otherwise a conflict names the bead and who changed it.
     */
    public ActionOutcome undo(String articleId, LanguagePair pair, String user) {
        List<Bead> beads = existingPair(articleId, pair);
        ReviewAction last = audit.lastUndoable(articleId, pair, user)
                .orElseThrow(() -> new InvalidActionException("You have no action on this pair left to undo."));
        List<Planned> plan = new ArrayList<>();
        for (BeadChange change : audit.changes(last.id())) {
            Bead now = store.bead(change.beadId()).orElse(null);
            if (change.after() == null) {
                if (now != null) {
                    throw conflict(
                            now,
                            "Bead " + change.beadId() + " exists again; the " + last.action() + " cannot be undone.");
                }
                plan.add(new Planned(null, change.before()));
                continue;
            }
            if (now == null || !sameContent(now, change.after())) {
                Bead seen = now != null ? now : change.after();
                throw conflict(
                        seen,
                        "Bead " + seen.label() + " was changed after your "
                                + last.action().name().toLowerCase()
                                + (now != null ? " (by " + now.updatedBy() + ")" : " (it no longer exists)")
                                + "; undoing would overwrite that change, so nothing was undone.");
            }
            plan.add(new Planned(now, change.before()));
        }
        // Undoing a French edit restores the shared French text, in every pair, like the edit itself.
        if (plan.size() == 1
                && plan.get(0).before() != null
                && plan.get(0).after() != null
                && !plan.get(0).before().srcText().equals(plan.get(0).after().srcText())) {
            return editFrench(plan.get(0).before(), plan.get(0).after().srcText(), user, ActionKind.UNDO, last.id());
        }
        Bead anchor = beads.get(0);
        return commit(
                anchor,
                ActionKind.UNDO,
                last.action().name().toLowerCase() + " " + Objects.toString(last.detail(), ""),
                user,
                last.id(),
                plan,
                true);
    }

    // What a reviewer sees of a bead; versions differ after an undo and a redo of the same change.
    private static boolean sameContent(Bead a, Bead b) {
        return a.srcStart() == b.srcStart()
                && a.srcEnd() == b.srcEnd()
                && a.tgtStart() == b.tgtStart()
                && a.tgtEnd() == b.tgtEnd()
                && a.srcText().equals(b.srcText())
                && a.tgtText().equals(b.tgtText())
                && a.status() == b.status()
                && Double.compare(a.confidence(), b.confidence()) == 0
                && Objects.equals(a.note(), b.note())
                && a.srcEdited() == b.srcEdited()
                && a.tgtEdited() == b.tgtEdited();
    }

    private ActionOutcome setStatus(long beadId, int version, BeadStatus status, ActionKind kind, String user) {
        Bead bead = current(beadId, version);
        return commit(bead, kind, bead.label(), user, null, List.of(new Planned(bead, bead.withStatus(status))), false);
    }

    /** One row to write: {@code before} as read (null to insert), {@code after} wanted (null to delete). */
    private record Planned(Bead before, Bead after) {}

    private ActionOutcome commit(
            Bead anchor,
            ActionKind kind,
            String detail,
            String user,
            Long undoes,
            List<Planned> plan,
            boolean structural) {
        String articleId = anchor.articleId();
        LanguagePair pair = anchor.pair();
        long[] ids = new long[plan.size()];
        for (int i = 0; i < plan.size(); i++) {
            Planned step = plan.get(i);
            if (step.after() == null) {
                if (!store.delete(step.before().id(), step.before().version())) {
                    throw conflict(step.before(), null);
                }
                ids[i] = step.before().id();
            }
        }
        for (int i = 0; i < plan.size(); i++) {
            Planned step = plan.get(i);
            if (step.before() != null && step.after() != null) {
                if (!store.update(step.after(), step.before().version(), user)) {
                    throw conflict(step.before(), null);
                }
                ids[i] = step.before().id();
            }
        }
        int temporary = -2_000_000;
        for (int i = 0; i < plan.size(); i++) {
            Planned step = plan.get(i);
            if (step.before() == null) {
                ids[i] = store.insert(step.after(), temporary--, user);
            }
        }
        List<Long> renumbered = List.of();
        if (structural) {
            renumbered = store.renumber(articleId, pair);
            checkCoverage(articleId, pair);
        }
        List<BeadChange> changes = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            Bead after = plan.get(i).after() == null ? null : store.bead(ids[i]).orElseThrow();
            changes.add(new BeadChange(ids[i], plan.get(i).before(), after));
        }
        long actionId = audit.record(articleId, pair, kind, detail, user, undoes, changes);
        List<Long> focus = changes.stream()
                .filter(change -> change.after() != null)
                .sorted(Comparator.comparingInt(change -> change.after().index()))
                .map(BeadChange::beadId)
                .toList();
        List<Long> removed = changes.stream()
                .filter(change -> change.after() == null)
                .map(BeadChange::beadId)
                .toList();
        Set<Long> changed = new LinkedHashSet<>(focus);
        changed.addAll(renumbered);
        removed.forEach(changed::remove);
        summaries.refresh(articleId);
        return new ActionOutcome(
                actionId, articleId, pair, describe(kind, detail), focus, List.copyOf(changed), removed);
    }

    private void checkCoverage(String articleId, LanguagePair pair) {
        List<Bead> beads = store.beads(articleId, pair);
        int sources = store.sentences(articleId, pair.source()).size();
        int targets = store.sentences(articleId, pair.target()).size();
        Coverage.problem(beads, sources, targets).ifPresent(problem -> {
            throw new IllegalStateException(
                    "refusing a change that breaks the alignment of " + articleId + " " + pair + ": " + problem);
        });
    }

    private static String describe(ActionKind kind, String detail) {
        String verb = switch (kind) {
            case APPROVE -> "Approved";
            case REJECT -> "Rejected";
            case RESET -> "Reset to pending";
            case EDIT -> "Edited the";
            case MERGE -> "Merged";
            case SPLIT -> "Split";
            case SHIFT -> "Shifted the";
            case APPROVE_ABOVE -> "Approved";
            case UNDO -> "Undid";
            case KEEP_METADATA -> "Put back as content";
            case NOTE -> "Note on";
            case DISMISS_FINDING -> "Dismissed";
        };
        return verb + " " + detail;
    }

    private Bead current(long beadId, int version) {
        Bead seen = store.bead(beadId).orElseThrow(() -> gone(beadId));
        store.lockArticle(seen.articleId());
        // Read again under the lock: another action may have changed or merged it meanwhile. Gone now
        // but there a moment ago is a concurrent change (409: the page shows the article as it is), not a 404.
        Bead bead = store.bead(beadId)
                .orElseThrow(() -> new BeadConflictException(
                        beadId,
                        "Bead " + seen.label()
                                + " of " + seen.articleId() + " " + seen.pair()
                                + " was merged into another bead or removed by another"
                                + " reviewer at the same moment. Nothing was overwritten: the article as it "
                                + "is now is shown."));
        requireVersion(bead, version);
        return bead;
    }

    private static NotFoundException gone(long beadId) {
        return new NotFoundException("There is no bead " + beadId
                + ": it may have been merged into another one or replaced by a new run; reload the article.");
    }

    private static void requireVersion(Bead bead, Integer expected) {
        if (expected != null && bead.version() != expected) {
            throw conflict(bead, null);
        }
    }

    static BeadConflictException conflict(Bead bead, String message) {
        if (message != null) {
            return new BeadConflictException(bead.id(), message, bead.updatedAt(), bead.updatedBy());
        }
        String who = bead.updatedBy() == null ? "a run of the job" : bead.updatedBy();
        return new BeadConflictException(
                bead.id(),
                "Bead " + bead.label() + " of " + bead.articleId() + " " + bead.pair()
                        + " was changed by " + who
                        + (bead.updatedAt() == null ? "" : " at " + Moments.when(bead.updatedAt()))
                        + " after you loaded it. Nothing was overwritten: the bead as it is now is shown; try again "
                        + "on it.",
                bead.updatedAt(),
                bead.updatedBy());
    }

    private List<Bead> existingPair(String articleId, LanguagePair pair) {
        store.lockArticle(articleId);
        List<Bead> beads = store.beads(articleId, pair);
        if (beads.isEmpty()) {
            throw new NotFoundException("Article " + articleId + " has no " + pair + " alignment.");
        }
        return beads;
    }

    private Texts texts(Bead bead) {
        return new Texts(
                store.sentences(bead.articleId(), bead.pair().source()),
                store.sentences(bead.articleId(), bead.pair().target()));
    }

    private static Bead reshape(Bead bead, Side side, int start, int end, Texts texts) {
        return side == Side.SOURCE
                ? bead.withRanges(start, end, bead.tgtStart(), bead.tgtEnd(), texts.source(start, end), bead.tgtText())
                : bead.withRanges(bead.srcStart(), bead.srcEnd(), start, end, bead.srcText(), texts.target(start, end));
    }

    // A merged bead keeps both reviewers' notes, one after the other.
    private static String joinNotes(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + "\n" + second;
    }

    // Split and shift rebuild a side from its sentences: refuse rather than drop a hand edit.
    private static void requireUnedited(Bead bead, Side side, String action) {
        boolean edited = side == Side.SOURCE ? bead.srcEdited() : bead.tgtEdited();
        if (edited) {
            throw new InvalidActionException("The " + (side == Side.SOURCE ? "French" : "target") + " text of bead "
                    + bead.label() + " was edited by hand; a " + action + " rebuilds it from the sentences and"
                    + " would lose the edit. Undo the edit first (u), or " + action + " before editing.");
        }
    }

    /** The original sentences of an article pair, joined as the job joins them. */
    private record Texts(List<String> sources, List<String> targets) {

        String source(int start, int end) {
            return BeadText.of(sources, start, end);
        }

        String target(int start, int end) {
            return BeadText.of(targets, start, end);
        }
    }
}
