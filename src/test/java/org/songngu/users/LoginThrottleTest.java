package org.songngu.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** The sign-in throttle on a clock moved by hand: slowed, refused, then open again. */
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, SecurityProperties.Login.defaults());

    private void fail(String account, String address) {
        assertThat(throttle.begin(account, address)).isEmpty();
        throttle.failed(account, address);
    }

    @Test
    void anAccountIsBlockedAfterFiveFailuresForLongerEachTimeUpToTheMaximum() {
        for (int i = 0; i < 4; i++) {
            fail("lan", "10.0.0." + i);
        }
        assertThat(throttle.begin("lan", "10.0.0.9"))
                .as("four failures are free")
                .isEmpty();
        throttle.failed("lan", "10.0.0.9");

        assertThat(throttle.begin("lan", "10.0.0.10")).contains(Duration.ofSeconds(5));
        assertThat(throttle.begin("LAN", "10.0.0.11"))
                .as("the account, whatever its case")
                .isPresent();
        clock.advance(Duration.ofSeconds(5));
        fail("lan", "10.0.0.12");
        assertThat(throttle.begin("lan", "10.0.0.13")).contains(Duration.ofSeconds(10));
        for (int i = 0; i < 12; i++) {
            clock.advance(Duration.ofMinutes(15));
            fail("lan", "10.0.1." + i);
        }
        assertThat(throttle.begin("lan", "10.0.0.14"))
                .as("never longer than the maximum")
                .contains(Duration.ofMinutes(15));
        assertThat(throttle.begin("minh", "10.0.0.14"))
                .as("other accounts are not touched")
                .isEmpty();
    }

    @Test
    void aCorrectPasswordAfterTheLockoutWorksAndClearsTheAccount() {
        for (int i = 0; i < 5; i++) {
            fail("lan", "10.0.0.1");
        }
        assertThat(throttle.begin("lan", "10.0.0.1")).isPresent();
        clock.advance(Duration.ofSeconds(6));
        assertThat(throttle.begin("lan", "10.0.0.1")).isEmpty();
        throttle.succeeded("lan", "10.0.0.1");

        fail("lan", "10.0.0.1");
        assertThat(throttle.begin("lan", "10.0.0.1"))
                .as("counting starts afresh")
                .isEmpty();
    }

    @Test
    void oneAddressTryingManyAccountsIsBlockedToo() {
        for (int i = 0; i < 20; i++) {
            fail("user" + i, "203.0.113.7");
        }
        assertThat(throttle.begin("someone-else", "203.0.113.7")).contains(Duration.ofSeconds(5));
        assertThat(throttle.begin("someone-else", "203.0.113.8")).isEmpty();
    }

    @Test
    void aBurstOfParallelAttemptsGetsNoMoreChecksThanTheFreeFailures() {
        int allowed = 0;
        for (int i = 0; i < 50; i++) {
            if (throttle.begin("lan", "10.0.0.1").isEmpty()) {
                allowed++;
            }
        }
        assertThat(allowed).isEqualTo(5);
    }

    @Test
    void failuresAreForgottenAfterAnHour() {
        for (int i = 0; i < 4; i++) {
            fail("lan", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(61));
        fail("lan", "10.0.0.1");
        assertThat(throttle.begin("lan", "10.0.0.1")).isEmpty();
    }

    @Test
    void aThrottledAttemptNeverReachesThePasswordCheck() {
        AuthenticationManager bcrypt = mock(AuthenticationManager.class);
        when(bcrypt.authenticate(any())).thenThrow(new BadCredentialsException("wrong"));
        ThrottledAuthentication authentication = new ThrottledAuthentication(bcrypt, throttle);
        Authentication attempt = UsernamePasswordAuthenticationToken.unauthenticated("lan", "guess");

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> authentication.authenticate(attempt)).isInstanceOf(BadCredentialsException.class);
        }
        for (int i = 0; i < 45; i++) {
            assertThatThrownBy(() -> authentication.authenticate(attempt)).isInstanceOf(LoginThrottledException.class);
        }
        verify(bcrypt, times(5)).authenticate(any());
    }

    @Test
    void aPasswordBcryptCannotTakeIsAWrongPasswordNotACrash() {
        AuthenticationManager bcrypt = mock(AuthenticationManager.class);
        when(bcrypt.authenticate(any()))
                .thenThrow(new IllegalArgumentException("password cannot be more than 72 bytes"));
        ThrottledAuthentication authentication = new ThrottledAuthentication(bcrypt, throttle);

        assertThatThrownBy(() -> authentication.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("lan", "x".repeat(100))))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void userNamesAreLoggedWithoutLineBreaks() {
        assertThat(LoginThrottle.printable("admin\nINFO fake line")).isEqualTo("admin?INFO fake line");
        assertThat(LoginThrottle.printable("x".repeat(300))).hasSize(103);
        assertThat(Optional.ofNullable(LoginThrottle.printable(null))).contains("");
    }
}
