package com.askpro.booking.adapter.persistence;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Adapter part: the H2 backstop against overlapping appointments. Every minute an appointment
 * blocks (slot plus buffer, widened to whole minutes) is a row of {@code appointment_slot_claims}
 * with primary key {@code (resource_key, minute_start)}, so a second claim is a duplicate key
 * (23505). Rows are deleted when the appointment stops holding time. Disabled on PostgreSQL,
 * where the exclusion constraint {@code appointments_no_overlap} is the backstop.
 */
final class SlotClaims {

    private final boolean enabled;

    SlotClaims(boolean enabled) {
        this.enabled = enabled;
    }

    void claim(Handle handle, Appointment appointment) {
        if (!enabled || !appointment.holdsTime()) {
            return;
        }
        String resource = appointment.resource().key();
        Instant end = appointment.blockedTime().end();
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO appointment_slot_claims (resource_key, minute_start, appointment_id)
                VALUES (:resource, :minute, :appointment)
                """);
        for (Instant minute = appointment.slot().start().truncatedTo(ChronoUnit.MINUTES);
                minute.isBefore(end);
                minute = minute.plus(Duration.ofMinutes(1))) {
            batch.bind("resource", resource)
                    .bind("minute", Db.ts(minute))
                    .bind("appointment", Db.uuid(appointment.id().value()))
                    .add();
        }
        batch.execute();
    }

    /** Frees the minutes of an appointment that no longer holds its time. */
    void release(Handle handle, AppointmentId appointment) {
        if (!enabled) {
            return;
        }
        handle.createUpdate("DELETE FROM appointment_slot_claims WHERE appointment_id = :appointment")
                .bind("appointment", Db.uuid(appointment.value()))
                .execute();
    }
}
