package org.songngu.users;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.songngu.api.Page;
import org.songngu.api.PageRequest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts in {@code review_user}: Spring Security reads them here, admins create them here. */
@Service
public class UserAccounts implements UserDetailsService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,100}");
    static final int MIN_PASSWORD = 12;
    /** bcrypt reads at most 72 bytes: a longer password would be cut, so it is refused. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AccountSessions sessions;

    public UserAccounts(JdbcClient jdbc, PasswordEncoder encoder, AccountSessions sessions) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.sessions = sessions;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("SELECT username, password_hash, role, enabled FROM review_user WHERE username = ?")
                .param(username)
                .query((rs, row) -> User.withUsername(rs.getString(1))
                        .password(rs.getString(2))
                        .authorities(Role.valueOf(rs.getString(3)).authorities().toArray(String[]::new))
                        .disabled(!rs.getBoolean(4))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no account " + username));
    }

    /** Creates an account; the password is stored hashed. */
    public Account create(String username, String password, Role role) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new AccountException("A user name has 2 to 100 letters, digits, dots, dashes or underscores.");
        }
        checkPassword(password);
        Instant now = Instant.now();
        try {
            jdbc.sql("INSERT INTO review_user (username, password_hash, role, enabled, created_at) VALUES "
                            + "(?, ?, ?, TRUE, ?)")
                    .params(username, encoder.encode(password), role.name(), Timestamp.from(now))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new AccountException("An account named " + username + " already exists.");
        }
        return new Account(username, role, true, now);
    }

    /** Replaces an account's password and ends all its open sessions. */
    public void changePassword(String username, String password) {
        changePassword(username, password, null);
    }

    /**
     * Replaces an account's password and ends its open sessions but {@code keepSessionId} (the
     * session of a user who changed their own password).
     */
    public void changePassword(String username, String password, String keepSessionId) {
        checkPassword(password);
        int updated = jdbc.sql("UPDATE review_user SET password_hash = ? WHERE username = ?")
                .params(encoder.encode(password), username)
                .update();
        if (updated == 0) {
            throw new AccountException("There is no account named " + username + ".");
        }
        sessions.end(username, keepSessionId);
    }

    /**
     * Disables (its sessions end and it can no longer sign in) or enables an account. The last
     * enabled admin cannot be disabled: nobody could manage accounts any more.
     */
    @Transactional
    public Account setEnabled(String username, boolean enabled) {
        Account account =
                find(username).orElseThrow(() -> new AccountException("There is no account named " + username + "."));
        if (!enabled && account.role() == Role.ADMIN && account.enabled()) {
            long otherAdmins = jdbc.sql(
                            "SELECT COUNT(*) FROM review_user WHERE role = 'ADMIN' AND enabled AND username <> ?")
                    .param(username)
                    .query(Long.class)
                    .single();
            if (otherAdmins == 0) {
                throw new AccountException(
                        username + " is the last enabled admin: enable or create another admin first.");
            }
        }
        jdbc.sql("UPDATE review_user SET enabled = ? WHERE username = ?")
                .params(enabled, username)
                .update();
        if (!enabled) {
            sessions.end(username, null);
        }
        return new Account(account.username(), account.role(), enabled, account.createdAt());
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("SELECT username, role, enabled, created_at FROM review_user WHERE username = ?")
                .param(username)
                .query((rs, row) -> new Account(
                        rs.getString(1),
                        Role.valueOf(rs.getString(2)),
                        rs.getBoolean(3),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    public List<Account> list() {
        return list(new PageRequest(1, Integer.MAX_VALUE / 2)).items();
    }

    /** A page of the accounts, by name. */
    public Page<Account> list(PageRequest page) {
        long total =
                jdbc.sql("SELECT COUNT(*) FROM review_user").query(Long.class).single();
        List<Account> accounts = jdbc.sql(
                        "SELECT username, role, enabled, created_at FROM review_user ORDER BY username"
                                + " LIMIT ? OFFSET ?")
                .params(page.size(), page.offset())
                .query((rs, row) -> new Account(
                        rs.getString(1),
                        Role.valueOf(rs.getString(2)),
                        rs.getBoolean(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
        return Page.of(accounts, page, total, true);
    }

    public boolean none() {
        return jdbc.sql("SELECT COUNT(*) FROM review_user").query(Long.class).single() == 0;
    }

    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new AccountException("A password needs at least " + MIN_PASSWORD + " characters.");
        }
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_PASSWORD_BYTES) {
            throw new AccountException("A password may have at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8 (the"
                    + " limit of bcrypt, which stores it); this one has " + bytes + " bytes. Accented and Vietnamese"
                    + " letters take 2 or 3 bytes each.");
        }
    }
}
