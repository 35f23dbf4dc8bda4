package org.songngu.users;

/** An account request that cannot be done as asked; the message says what to change. */
public class AccountException extends RuntimeException {

    public AccountException(String message) {
        super(message);
    }
}
