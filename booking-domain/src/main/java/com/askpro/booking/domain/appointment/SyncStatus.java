package com.askpro.booking.domain.appointment;

/**
 * Where an appointment stands with the company's external calendar. {@code LOCAL}: the built-in
 * calendar is the calendar, nothing to sync. {@code PENDING}: a change waits to be pushed.
 * {@code SYNCED}: the external calendar agrees. {@code CONFLICT}: the external calendar refused it;
 * staff must look at it.
 */
public enum SyncStatus {
    LOCAL,
    PENDING,
    SYNCED,
    CONFLICT;

    public boolean needsAttention() {
        return this == CONFLICT;
    }
}
