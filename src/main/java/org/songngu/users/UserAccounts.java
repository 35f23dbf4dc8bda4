package org.songngu.users;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** The accounts in {@code review_user}: Spring Security reads them here, admins create them here. */
@Service
public class UserAccounts implements UserDetailsService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,100}");
    static final int MIN_PASSWORD = 12;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    public UserAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
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
            jdbc.sql("INSERT INTO review_user (username, password_hash, role, enabled, created_at) VALUES (?, ?, ?, TRUE, ?)")
                    .params(username, encoder.encode(password), role.name(), Timestamp.from(now))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new AccountException("An account named " + username + " already exists.");
        }
        return new Account(username, role, true, now);
    }

    /** Replaces an account's password. */
    public void changePassword(String username, String password) {
        checkPassword(password);
        int updated = jdbc.sql("UPDATE review_user SET password_hash = ? WHERE username = ?")
                .params(encoder.encode(password), username)
                .update();
        if (updated == 0) {
            throw new AccountException("There is no account named " + username + ".");
        }
    }

    public List<Account> list() {
        return jdbc.sql("SELECT username, role, enabled, created_at FROM review_user ORDER BY username")
                .query((rs, row) -> new Account(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getBoolean(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    public boolean none() {
        return jdbc.sql("SELECT COUNT(*) FROM review_user").query(Long.class).single() == 0;
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new AccountException("A password needs at least " + MIN_PASSWORD + " characters.");
        }
    }
}
