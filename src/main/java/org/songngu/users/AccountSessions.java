package org.songngu.users;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The open browser sessions of each account (Spring Security's {@link SessionRegistry}), so that a
 * new password or a disabled account takes effect at once: the account's sessions are expired and
 * their next request must sign in again.
 */
@Component
public class AccountSessions {

    private final SessionRegistry registry;

    public AccountSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /**
     * Ends every session of {@code username} except {@code keepSessionId} (the caller's own, or null).
     *
     * @return how many sessions were ended
     */
    public int end(String username, String keepSessionId) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            String name = principal instanceof UserDetails user ? user.getUsername() : String.valueOf(principal);
            if (!name.equals(username)) {
                continue;
            }
            for (SessionInformation session : registry.getAllSessions(principal, false)) {
                if (!session.getSessionId().equals(keepSessionId)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }
}
