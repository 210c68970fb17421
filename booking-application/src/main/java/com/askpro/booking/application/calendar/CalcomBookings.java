package com.askpro.booking.application.calendar;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.Optional;

/**
 * Which tenant and which local appointment a Cal.com booking webhook concerns. The tenant comes
 * from the booking's metadata; the appointment is looked up within that tenant only.
 */
final class CalcomBookings {

    private final Companies companies;
    private final Appointments appointments;

    CalcomBookings(Companies companies, Appointments appointments) {
        this.companies = companies;
        this.appointments = appointments;
    }

    /** The company named in the booking's metadata; empty for bookings not made by us. */
    Optional<Company> companyOf(CalendarWebhook webhook) {
        if (webhook.companyId() == null) {
            return Optional.empty();
        }
        try {
            return companies.find(CompanyId.parse(webhook.companyId()));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    /** By the booking's uid, then (rescheduled) by the uid it replaced, then by our id in its metadata. */
    Optional<Appointment> appointmentOf(TenantContext tenant, CalendarWebhook webhook) {
        Optional<Appointment> found =
                Optional.ofNullable(webhook.bookingUid()).flatMap(uid -> appointments.findByExternalUid(tenant, uid));
        if (found.isEmpty() && webhook.previousUid() != null) {
            found = appointments.findByExternalUid(tenant, webhook.previousUid());
        }
        if (found.isEmpty() && webhook.appointmentId() != null) {
            try {
                found = appointments.find(tenant, AppointmentId.parse(webhook.appointmentId()));
            } catch (InvalidValueException e) {
                return Optional.empty();
            }
        }
        return found;
    }

    /** True when the appointment is already tied to a different Cal.com booking (a stale event). */
    static boolean isOtherBooking(Appointment appointment, String uid) {
        return appointment.externalUid() != null
                && uid != null
                && !appointment.externalUid().equals(uid);
    }
}
