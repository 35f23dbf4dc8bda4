package org.songngu.review;

import org.songngu.api.Page;
import org.songngu.api.PageRequest;
import org.songngu.corpus.Language;
import org.songngu.store.DismissedFindings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reviewer dismisses a French finding as a false alarm: its rule and the words it flagged are
 * remembered ({@link DismissedFindings}, which keeps later checks from raising it again), the stored
 * findings of that rule on those words go, and the audit trail records who dismissed what and why.
 */
@Service
@Transactional
public class FindingDismissal {

    static final int MAX_REASON = 400;

    private final DismissedFindings dismissed;
    private final ReviewAudit audit;

    FindingDismissal(DismissedFindings dismissed, ReviewAudit audit) {
        this.dismissed = dismissed;
        this.audit = audit;
    }

    /** The outcome: the dismissal, and whether this request made it (false: it was dismissed before). */
    public record Outcome(DismissedFindings.Dismissal dismissal, boolean created, String summary) {}

    /**
     * @param articleId the article the finding must belong to (the page's), or null from the API
     */
    public Outcome dismiss(String articleId, long findingId, String reason, String user) {
        DismissedFindings.StoredFinding finding = dismissed
                .finding(findingId)
                .orElseThrow(() -> new NotFoundException("There is no French finding " + findingId
                        + ": it may have been dismissed already or checked again;" + " reload the article."));
        if (articleId != null && !finding.articleId().equals(articleId)) {
            throw new InvalidActionException(
                    "Finding " + findingId + " belongs to article " + finding.articleId() + ", not " + articleId + ".");
        }
        if (finding.flagged().isEmpty()) {
            throw new InvalidActionException("Finding " + findingId + " no longer fits its sentence (the French was"
                    + " edited); reload the article.");
        }
        if (finding.flagged().length() > DismissedFindings.MAX_FLAGGED) {
            throw new InvalidActionException(
                    "Finding " + findingId + " flags " + finding.flagged().length()
                            + " characters; a dismissal remembers at most " + DismissedFindings.MAX_FLAGGED + ".");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > MAX_REASON) {
            throw new InvalidActionException(
                    "The reason has " + why.length() + " characters; at most " + MAX_REASON + " are kept.");
        }
        var earlier = dismissed.find(finding.ruleId(), finding.flagged());
        if (earlier.isPresent()) {
            return new Outcome(
                    earlier.get(),
                    false,
                    "“" + finding.flagged() + "” (" + finding.ruleId() + ") was dismissed before, by "
                            + earlier.get().user() + ".");
        }
        DismissedFindings.Dismissal dismissal = dismissed.dismiss(finding, why, user);
        String detail = finding.ruleId() + " on “" + abbreviate(finding.flagged()) + "” in French sentence "
                + (finding.sentence() + 1) + (why == null ? "" : ": " + abbreviate(why));
        audit.record(finding.articleId(), Language.FR, ActionKind.DISMISS_FINDING, detail, user);
        return new Outcome(
                dismissal,
                true,
                "Dismissed " + finding.ruleId() + " on “" + finding.flagged()
                        + "”: it is not raised again on these words.");
    }

    public Page<DismissedFindings.Dismissal> list(PageRequest page) {
        return Page.of(dismissed.list(page.size(), page.offset()), page, dismissed.count(), true);
    }

    /** Forgets a dismissal (admin): later checks raise the rule on those words again. */
    public void forget(long id, String user) {
        DismissedFindings.Dismissal dismissal =
                dismissed.find(id).orElseThrow(() -> new NotFoundException("There is no dismissal " + id + "."));
        dismissed.forget(id);
        audit.record(
                dismissal.articleId(),
                Language.FR,
                ActionKind.DISMISS_FINDING,
                "forgotten: " + dismissal.ruleId() + " on “" + abbreviate(dismissal.flagged())
                        + "” is raised again from the next check",
                user);
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 100 ? line : line.substring(0, 99) + "…";
    }
}
