package com.askpro.booking.domain.testdata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/** Fixed points in time for tests; no test reads the system clock. */
public final class TestInstants {

    /** Europe/Berlin, the demo branch's zone. */
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Monday 2026-03-30, the first working day after the switch to summer time (CEST, UTC+2). */
    public static final LocalDate MONDAY = LocalDate.of(2026, 3, 30);

    /** Monday 2026-03-30 08:00 UTC = 10:00 in Berlin. "Now" in most tests. */
    public static final Instant NOW = Instant.parse("2026-03-30T08:00:00Z");

    private TestInstants() {}

    /** {@code NOW} plus the given number of minutes. */
    public static Instant minutesAfterNow(long minutes) {
        return NOW.plusSeconds(minutes * 60);
    }

    /** The instant of a Berlin wall-clock time on {@code date}. */
    public static Instant berlin(LocalDate date, String hhmm) {
        return LocalDateTime.of(date, LocalTime.parse(hhmm)).atZone(BERLIN).toInstant();
    }
}
