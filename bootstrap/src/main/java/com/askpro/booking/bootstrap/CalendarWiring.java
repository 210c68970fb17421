package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.http.dashboard.CalendarRoutes;
import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.application.dashboard.DashboardCalendar;
import com.askpro.booking.application.dashboard.StaffActions;
import java.time.Clock;

/**
 * Wires the dashboard's calendar: the calendar query on the (cached) catalog and the appointments,
 * and the staff actions on the same booking use cases the voice agent uses.
 */
final class CalendarWiring {

    private CalendarWiring() {}

    static CalendarRoutes routes(
            JdbiPersistence db, Catalog catalog, BookingWiring.UseCases booking, Platform platform, Clock clock) {
        DashboardCalendar calendar = new DashboardCalendar(
                db.branches(),
                catalog.services(),
                catalog.staff(),
                db.customers(),
                db.appointments(),
                db.appointmentActions(),
                clock);
        StaffActions actions = new StaffActions(
                db.companies(),
                db.branches(),
                db.customers(),
                db.appointments(),
                db.appointmentActions(),
                booking.bookAppointment(),
                booking.rescheduleAppointment(),
                booking.cancelAppointment(),
                platform.live(),
                clock);
        return new CalendarRoutes(calendar, actions);
    }
}
