package com.askpro.booking.application.dashboard;

import com.askpro.booking.application.booking.BookAppointment;
import com.askpro.booking.application.booking.CallerContext;
import com.askpro.booking.application.booking.CancelAppointment;
import com.askpro.booking.application.booking.LookupRefusal;
import com.askpro.booking.application.booking.OfferedSlot;
import com.askpro.booking.application.booking.RescheduleAppointment;
import com.askpro.booking.application.booking.ServiceRefusal;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.port.AppointmentActions;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.LiveUpdates;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Use case: what staff do in the dashboard's calendar — book a walk-in or phone booking, move,
 * cancel, confirm, mark arrived or no-show. Booking, moving and cancelling go through the very use
 * cases a phone call uses ({@link BookAppointment}, {@link RescheduleAppointment},
 * {@link CancelAppointment}) with the customer's number in the caller's place, so the same rules
 * and the database's no-overlap guarantee apply; the marks are the appointment's own transitions.
 * Every action that changed something is recorded with its actor in {@link AppointmentActions}.
 */
public final class StaffActions {

    private static final int MAX_VERSION_RETRIES = 3;

    private final Companies companies;
    private final Branches branches;
    private final Customers customers;
    private final Appointments appointments;
    private final AppointmentActions trail;
    private final BookAppointment book;
    private final RescheduleAppointment reschedule;
    private final CancelAppointment cancel;
    private final LiveUpdates live;
    private final Clock clock;

    public StaffActions(
            Companies companies,
            Branches branches,
            Customers customers,
            Appointments appointments,
            AppointmentActions trail,
            BookAppointment book,
            RescheduleAppointment reschedule,
            CancelAppointment cancel,
            LiveUpdates live,
            Clock clock) {
        this.companies = companies;
        this.branches = branches;
        this.customers = customers;
        this.appointments = appointments;
        this.trail = trail;
        this.book = book;
        this.reschedule = reschedule;
        this.cancel = cancel;
        this.live = live;
        this.clock = clock;
    }

    /** How an action ended. */
    public sealed interface Result {

        /** Done (or already so); {@code appointment} is its current state (after a move: the new one). */
        record Done(Appointment appointment) implements Result {}

        /** A rule forbids it ({@code code}, e.g. {@code taken}, {@code not_started}); {@code alternatives} for a taken time. */
        record Refused(String code, String message, List<OfferedSlot> alternatives) implements Result {
            public Refused {
                alternatives = List.copyOf(alternatives);
            }
        }

        /** A detail is unusable: {@code field} ({@code service}, {@code staff}, {@code customer_phone}, {@code name} …). */
        record Invalid(String field) implements Result {}

        /** No such appointment or branch in this tenant. */
        record NotFound() implements Result {}
    }

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

    public Result book(TenantContext tenant, String actor, Booking booking) {
        Optional<CallerContext> context = context(
                        tenant, booking.branch() == null ? null : new BranchId(booking.branch()), null)
                .filter(caller -> caller.branch().active());
        if (context.isEmpty()) {
            return new Result.NotFound();
        }
        if (booking.phone() == null || booking.phone().isBlank()) {
            return new Result.Invalid("customer_phone");
        }
        if (booking.customerName() == null || booking.customerName().isBlank()) {
            return new Result.Invalid("name");
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
            return done(tenant, actor, "book", null, booked.appointment());
        }
        if (outcome instanceof BookAppointment.Outcome.NotBooked not) {
            return new Result.Refused(not.reason().code(), "not free at that time", not.alternatives());
        }
        if (outcome instanceof BookAppointment.Outcome.AlreadyBooked) {
            return new Result.Refused(
                    "customer_already_booked", "the customer already has an appointment at that time", List.of());
        }
        if (outcome instanceof BookAppointment.Outcome.InvalidDetail invalid) {
            return new Result.Invalid(invalid.field());
        }
        if (outcome instanceof BookAppointment.Outcome.PhoneNeeded) {
            return new Result.Invalid("customer_phone");
        }
        if (outcome instanceof ServiceRefusal.UnknownStaff) {
            return new Result.Invalid("staff");
        }
        if (outcome instanceof ServiceRefusal) {
            return new Result.Invalid("service");
        }
        return busy();
    }

    /** Moves the appointment to {@code date} {@code time} at its branch (the same staff member first). */
    public Result move(TenantContext tenant, String actor, UUID id, LocalDate date, LocalTime time) {
        return withCustomer(tenant, id, (current, caller) -> {
            RescheduleAppointment.Outcome outcome = reschedule.reschedule(
                    new RescheduleAppointment.Command(caller, current.id().toString(), date, time));
            if (outcome instanceof RescheduleAppointment.Outcome.Moved moved) {
                if (moved.appointment().id().equals(current.id())) {
                    return new Result.Done(current); // already at that time: nothing changed, nothing to record
                }
                record(
                        tenant,
                        current.id(),
                        "move",
                        actor,
                        "moved to " + moved.appointment().id());
                return done(tenant, actor, "move", "moved from " + current.id(), moved.appointment());
            }
            if (outcome instanceof RescheduleAppointment.Outcome.NotMoved not) {
                return new Result.Refused(not.reason().code(), "not free at that time", not.alternatives());
            }
            if (outcome instanceof RescheduleAppointment.Outcome.ClashesWithOwn) {
                return new Result.Refused(
                        "customer_already_booked", "the customer already has an appointment at that time", List.of());
            }
            if (outcome instanceof RescheduleAppointment.Outcome.NotReschedulable || outcome instanceof LookupRefusal) {
                return refusedBy(
                        current.rescheduleTo(
                                AppointmentId.newId(),
                                current.slot().movedTo(current.slot().start().plusSeconds(60)),
                                current.staffId(),
                                clock.instant()),
                        "not_movable");
            }
            return busy();
        });
    }

