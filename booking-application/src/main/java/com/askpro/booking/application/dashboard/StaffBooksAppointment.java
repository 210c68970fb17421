package com.askpro.booking.application.dashboard;

import com.askpro.booking.application.booking.BookAppointment;
import com.askpro.booking.application.booking.CallerContext;
import com.askpro.booking.application.booking.ServiceRefusal;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Use case: staff book a walk-in or phone booking in the dashboard's calendar. It goes through the
 * very use case a phone call uses ({@link BookAppointment}) with the customer's number in the
 * caller's place, so the same rules and the database's no-overlap guarantee apply; the booking is
 * recorded with its actor ({@link StaffActionTrail}).
 */
public final class StaffBooksAppointment {

    /** A booking made by staff: {@code service} and {@code staff} (null: anyone) by name; date and time local to the branch. */
    public record Booking(
            UUID branch,
            String service,
            String staff,
            LocalDate date,
            LocalTime time,
            String customerName,
            String phone,
            String notes) {}

    private final StaffCallerContexts callers;
    private final BookAppointment book;
    private final StaffActionTrail trail;

    public StaffBooksAppointment(StaffCallerContexts callers, BookAppointment book, StaffActionTrail trail) {
        this.callers = callers;
        this.book = book;
        this.trail = trail;
    }

    public StaffActionResult book(TenantContext tenant, String actor, Booking booking) {
        Optional<CallerContext> context = callers.atBranch(
                        tenant, booking.branch() == null ? null : new BranchId(booking.branch()))
                .filter(caller -> caller.branch().active());
        if (context.isEmpty()) {
            return new StaffActionResult.NotFound();
        }
        if (booking.phone() == null || booking.phone().isBlank()) {
            return new StaffActionResult.Invalid("customer_phone");
        }
        if (booking.customerName() == null || booking.customerName().isBlank()) {
            return new StaffActionResult.Invalid("name");
        }
        BookAppointment.Outcome outcome = book.book(new BookAppointment.Command(
                context.get(),
                booking.service(),
                booking.staff(),
                booking.date(),
                booking.time(),
                booking.customerName(),
                booking.phone(),
                null,
                booking.notes()));
        if (outcome instanceof BookAppointment.Outcome.Booked booked) {
            return trail.done(tenant, actor, "book", null, booked.appointment());
        }
        if (outcome instanceof BookAppointment.Outcome.NotBooked not) {
            return new StaffActionResult.Refused(not.reason().code(), "not free at that time", not.alternatives());
        }
        if (outcome instanceof BookAppointment.Outcome.AlreadyBooked) {
            return StaffActionResult.Refused.customerAlreadyBooked();
        }
        if (outcome instanceof BookAppointment.Outcome.InvalidDetail invalid) {
            return new StaffActionResult.Invalid(invalid.field());
        }
        if (outcome instanceof BookAppointment.Outcome.PhoneNeeded) {
            return new StaffActionResult.Invalid("customer_phone");
        }
        if (outcome instanceof ServiceRefusal.UnknownStaff) {
            return new StaffActionResult.Invalid("staff");
        }
        if (outcome instanceof ServiceRefusal) {
            return new StaffActionResult.Invalid("service");
        }
        return StaffActionResult.Refused.busy();
    }
}
