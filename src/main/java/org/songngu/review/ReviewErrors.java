package org.songngu.review;

import org.songngu.users.AccountException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the review's API and of the page's actions as RFC 9457 {@code ProblemDetail}, each with
 * a sentence a reviewer can act on. Before {@code ApiProblems}, which answers Spring MVC's own
 * errors (bad JSON, missing parameter, method not allowed...) and anything unexpected.
 */
@RestControllerAdvice(basePackages = {"org.songngu.review", "org.songngu.users"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReviewErrors {

    @ExceptionHandler
    ProblemDetail conflict(BeadConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Bead changed by someone else", e.getMessage());
        problem.setProperty("beadId", e.beadId());
        if (e.changedAt() != null) {
            problem.setProperty("changedAt", e.changedAt().toString());
            problem.setProperty("changedBy", e.changedBy());
            problem.setProperty("changed", Moments.byWhom(e.changedAt(), e.changedBy()));
        }
        return problem;
    }

    @ExceptionHandler
    ProblemDetail concurrent(ConcurrencyFailureException e) {
        return problem(
                HttpStatus.CONFLICT,
                "Bead changed by someone else",
                "Another reviewer changed these beads at"
                        + " the same moment. Nothing was overwritten: reload the article and try again.");
    }

    /** A lock wait that ran out: someone else's change to the article took too long. Nothing was written. */
    @ExceptionHandler
    ProblemDetail busy(TransientDataAccessException e) {
        return problem(
                HttpStatus.CONFLICT,
                "Article busy",
                "Another reviewer is changing this article right now."
                        + " Nothing was written: reload the article and try again.");
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidActionException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Action not possible", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail running(RunInProgressException e) {
        return problem(HttpStatus.CONFLICT, "Run in progress", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail export(TmxDownloadController.InvalidExportException e) {
        return problem(HttpStatus.BAD_REQUEST, "Export not possible", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail account(AccountException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Account not changed", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
