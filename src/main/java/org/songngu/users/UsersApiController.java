package org.songngu.users;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.songngu.api.Page;
import org.songngu.api.PageRequest;
import org.songngu.api.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Account management for admins (the security rules keep everyone else out). */
@RestController
@RequestMapping("/api/users")
@Tag(name = "users", description = "Accounts (admin only)")
class UsersApiController {

    private final UserAccounts accounts;

    UsersApiController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    record NewAccount(String username, String password, String role) {}

    record NewPassword(String password) {}

    @GetMapping
    @Operation(summary = "The accounts by name, a page at a time", description = "page from 1, size 1-500 (default 50)")
    @Problems({400, 403})
    Page<Account> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return accounts.list(PageRequest.of(page, size, PageRequest.DEFAULT_SIZE));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create an account",
            description = "role: reviewer or admin; password: 12 characters to 72 bytes (UTF-8)")
    @Problems({400, 403, 422})
    Account create(@RequestBody NewAccount body) {
        return accounts.create(body.username(), body.password(), role(body.role()));
    }

    @PutMapping("/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Replace an account's password",
            description = "12 characters to 72 bytes; ends the" + " account's open sessions")
    @Problems({400, 403, 422})
    void changePassword(@PathVariable String username, @RequestBody NewPassword body) {
        accounts.changePassword(username, body.password());
    }

    @PostMapping("/{username}/disable")
    @Operation(
            summary = "Disable an account",
            description = "It can no longer sign in and its open sessions end;"
                    + " the last enabled admin cannot be disabled")
    Account disable(@PathVariable String username) {
        return accounts.setEnabled(username, false);
    }

    @PostMapping("/{username}/enable")
    @Operation(summary = "Enable a disabled account")
    Account enable(@PathVariable String username) {
        return accounts.setEnabled(username, true);
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name == null ? "REVIEWER" : name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AccountException("\"role\" must be reviewer or admin, not " + name + ".");
        }
    }
}
