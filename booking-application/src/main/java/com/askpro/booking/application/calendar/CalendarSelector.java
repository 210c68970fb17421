package com.askpro.booking.application.calendar;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.availability.AvailableSlot;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.port.CalendarProvider;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.Service;
import java.util.List;

/**
 * Routes each request to the company's calendar: the external one (Cal.com) for companies with
 * credentials when one is configured, the built-in one otherwise.
 */
public final class CalendarSelector implements CalendarProvider {

    private final CalendarProvider builtIn;
    private final CalendarProvider external;

    /** {@code external} may be null: then every company uses the built-in calendar. */
    public CalendarSelector(CalendarProvider builtIn, CalendarProvider external) {
        this.builtIn = builtIn;
        this.external = external;
    }

    /** True when appointments of {@code company} must be pushed to an external calendar. */
    public boolean isExternal(Company company) {
        return external != null && company.usesCalcom();
    }

    private CalendarProvider of(Company company) {
        return isExternal(company) ? external : builtIn;
    }

    @Override
    public List<AvailableSlot> freeSlots(SlotQuery query) {
        return of(query.company()).freeSlots(query);
    }

    @Override
    public CalendarAnswer create(Company company, Appointment appointment, Service service, Customer customer) {
        return of(company).create(company, appointment, service, customer);
    }

    @Override
    public CalendarAnswer reschedule(Company company, Appointment previous, Appointment replacement) {
        return of(company).reschedule(company, previous, replacement);
    }

    @Override
    public CalendarAnswer cancel(Company company, Appointment appointment, String reason) {
        return of(company).cancel(company, appointment, reason);
    }
}
