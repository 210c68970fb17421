package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.adapter.retell.functions.RetellFunctions;
import com.askpro.booking.application.booking.AfterChange;
import com.askpro.booking.application.booking.BookAppointment;
import com.askpro.booking.application.booking.CallersAppointments;
import com.askpro.booking.application.booking.CancelAppointment;
import com.askpro.booking.application.booking.CheckAcrossBranches;
import com.askpro.booking.application.booking.CheckAvailability;
import com.askpro.booking.application.booking.ChooseBranch;
import com.askpro.booking.application.booking.FindMyAppointments;
import com.askpro.booking.application.booking.IdentifyCaller;
import com.askpro.booking.application.booking.ListServices;
import com.askpro.booking.application.booking.RescheduleAppointment;
import com.askpro.booking.application.booking.SlotBooking;
import com.askpro.booking.application.booking.SlotSearch;
import com.askpro.booking.application.call.CallRegistry;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import java.time.Clock;
import java.time.Duration;

/**
 * Composition of the booking conversation: the six booking use cases and who is asking, on the
 * persistence ports, the (cached) catalog and the company's calendar. Every front end — the voice
 * agent's functions, and any later one — gets the same {@link UseCases}.
 */
final class BookingWiring {

    /** How long the function calls' registry remembers a call it found or registered (longer than any call). */
    static final Duration CALLS_IN_PROGRESS = Duration.ofHours(1);

    private BookingWiring() {}

    /** The booking use cases, shared by every front end. */
    record UseCases(
            IdentifyCaller identifyCaller,
            ListServices listServices,
            CheckAvailability checkAvailability,
            BookAppointment bookAppointment,
            FindMyAppointments findMyAppointments,
            RescheduleAppointment rescheduleAppointment,
            CancelAppointment cancelAppointment,
            ChooseBranch chooseBranch,
            CheckAcrossBranches checkAcrossBranches) {

        /** The use cases the voice agent's functions call. */
        RetellFunctions.UseCases forRetell() {
            return new RetellFunctions.UseCases(
                    listServices,
                    checkAvailability,
                    bookAppointment,
                    findMyAppointments,
                    rescheduleAppointment,
                    cancelAppointment,
                    chooseBranch,
                    checkAcrossBranches);
        }
    }

    static UseCases useCases(JdbiPersistence db, Platform platform, Catalog catalog, Calendars calendars, Clock clock) {
        Services services = catalog.services();
        StaffMembers staff = catalog.staff();
        CallRegistry calls = CallRegistry.remembering(db.calls(), CALLS_IN_PROGRESS, clock);
        SlotSearch search = new SlotSearch(services, staff, calendars.selector(), db.appointments());
        AfterChange after = new AfterChange(calendars.push(), calls, platform.live());
        CallersAppointments callers = new CallersAppointments(db.customers(), db.appointments());
        CheckAvailability check = new CheckAvailability(search);
        return new UseCases(
                new IdentifyCaller(catalog.directory(), db.branches(), calls, platform.metrics(), clock),
                new ListServices(services),
                check,
                new BookAppointment(
                        search,
                        services,
                        db.customers(),
                        db.appointments(),
                        new SlotBooking(db.appointments(), db.timeSlotLocks(), after),
                        platform.metrics()),
                new FindMyAppointments(callers, services, staff),
                new RescheduleAppointment(callers, search, services, staff, db.appointments(), after, db.branches()),
                new CancelAppointment(callers, db.appointments(), after),
                new ChooseBranch(db.branches(), calls),
                new CheckAcrossBranches(check, db.branches()));
    }
}
