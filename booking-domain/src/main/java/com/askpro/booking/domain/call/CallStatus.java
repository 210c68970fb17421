package com.askpro.booking.domain.call;

/** Stages of a call, in the only order a call moves through them. */
public enum CallStatus {
    REGISTERED,
    STARTED,
    ENDED,
    ANALYZED;

    public boolean isBefore(CallStatus other) {
        return compareTo(other) < 0;
    }

    public static CallStatus latest(CallStatus a, CallStatus b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
