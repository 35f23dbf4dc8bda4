package org.songngu.review;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.songngu.store.Bead;
import org.songngu.store.BeadStore;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The article page's actions, called by htmx: each does one {@link BeadActions} call and answers
 * with the re-rendered review area (alignment maps and table), and the outcome in the
 * {@code X-Songngu-Message} header. Errors come back as {@code ProblemDetail} (see ReviewErrors).
 */
@Controller
class BeadActionController {

    private final BeadActions actions;
    private final ArticlePages pages;
    private final ReviewAudit audit;
    private final ReviewProperties properties;
    private final BeadStore store;
    private final FindingDismissal dismissals;

    BeadActionController(
            BeadActions actions,
            ArticlePages pages,
            ReviewAudit audit,
            ReviewProperties properties,
            BeadStore store,
            FindingDismissal dismissals) {
        this.actions = actions;
        this.dismissals = dismissals;
        this.store = store;
        this.pages = pages;
        this.audit = audit;
        this.properties = properties;
    }

    @PostMapping("/articles/{id}/actions/{action}")
    String act(
            @PathVariable String id,
            @PathVariable String action,
            @RequestParam(required = false) Long bead,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Integer otherVersion,
            @RequestParam(required = false) String side,
            @RequestParam(required = false) String direction,
            @RequestParam(required = false) Integer sourceAt,
            @RequestParam(required = false) Integer targetAt,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String pair,
            @RequestParam(required = false) Double minConfidence,
            Principal principal,
            Model model,
            HttpServletResponse response) {
        String user = principal.getName();
        if (bead != null) {
            store.bead(bead).filter(found -> !found.articleId().equals(id)).ifPresent(found -> {
                throw new InvalidActionException(
                        "Bead " + bead + " belongs to article " + found.articleId() + ", not " + id + ".");
            });
        }
        ActionOutcome outcome = switch (action) {
            case "approve" -> actions.approve(beadId(bead), ApiRequests.required(version, "version"), user);
            case "reject" -> actions.reject(beadId(bead), ApiRequests.required(version, "version"), user);
            case "reset" -> actions.reset(beadId(bead), ApiRequests.required(version, "version"), user);
            case "edit" ->
                actions.edit(
                        beadId(bead), ApiRequests.required(version, "version"), ApiRequests.side(side), text, user);
            case "merge" ->
                actions.mergeWithNext(beadId(bead), ApiRequests.required(version, "version"), otherVersion, user);
            case "split" ->
                actions.split(
                        beadId(bead),
                        ApiRequests.required(version, "version"),
                        ApiRequests.required(sourceAt, "sourceAt"),
                        ApiRequests.required(targetAt, "targetAt"),
                        user);
            case "shift" ->
                actions.shift(
                        beadId(bead),
                        ApiRequests.required(version, "version"),
                        ApiRequests.side(side),
                        ApiRequests.direction(direction),
                        otherVersion,
                        user);
            case "note" -> actions.note(beadId(bead), ApiRequests.required(version, "version"), text, user);
            case "undo" -> actions.undo(id, ApiRequests.pair(pair), user);
            case "approve-above" ->
                actions.approveAbove(
                        id,
                        ApiRequests.pair(pair),
                        minConfidence == null ? properties.highConfidence() : minConfidence,
                        user);
            default -> throw new NotFoundException("There is no action " + action + ".");
        };
        response.setHeader("X-Songngu-Message", URLEncoder.encode(outcome.summary(), StandardCharsets.UTF_8));
        if (!outcome.beadIds().isEmpty()) {
            response.setHeader(
                    "X-Songngu-Focus", String.valueOf(outcome.beadIds().get(0)));
        }
        return review(id, model);
    }

    /** The review area as it is now: what the page shows in place after a 409, without a reload. */
    @GetMapping("/articles/{id}/review")
    String review(@PathVariable String id, Model model) {
        model.addAttribute("view", pages.view(id));
        model.addAttribute("settings", properties);
        return "article :: review";
    }

    /** Dismisses a French finding of the article as a false alarm, answered like an action. */
    @PostMapping("/articles/{id}/findings/{findingId}/dismiss")
    String dismiss(
            @PathVariable String id,
            @PathVariable long findingId,
            @RequestParam(required = false) String reason,
            Principal principal,
            Model model,
            HttpServletResponse response) {
        FindingDismissal.Outcome outcome = dismissals.dismiss(id, findingId, reason, principal.getName());
        response.setHeader("X-Songngu-Message", URLEncoder.encode(outcome.summary(), StandardCharsets.UTF_8));
        return review(id, model);
    }

    @GetMapping("/articles/{id}/beads/{beadId}/history")
    String history(@PathVariable String id, @PathVariable long beadId, Model model) {
        List<ReviewAction> history = audit.history(beadId);
        // The bead as it is, else as its last change left it (a merged-away bead keeps its history).
        Bead bead = store.bead(beadId)
                .orElseGet(() -> history.stream()
                        .map(action -> action.changes().get(0))
                        .map(change -> change.after() != null ? change.after() : change.before())
                        .filter(java.util.Objects::nonNull)
                        .findFirst()
                        .orElse(null));
        model.addAttribute("beadId", beadId);
        model.addAttribute("bead", bead);
        model.addAttribute("history", history.stream().map(HistoryEntry::of).toList());
        return "history :: trail";
    }

    private static long beadId(Long bead) {
        if (bead == null) {
            throw new InvalidActionException("\"bead\" is required: the id of the bead to act on.");
        }
        return bead;
    }
}
