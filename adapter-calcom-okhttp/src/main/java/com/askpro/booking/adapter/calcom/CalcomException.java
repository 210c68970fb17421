package com.askpro.booking.adapter.calcom;

import com.askpro.booking.domain.port.CalendarProvider.CalendarAnswer;

/**
 * Adapter: thrown by reads (free slots, booking look-ups) that cannot answer with a
 * {@link CalendarAnswer}; carries the answer ({@code Rejected} or {@code Unavailable}) that applies.
 */
public final class CalcomException extends RuntimeException {

    private final transient CalendarAnswer answer;

    public CalcomException(CalendarAnswer answer) {
        super(describe(answer));
        this.answer = answer;
    }

    public CalendarAnswer answer() {
        return answer;
    }

    /** True when trying again later may help (Cal.com unavailable, rate limited, circuit open). */
    public boolean isTransient() {
        return answer instanceof CalendarAnswer.Unavailable;
    }

    private static String describe(CalendarAnswer answer) {
        if (answer instanceof CalendarAnswer.Rejected rejected) {
            return rejected.message();
        }
        if (answer instanceof CalendarAnswer.Unavailable unavailable) {
            return unavailable.message() + " (retry after " + unavailable.retryAfter() + ")";
        }
        return String.valueOf(answer);
    }
}
