package org.songngu.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as a person reads them: "12:32" today, "3 Dec, 12:32" this year, "3 Dec 2025, 12:32" before,
 * in the server's time zone, to the minute (the audit trail keeps microseconds; nobody reads them).
 * The page puts the exact instant in a {@code <time datetime>} beside it.
 */
public final class Moments {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private Moments() {}

    public static String when(Instant at) {
        return when(at, Clock.systemDefaultZone());
    }

    static String when(Instant at, Clock clock) {
        if (at == null) {
            return "";
        }
        ZonedDateTime time = at.atZone(clock.getZone());
        LocalDate today = LocalDate.now(clock);
        if (time.toLocalDate().equals(today)) {
            return TIME.format(time);
        }
        return time.getYear() == today.getYear() ? DAY.format(time) : FULL.format(time);
    }

    /** "12:32, by admin"; "12:32, by a run of the job" when no reviewer made the change. */
    public static String byWhom(Instant at, String user) {
        return when(at) + ", by " + (user == null ? "a run of the job" : user);
    }
}
