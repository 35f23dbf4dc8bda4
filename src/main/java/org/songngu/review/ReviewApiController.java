package org.songngu.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.songngu.api.Page;
import org.songngu.api.PageRequest;
import org.songngu.api.Problems;
import org.songngu.corpus.LanguagePair;
import org.songngu.store.Bead;
import org.songngu.store.BeadStore;
import org.songngu.store.DismissedFindings;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review as a REST API: articles, alignments, bead actions, audit trail, runs. Every action
 * takes the version of the bead the caller read and answers 409 when someone changed it since.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "review", description = "Articles, alignments and bead actions")
class ReviewApiController {

    private final ArticlePages pages;
    private final BeadActions actions;
    private final BeadStore store;
    private final ReviewAudit audit;
    private final ReviewQueries queries;
    private final RunLauncher launcher;
    private final FindingDismissal dismissals;

    ReviewApiController(
            ArticlePages pages,
            BeadActions actions,
            BeadStore store,
            ReviewAudit audit,
            ReviewQueries queries,
            RunLauncher launcher,
            FindingDismissal dismissals) {
        this.dismissals = dismissals;
        this.pages = pages;
        this.actions = actions;
        this.store = store;
        this.audit = audit;
        this.queries = queries;
        this.launcher = launcher;
    }

    /** A bead action's outcome with the beads it changed, as they are now (deleted ones are in the outcome). */
    record ActionResponse(ActionOutcome outcome, List<Bead> beads) {}

    @GetMapping("/articles")
    @Operation(
            summary = "Articles with review progress, filtered, a page at a time",
            description = "review: todo|in-progress|done|unaligned; the confidence range applies to an article's"
                    + " lowest bead confidence; q keeps articles with a sentence holding the text at a word start,"
                    + " accent- and case-insensitive (counted up to 1000: totalExact says whether the total is exact);"
                    + " page from 1, size 1-500 (default 50).")
    @Problems({400, 422})
    Page<ArticleSummary> articles(
            @RequestParam(required = false) String review,
            @RequestParam(required = false) Double minConfidence,
            @RequestParam(required = false) Double maxConfidence,
            @RequestParam(required = false) Boolean findings,
            @RequestParam(required = false) Boolean missingTerms,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return pages.articles(
                new ArticleFilter(review, minConfidence, maxConfidence, findings, missingTerms, q),
                PageRequest.of(page, size, PageRequest.DEFAULT_SIZE));
    }

    @GetMapping("/articles/{id}")
    @Operation(summary = "One article's summary")
    @Problems({400, 404})
    ArticleSummary article(@PathVariable String id) {
        return pages.article(id);
    }

    @GetMapping("/articles/{id}/pairs/{pair}/beads")
    @Operation(
            summary = "An article's alignment for one pair (fr-vi or fr-en), beads in order, a page at a time",
            description = "page from 1, size 1-500 (default 500: a whole article in one page)")
    @Problems({400, 404, 422})
    Page<Bead> beads(
            @PathVariable String id,
            @PathVariable String pair,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return pages.beads(id, ApiRequests.pair(pair), PageRequest.of(page, size, PageRequest.MAX_SIZE));
    }

    @GetMapping("/search")
    @Operation(
            summary = "Sentences holding a text at a word start, accent- and case-insensitive, a page at a time",
            description = "\"Thai Binh\" finds \"Thái Bình\"; hits in article, language and sentence order, counted up"
                    + " to 1000 (totalExact says whether the total is exact); page from 1, size 1-500 (default 50).")
    @Problems({400})
    Page<SearchHit> search(
            @RequestParam String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return pages.search(q, PageRequest.of(page, size, PageRequest.DEFAULT_SIZE));
    }

    @GetMapping("/beads/{beadId}")
    @Operation(summary = "One bead")
    @Problems({400, 404})
    Bead bead(@PathVariable long beadId) {
        return store.bead(beadId).orElseThrow(() -> new NotFoundException("There is no bead " + beadId + "."));
    }

    @GetMapping("/beads/{beadId}/history")
    @Operation(summary = "The audit trail of a bead: who did what, when, before and after, newest first")
    @Problems({400})
    List<ReviewAction> history(@PathVariable long beadId) {
        return audit.history(beadId);
    }

