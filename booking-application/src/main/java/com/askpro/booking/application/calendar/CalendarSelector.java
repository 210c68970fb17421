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
 * credentials when one is configured, the built-in one otherwise — as its
 * {@link CalendarSyncPolicy} decides.
 */
public final class CalendarSelector implements CalendarProvider {

    private static final System.Logger LOG = System.getLogger(CalendarSelector.class.getName());

    private final CalendarProvider builtIn;
    private final CalendarProvider external;
    private final CalendarSyncPolicy policy;

    /** {@code external} may be null: then every company uses the built-in calendar. */
    public CalendarSelector(CalendarProvider builtIn, CalendarProvider external) {
        this.builtIn = builtIn;
        this.external = external;
        this.policy = new CalendarSyncPolicy(external != null);
    }

    /** The sync policy, which also decides whose calendar is external. */
    public CalendarSyncPolicy policy() {
        return policy;
    }

    private boolean isExternal(Company company) {
        return policy.isExternal(company);
    }

    private CalendarProvider of(Company company) {
        return isExternal(company) ? external : builtIn;
    }

    /**
     * Free slots from the company's calendar. When the external calendar cannot answer, the
     * built-in calendar's view (working hours and the appointments stored here) stands in, so a
     * caller can still book; such bookings stay pending until the external calendar confirms.
     */
    @Override
    public List<AvailableSlot> freeSlots(SlotQuery query) {
        if (!isExternal(query.company())) {
            return builtIn.freeSlots(query);
        }
        try {
            return external.freeSlots(query);
        } catch (RuntimeException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "external calendar unavailable for slots, using local availability: {0}",
                    e.getMessage());
            return builtIn.freeSlots(query);
        }
    }

    @Override
    public CalendarAnswer create(Company company, Appointment appointment, Service service, Customer customer) {
        return of(company).create(company, appointment, service, customer);
    }

    @Override
    public CalendarAnswer createAgain(Company company, Appointment appointment, Service service, Customer customer) {
        return of(company).createAgain(company, appointment, service, customer);
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