    /** Cancels with the reason staff gave (null: none). */
    public Result cancel(TenantContext tenant, String actor, UUID id, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        return withCustomer(tenant, id, (current, caller) -> {
            CancelAppointment.Outcome outcome = cancel.cancel(new CancelAppointment.Command(
                    caller, current.id().toString(), why == null ? "cancelled by staff" : why));
            if (outcome instanceof CancelAppointment.Outcome.Cancelled cancelled) {
                boolean already = current.status() == cancelled.appointment().status();
                return already
                        ? new Result.Done(cancelled.appointment())
                        : done(tenant, actor, "cancel", why, cancelled.appointment());
            }
            if (outcome instanceof CancelAppointment.Outcome.NotCancellable) {
                return refusedBy(current.cancel(why, clock.instant()), "not_cancellable");
            }
            if (outcome instanceof LookupRefusal) {
                return new Result.NotFound();
            }
            return busy();
        });
    }

    public Result confirm(TenantContext tenant, String actor, UUID id) {
        return mark(tenant, actor, id, "confirm", a -> a.confirm(clock.instant()));
    }

    public Result arrived(TenantContext tenant, String actor, UUID id) {
        return mark(tenant, actor, id, "arrived", a -> a.markArrived(clock.instant()));
    }

    public Result noShow(TenantContext tenant, String actor, UUID id) {
        return mark(tenant, actor, id, "no_show", a -> a.markNoShow(clock.instant()));
    }

    private Result mark(
            TenantContext tenant,
            String actor,
            UUID id,
            String action,
            java.util.function.Function<Appointment, Transition<Appointment>> change) {
        Optional<Appointment> found = appointments.find(tenant, new AppointmentId(id));
        if (found.isEmpty()) {
            return new Result.NotFound();
        }
        Appointment appointment = found.get();
        for (int attempt = 1; attempt <= MAX_VERSION_RETRIES; attempt++) {
            Transition<Appointment> transition = change.apply(appointment);
            if (transition instanceof Transition.Refused<Appointment> refused) {
                return new Result.Refused(refused.rule(), refused.message(), List.of());
            }
            if (transition instanceof Transition.Ignored<Appointment>) {
                return new Result.Done(appointment);
            }
            if (appointments.update(tenant, transition.state()) instanceof WriteOutcome.Written<Appointment> written) {
                return done(tenant, actor, action, null, written.value());
            }
            appointment = appointments.find(tenant, appointment.id()).orElseThrow();
        }
        return busy();
    }

    /** Runs {@code action} with the appointment and its customer in the caller's place, at its branch. */
    private Result withCustomer(TenantContext tenant, UUID id, BiFunction<Appointment, CallerContext, Result> action) {
        Optional<Appointment> found = appointments.find(tenant, new AppointmentId(id));
        if (found.isEmpty()) {
            return new Result.NotFound();
        }
        Appointment current = found.get();
        Optional<Customer> customer =
                current.customerId() == null ? Optional.empty() : customers.find(tenant, current.customerId());
        if (customer.isEmpty()) {
            return new Result.Refused("customer_erased", "the customer's data was erased", List.of());
        }
        Optional<CallerContext> caller = context(tenant, current.branchId(), customer.get());
        return caller.isEmpty() ? new Result.NotFound() : action.apply(current, caller.get());
    }

    private Optional<CallerContext> context(TenantContext tenant, BranchId branchId, Customer customer) {
        Optional<Company> company = companies.find(tenant.companyId()).filter(Company::active);
        Optional<Branch> branch = branchId == null ? Optional.empty() : branches.find(tenant, branchId);
        if (company.isEmpty() || branch.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CallerContext(
                company.get(), branch.get(), customer == null ? null : customer.phone(), null, clock.instant()));
    }

    private Result done(TenantContext tenant, String actor, String action, String details, Appointment appointment) {
        record(tenant, appointment.id(), action, actor, details);
        live.publish(new LiveUpdates.Update(
                tenant, LiveUpdates.Kind.APPOINTMENT, appointment.id().value(), clock.instant()));
        return new Result.Done(appointment);
    }

    private void record(TenantContext tenant, AppointmentId id, String action, String actor, String details) {
        trail.record(tenant, new AppointmentActions.Entry(id, action, actor, details, clock.instant()));
    }

    private static Result refusedBy(Transition<?> transition, String fallback) {
        if (transition instanceof Transition.Refused<?> refused) {
            return new Result.Refused(refused.rule(), refused.message(), List.of());
        }
        return new Result.Refused(fallback, "not possible for this appointment", List.of());
    }

    private static Result busy() {
        return new Result.Refused("busy", "the calendar is busy; please try again", List.of());
    }
}