    @PostMapping("/beads/{beadId}/approve")
    @Operation(summary = "Approve a bead")
    @Problems({400, 403, 404, 409, 422})
    ActionResponse approve(@PathVariable long beadId, @RequestBody ApiRequests.VersionBody body, Principal user) {
        return respond(actions.approve(beadId, ApiRequests.required(body.version(), "version"), user.getName()));
    }

    @PostMapping("/beads/{beadId}/reject")
    @Operation(summary = "Reject a bead")
    @Problems({400, 403, 404, 409, 422})
    ActionResponse reject(@PathVariable long beadId, @RequestBody ApiRequests.VersionBody body, Principal user) {
        return respond(actions.reject(beadId, ApiRequests.required(body.version(), "version"), user.getName()));
    }

    @PostMapping("/beads/{beadId}/reset")
    @Operation(summary = "Put a bead back to pending")
    @Problems({400, 403, 404, 409, 422})
    ActionResponse reset(@PathVariable long beadId, @RequestBody ApiRequests.VersionBody body, Principal user) {
        return respond(actions.reset(beadId, ApiRequests.required(body.version(), "version"), user.getName()));
    }

    @PutMapping("/beads/{beadId}/text")
    @Operation(summary = "Replace the text of one side", description = "side: source (French) or target")
    @Problems({400, 403, 404, 409, 422})
    ActionResponse edit(@PathVariable long beadId, @RequestBody ApiRequests.EditBody body, Principal user) {
        return respond(actions.edit(
                beadId,
                ApiRequests.required(body.version(), "version"),
                ApiRequests.side(body.side()),
                body.text(),
                user.getName()));
    }

    @PutMapping("/beads/{beadId}/note")
    @Operation(
            summary = "Write, replace or remove (blank text) the bead's note for the next reviewer",
            description = "At most 2000 characters; kept in the audit trail (undo restores the previous note) and"
                    + " exported as the unit's TMX <note>.")
    @Problems({400, 403, 404, 409, 422})
    ActionResponse note(@PathVariable long beadId, @RequestBody ApiRequests.NoteBody body, Principal user) {
        return respond(
                actions.note(beadId, ApiRequests.required(body.version(), "version"), body.text(), user.getName()));
    }

    @GetMapping("/articles/{id}/findings")
    @Operation(
            summary = "An article's French findings (LanguageTool), in sentence order, a page at a time",
            description = "sentence counts from 0 like the beads' ranges; flagged is the words the finding covers."
                    + " page from 1, size 1-500 (default 50).")
    @Problems({400, 404})
    Page<ArticleFinding> findings(
            @PathVariable String id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        pages.article(id);
        return queries.findings(id, PageRequest.of(page, size, PageRequest.DEFAULT_SIZE));
    }

    @PostMapping("/findings/{findingId}/dismiss")
    @Operation(
            summary = "Dismiss a French finding as a false alarm",
            description = "Its rule and the words it flags are remembered: the finding and every stored finding of"
                    + " that rule on those words go, and later checks do not raise it again. 201 with the "
                    + "dismissal;"
                    + " 200 with the earlier one when those words were dismissed before. reason: at most "
                    + "400 characters.")
    @ApiResponse(responseCode = "201", description = "Dismissed")
    @Problems({400, 403, 404, 422})
    ResponseEntity<DismissedFindings.Dismissal> dismiss(
            @PathVariable long findingId, @RequestBody(required = false) ApiRequests.DismissBody body, Principal user) {
        FindingDismissal.Outcome outcome =
                dismissals.dismiss(null, findingId, body == null ? null : body.reason(), user.getName());
        if (!outcome.created()) {
            return ResponseEntity.ok(outcome.dismissal());
        }
        return ResponseEntity.created(
                        URI.create("/api/dismissals/" + outcome.dismissal().id()))
                .body(outcome.dismissal());
    }

    @GetMapping("/dismissals")
    @Operation(
            summary = "Findings dismissed as false alarms, newest first, a page at a time",
            description = "page from 1, size 1-500 (default 50)")
    @Problems({400})
    Page<DismissedFindings.Dismissal> dismissals(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return dismissals.list(PageRequest.of(page, size, PageRequest.DEFAULT_SIZE));
    }

