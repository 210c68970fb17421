package com.askpro.booking.domain.port;

import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.shared.RuleViolationException;
import java.util.Optional;

/**
 * How a repository write ended. Expected outcomes are values, not exceptions; each port method
 * says which cases it can answer. Infrastructure failures (database down) remain exceptions.
 *
 * <p>The rule for every port of this package: <b>a write whose result can differ answers
 * {@code WriteOutcome}</b> — adds that may meet an existing key, updates and revocations of a row
 * that may not exist for the tenant ({@link NotFound}), removals that may find nothing, claims that
 * may be held ({@link Busy}). A write answers neither {@code Optional} nor {@code boolean} (the
 * architecture test checks the names add, update, replace, remove, revoke, set, store, save and
 * tryAcquire). What stays as it is:
 *
 * <ul>
 *   <li>append-only log records, which have exactly one expected result: {@code ApiCallLog.record},
 *       {@code AuditLog.record}, {@code FunctionCallLog.record}, {@code AppointmentActions.record};
 *   <li>idempotent writes with exactly one expected result, void: {@code TimeSlotLocks.release},
 *       {@code RequestKeys.release} and {@code RequestKeys.complete}, {@code DashboardSessions.remove}
 *       (of a token), {@code DashboardSessions.add} (of a fresh random token) and
 *       {@code NotificationPreferences.saveSettings} (an upsert);
 *   <li>bulk removals that answer how many rows went ({@code DashboardSessions.removeForUser},
 *       {@code removeExpired}) and the claims of the queues, which answer what they claimed (the
 *       webhook queue's lease writes answer one outcome per event, see {@code WebhookQueue});
 *   <li>adds of a new row under a freshly made id that cannot meet an existing one
 *       ({@code Companies.add}, {@code Branches.add}, {@code Services.add}, {@code StaffMembers.add})
 *       answer the stored value; a clash there is a programming error and stays an exception.
 * </ul>
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

    /**
     * The written value, empty for every other outcome: for callers to whom all the others mean the
     * same (e.g. a write that can only answer {@code Written} or {@code NotFound}).
     */
    default Optional<T> written() {
        return this instanceof Written<T> written ? Optional.of(written.value()) : Optional.empty();
    }

    /** The written value, or an exception naming the outcome (for callers that expect success). */
    default T orElseThrow() {
        if (this instanceof Written<T> written) {
            return written.value();
        }
        throw new RuleViolationException(getClass().getSimpleName(), "write did not happen: " + this);
    }
}
