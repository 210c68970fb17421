package com.askpro.booking.domain.port;

import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.shared.RuleViolationException;

/**
 * How a repository write ended. Expected outcomes are values, not exceptions; each port method
 * says which cases it can answer. Infrastructure failures (database down) remain exceptions.
 *
 * @param <T> what was written
 */
public sealed interface WriteOutcome<T> {

    /** Stored; {@code value} is the stored state (with its new version). */
    record Written<T>(T value) implements WriteOutcome<T> {}

    /** The resource is already booked for an overlapping time. Nothing was written. */
    record SlotTaken<T>() implements WriteOutcome<T> {}

    /**
     * The customer already holds an appointment overlapping this one ({@code existing}); a customer
     * cannot be at two appointments at once. Nothing was written.
     */
    record CustomerOverlap<T>(AppointmentId existing) implements WriteOutcome<T> {}

    /** A row with the same natural key (e.g. event key, phone number) exists. Nothing was written. */
    record AlreadyExists<T>(String what) implements WriteOutcome<T> {}

    /** The row changed since it was read (optimistic concurrency). Re-read and retry. */
    record VersionConflict<T>() implements WriteOutcome<T> {}

    /** A lock could not be had in time; nothing was written and the same write may be retried. */
    record Busy<T>(String reason) implements WriteOutcome<T> {}

    /** No such row for this tenant; nothing was written. */
    record NotFound<T>() implements WriteOutcome<T> {}

    default boolean isWritten() {
        return this instanceof Written<T>;
    }

    /** The written value, or an exception naming the outcome (for callers that expect success). */
    default T orElseThrow() {
        if (this instanceof Written<T> written) {
            return written.value();
        }
        throw new RuleViolationException(getClass().getSimpleName(), "write did not happen: " + this);
    }
}