    @DeleteMapping("/dismissals/{dismissalId}")
    @Operation(summary = "Forget a dismissal (admin): later checks raise the rule on those words again")
    @ApiResponse(responseCode = "204", description = "Forgotten")
    @Problems({400, 403, 404})
    ResponseEntity<Void> forget(@PathVariable long dismissalId, Principal user) {
        dismissals.forget(dismissalId, user.getName());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/beads/{beadId}/merge-next")
    @Operation(
            summary = "Merge a bead with the next one",
            description = "nextVersion, when given, guards the next bead too")
    @Problems({400, 403, 404, 409, 422})
    ActionResponse merge(@PathVariable long beadId, @RequestBody ApiRequests.MergeBody body, Principal user) {
        return respond(actions.mergeWithNext(
                beadId, ApiRequests.required(body.version(), "version"), body.nextVersion(), user.getName()));
    }

    @PostMapping("/beads/{beadId}/split")
    @Operation(
            summary = "Split a bead before French sentence sourceAt and target sentence targetAt",
            description = "Absolute sentence indices; both halves must keep a sentence.")
    @Problems({400, 403, 404, 409, 422})
    ActionResponse split(@PathVariable long beadId, @RequestBody ApiRequests.SplitBody body, Principal user) {
        return respond(actions.split(
                beadId,
                ApiRequests.required(body.version(), "version"),
                ApiRequests.required(body.sourceAt(), "sourceAt"),
                ApiRequests.required(body.targetAt(), "targetAt"),
                user.getName()));
    }

    @PostMapping("/beads/{beadId}/shift")
    @Operation(
            summary = "Shift a bead's first sentence to the previous bead, or its last to the next",
            description = "side: source|target; direction: previous|next")
    @Problems({400, 403, 404, 409, 422})
    ActionResponse shift(@PathVariable long beadId, @RequestBody ApiRequests.ShiftBody body, Principal user) {
        return respond(actions.shift(
                beadId,
                ApiRequests.required(body.version(), "version"),
                ApiRequests.side(body.side()),
                ApiRequests.direction(body.direction()),
                body.neighbourVersion(),
                user.getName()));
    }

    @PostMapping("/articles/{id}/pairs/{pair}/approve-above")
    @Operation(summary = "Approve every pending bead at or above a confidence")
    @Problems({400, 403, 404, 409, 422})
    ActionResponse approveAbove(
            @PathVariable String id,
            @PathVariable String pair,
            @RequestBody ApiRequests.ThresholdBody body,
            Principal user) {
        LanguagePair languagePair = ApiRequests.pair(pair);
        if (body.minConfidence() == null) {
            throw new InvalidActionException("\"minConfidence\" is required, between 0 and 1.");
        }
        return respond(actions.approveAbove(id, languagePair, body.minConfidence(), user.getName()));
    }

    @PostMapping("/articles/{id}/pairs/{pair}/undo")
    @Operation(summary = "Undo your latest action on the pair that is not undone yet")
    @Problems({400, 403, 404, 409, 422})
    ActionResponse undo(@PathVariable String id, @PathVariable String pair, Principal user) {
        return respond(actions.undo(id, ApiRequests.pair(pair), user.getName()));
    }

    @GetMapping("/runs")
    @Operation(
            summary = "The job's runs, newest first, a page at a time",
            description = "page from 1, size 1-500 (default 50)")
    @Problems({400})
    Page<RunSummary> runs(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.runs(PageRequest.of(page, size, PageRequest.DEFAULT_SIZE));
    }

    @GetMapping("/runs/{executionId}")
    @Operation(summary = "One run: its status and how many articles it processed, left unchanged or failed")
    @Problems({400, 404})
    RunSummary run(@PathVariable long executionId) {
        return queries.run(executionId)
                .orElseThrow(() -> new NotFoundException("There is no run " + executionId + "."));
    }

    @PostMapping("/runs")
    @Operation(
            summary = "Start a run over the configured corpus (admin)",
            description = "Answers 202 once the run has started, with its execution id and a Location to follow it"
                    + " (GET /api/runs/{executionId}); 409 while another run is under way.")
    @ApiResponse(responseCode = "202", description = "The run started; Location is where to follow it")
    @Problems({403, 409})
    ResponseEntity<RunLauncher.RunRequest> startRun(Principal user) {
        RunLauncher.RunRequest started = launcher.start(user.getName());
        URI follow = URI.create(started.executionId() == null ? "/api/runs" : "/api/runs/" + started.executionId());
        return ResponseEntity.accepted().location(follow).body(started);
    }

    private ActionResponse respond(ActionOutcome outcome) {
        return new ActionResponse(outcome, store.beads(outcome.changedBeadIds()));
    }
}
