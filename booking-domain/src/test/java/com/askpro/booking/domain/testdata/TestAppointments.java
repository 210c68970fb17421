package com.askpro.booking.domain.testdata;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.appointment.AppointmentStatus;
import com.askpro.booking.domain.appointment.SyncStatus;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.StaffId;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Appointments for tests. By default: a Haarschnitt with Anna at the demo branch, Monday 2026-03-30
 * 14:00–14:30 Berlin, {@code BOOKED}, built-in calendar, booked at {@link TestInstants#NOW}.
 * Builders use the reconstitution constructor, so any status/sync combination can be set up.
 */
public final class TestAppointments {

    public static final AppointmentId APPOINTMENT_ID =
            new AppointmentId(UUID.fromString("a0000000-0000-4000-8000-000000000001"));
    public static final AppointmentId REPLACEMENT_ID =
            new AppointmentId(UUID.fromString("a0000000-0000-4000-8000-000000000002"));
    public static final CustomerId CUSTOMER_ID =
            new CustomerId(UUID.fromString("c0000000-0000-4000-8000-000000000001"));
    public static final CallId CALL_ID = new CallId(UUID.fromString("ca000000-0000-4000-8000-000000000001"));

    /** Monday 2026-03-30 14:00–14:30 Berlin (12:00–12:30 UTC). */
    public static final TimeSlot DEFAULT_SLOT =
            TimeSlot.of(TestInstants.berlin(TestInstants.MONDAY, "14:00"), Duration.ofMinutes(30));

    private TestAppointments() {}

    public static Builder anAppointment() {
        return new Builder();
    }

    /** A default appointment in {@code status}. */
    public static Appointment anAppointmentIn(AppointmentStatus status) {
        return anAppointment().withStatus(status).build();
    }

    /** A default appointment starting at {@code start}. */
    public static Appointment anAppointmentAt(Instant start) {
        return anAppointment().at(start).build();
    }

    /** What the book use case would hand to {@link Appointment#book}: the default appointment's data. */
    public static Appointment.Request aBookingRequest() {
        return new Appointment.Request(
                DemoTenant.COMPANY_ID,
                DemoTenant.BRANCH_ID,
                DemoTenant.HAARSCHNITT_ID,
                DemoTenant.ANNA_ID,
                CUSTOMER_ID,
                DEFAULT_SLOT,
                Duration.ZERO,
                DemoTenant.ZONE,
                CALL_ID,
                "bitte kurz");
    }

    /** Fluent builder; every {@code with...} returns this builder. */
    public static final class Builder {
        private AppointmentId id = APPOINTMENT_ID;
        private ServiceId serviceId = DemoTenant.HAARSCHNITT_ID;
        private StaffId staffId = DemoTenant.ANNA_ID;
        private CustomerId customerId = CUSTOMER_ID;
        private TimeSlot slot = DEFAULT_SLOT;
        private Duration buffer = Duration.ZERO;
        private AppointmentStatus status = AppointmentStatus.BOOKED;
        private SyncStatus syncStatus = SyncStatus.LOCAL;
        private String externalUid;
        private CallId sourceCallId = CALL_ID;
        private String notes;
        private Instant createdAt = TestInstants.NOW;

        public Builder withId(AppointmentId value) {
            this.id = value;
            return this;
        }

        public Builder forService(ServiceId value) {
            this.serviceId = value;
            return this;
        }

        public Builder withStaff(StaffId value) {
            this.staffId = value;
            return this;
        }

        public Builder withoutStaff() {
            this.staffId = null;
            return this;
        }

        public Builder forCustomer(CustomerId value) {
            this.customerId = value;
            return this;
        }

        public Builder at(Instant start) {
            this.slot = TimeSlot.of(start, slot.duration());
            return this;
        }

        public Builder lasting(Duration duration) {
            this.slot = TimeSlot.of(slot.start(), duration);
            return this;
        }

        public Builder inSlot(TimeSlot value) {
            this.slot = value;
            return this;
        }

        public Builder withBuffer(Duration value) {
            this.buffer = value;
            return this;
        }

        public Builder withStatus(AppointmentStatus value) {
            this.status = value;
            return this;
        }

        public Builder withSync(SyncStatus value) {
            this.syncStatus = value;
            return this;
        }

        public Builder withExternalUid(String value) {
            this.externalUid = value;
            return this;
        }

        public Builder fromCall(CallId value) {
            this.sourceCallId = value;
            return this;
        }

        public Builder withNotes(String value) {
            this.notes = value;
            return this;
        }

        public Builder createdAt(Instant value) {
            this.createdAt = value;
            return this;
        }

        public Appointment build() {
            return new Appointment(
                    id,
                    DemoTenant.COMPANY_ID,
                    DemoTenant.BRANCH_ID,
                    serviceId,
                    staffId,
                    customerId,
                    slot,
                    buffer,
                    DemoTenant.ZONE,
                    status,
                    syncStatus,
                    externalUid,
                    sourceCallId,
                    null,
                    notes,
                    null,
                    0,
                    createdAt,
                    createdAt);
        }
    }
}
