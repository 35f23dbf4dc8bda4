package org.songngu.users;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own account: any reviewer changes their password with the current one. */
@RestController
@RequestMapping("/api/account")
@Tag(name = "account", description = "Your own account")
class AccountApiController {

    private final UserAccounts accounts;
    private final ThrottledAuthentication authentication;

    AccountApiController(UserAccounts accounts, ThrottledAuthentication authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
    }

    record OwnPassword(String currentPassword, String newPassword) {}

    /** The current password was wrong. */
    static class WrongPasswordException extends RuntimeException {
        WrongPasswordException() {
            super("The current password is wrong: the password was not changed.");
        }
    }

    @PutMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Change your own password",
            description =
                    "Needs the current password (checked and throttled like a sign-in); ends your other sessions.")
    void changeOwnPassword(@RequestBody OwnPassword body, Principal user, HttpServletRequest request) {
        UserAccounts.checkPassword(body.newPassword());
        UsernamePasswordAuthenticationToken check = UsernamePasswordAuthenticationToken.unauthenticated(
                user.getName(), body.currentPassword() == null ? "" : body.currentPassword());
        check.setDetails(new WebAuthenticationDetails(request));
        try {
            authentication.authenticate(check);
        } catch (LoginThrottledException e) {
            throw e;
        } catch (AuthenticationException e) {
            throw new WrongPasswordException();
        }
        HttpSession session = request.getSession(false);
        accounts.changePassword(user.getName(), body.newPassword(), session == null ? null : session.getId());
    }

    @ExceptionHandler
    ProblemDetail wrongPassword(WrongPasswordException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Password not changed");
        return problem;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> throttled(LoginThrottledException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        problem.setTitle("Too many attempts");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", Long.toString(e.retryAfterSeconds()))
                .body(problem);
    }

    @ExceptionHandler
    ProblemDetail invalid(AccountException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Password not changed");
        return problem;
    }
}
