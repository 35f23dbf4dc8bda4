package org.songngu.users;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every password check of the application (form sign-in, HTTP Basic, a reviewer's change of their
 * own password) goes through here: {@link LoginThrottle} first, so that a throttled attempt is
 * refused before bcrypt runs, then the password check, whose outcome the throttle records.
 */
public class ThrottledAuthentication implements AuthenticationManager {

    private final AuthenticationManager delegate;
    private final LoginThrottle throttle;

    public ThrottledAuthentication(AuthenticationManager delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String account = request.getName();
        String address =
                request.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                        ? details.getRemoteAddress()
                        : "unknown";
        var wait = throttle.begin(account, address);
        if (wait.isPresent()) {
            throw new LoginThrottledException(wait.get());
        }
        Authentication result;
        try {
            result = delegate.authenticate(request);
        } catch (InternalAuthenticationServiceException e) {
            throttle.abandoned(account, address);
            throw e;
        } catch (AuthenticationException e) {
            throttle.failed(account, address);
            throw e;
        } catch (IllegalArgumentException e) {
            // bcrypt refuses passwords over 72 bytes: for a sign-in that is just a wrong password.
            throttle.failed(account, address);
            throw new BadCredentialsException("Bad credentials", e);
        } catch (RuntimeException e) {
            throttle.abandoned(account, address);
            throw e;
        }
        throttle.succeeded(account, address);
        return result;
    }
}
