package org.songngu.users;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page where a reviewer changes their own password (the same rules as {@code PUT /api/account/password}). */
@Controller
class AccountPageController {

    private final UserAccounts accounts;
    private final ThrottledAuthentication authentication;

    AccountPageController(UserAccounts accounts, ThrottledAuthentication authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
    }

    @GetMapping("/account")
    String page(Principal user, Model model) {
        model.addAttribute("currentUser", user.getName());
        return "account";
    }

    @PostMapping("/account/password")
    String changePassword(
            @RequestParam String currentPassword,
            @RequestParam String newPassword,
            @RequestParam String confirmation,
            Principal user,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute("currentUser", user.getName());
        try {
            if (!newPassword.equals(confirmation)) {
                throw new AccountException("The new password and its repetition differ.");
            }
            UserAccounts.checkPassword(newPassword);
            UsernamePasswordAuthenticationToken check =
                    UsernamePasswordAuthenticationToken.unauthenticated(user.getName(), currentPassword);
            check.setDetails(new WebAuthenticationDetails(request));
            authentication.authenticate(check);
        } catch (LoginThrottledException e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
            model.addAttribute("error", e.getMessage());
            return "account";
        } catch (AuthenticationException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("error", "The current password is wrong: the password was not changed.");
            return "account";
        } catch (AccountException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("error", e.getMessage());
            return "account";
        }
        HttpSession session = request.getSession(false);
        accounts.changePassword(user.getName(), newPassword, session == null ? null : session.getId());
        return "redirect:/account?changed";
    }
}
