package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.http.dashboard.CalendarRoutes;
import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.application.dashboard.DashboardAppointment;
import com.askpro.booking.application.dashboard.DashboardCalendar;
import com.askpro.booking.application.dashboard.StaffActionTrail;
import com.askpro.booking.application.dashboard.StaffBooksAppointment;
import com.askpro.booking.application.dashboard.StaffCallerContexts;
import com.askpro.booking.application.dashboard.StaffCancelsAppointment;
import com.askpro.booking.application.dashboard.StaffMarksAppointment;
import com.askpro.booking.application.dashboard.StaffMovesAppointment;
import java.time.Clock;

/**
 * Wires the dashboard's calendar: the calendar and appointment queries on the (cached) catalog and
 * the appointments, and the staff actions on the same booking use cases the voice agent uses.
 */
final class CalendarWiring {

    private CalendarWiring() {}

    static CalendarRoutes routes(
            JdbiPersistence db, Catalog catalog, BookingWiring.UseCases booking, Platform platform, Clock clock) {
        StaffCallerContexts callers =
                new StaffCallerContexts(db.companies(), db.branches(), db.customers(), db.appointments(), clock);
        StaffActionTrail trail = new StaffActionTrail(db.appointmentActions(), platform.live(), clock);
        return new CalendarRoutes(new CalendarRoutes.UseCases(
                new DashboardCalendar(
                        db.branches(), catalog.services(), catalog.staff(), db.customers(), db.appointments(), clock),
                new DashboardAppointment(
                        db.branches(),
                        catalog.services(),
                        catalog.staff(),
                        db.customers(),
                        db.appointments(),
                        db.appointmentActions()),
                new StaffBooksAppointment(callers, booking.bookAppointment(), trail),
                new StaffMovesAppointment(callers, booking.rescheduleAppointment(), trail, clock),
                new StaffCancelsAppointment(callers, booking.cancelAppointment(), trail, clock),
                new StaffMarksAppointment(db.appointments(), trail, clock)));
    }
}
