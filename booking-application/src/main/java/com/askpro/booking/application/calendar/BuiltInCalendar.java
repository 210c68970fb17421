package com.askpro.booking.application.calendar;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.availability.AvailabilityCalculator;
import com.askpro.booking.domain.availability.AvailableSlot;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.CalendarProvider;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar of companies without an external one: free slots come from working hours and the
 * appointments stored here; writes need no pushing anywhere, the database is the calendar.
 */
public final class BuiltInCalendar implements CalendarProvider {

    private final Appointments appointments;
    private final AvailabilityCalculator calculator = new AvailabilityCalculator();

    public BuiltInCalendar(Appointments appointments) {
        this.appointments = appointments;
    }

    @Override
    public List<AvailableSlot> freeSlots(SlotQuery query) {
        List<AvailableSlot> result = new ArrayList<>();
        ZoneId zone = query.branch().timeZone();
        for (LocalDate day = query.from(); !day.isAfter(query.to()); day = day.plusDays(1)) {
            if (!query.branch().isOpenOn(day)) {
                continue;
            }
            TimeSlot wholeDay = new TimeSlot(
                    day.atStartOfDay(zone).minusHours(12).toInstant(),
                    day.plusDays(1).atStartOfDay(zone).plusHours(12).toInstant());
            List<Appointment> existing =
                    appointments
                            .holdingTime(
                                    query.company().tenant(), query.branch().id(), wholeDay)
                            .stream()
                            .filter(a -> query.ignoring() == null
                                    || !a.id().equals(query.ignoring().id()))
                            .toList();
            result.addAll(calculator.freeSlots(new AvailabilityCalculator.Request(
                    query.branch(),
                    query.company().bookingPolicy(),
                    query.service(),
                    query.staff(),
                    existing,
                    day,
                    query.now())));
        }
        return List.copyOf(result);
    }

    @Override
    public CalendarAnswer create(Company company, Appointment appointment, Service service, Customer customer) {
        return new CalendarAnswer.Accepted(null);
    }

    @Override
    public CalendarAnswer reschedule(Company company, Appointment previous, Appointment replacement) {
        return new CalendarAnswer.Accepted(null);
    }

    @Override
    public CalendarAnswer cancel(Company company, Appointment appointment, String reason) {
        return new CalendarAnswer.Accepted(null);
    }
}
