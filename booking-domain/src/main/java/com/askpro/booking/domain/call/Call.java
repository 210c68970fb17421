package com.askpro.booking.domain.call;

import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.CompanyId;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One phone call handled by the voice agent, identified on the voice-agent platform by
 * {@code agentCallId} (Retell's {@code call_id}, translated by adapter-retell).
 *
 * <p>Its status only moves forward: registered → started → ended → analyzed. The platform delivers
 * events at least once and not necessarily in order, so every event is folded in with
 * {@link #apply}: the status becomes the later of the current status and the event's stage, an
 * event fills in facts the call does not know yet, and it overwrites known facts only when it is at
 * least as far along as the call. A late {@code call_started} after {@code call_ended} therefore
 * never regresses anything, and a duplicate event changes nothing. {@code from} may be unknown
 * (withheld numbers). {@code version} is the stored row's optimistic-concurrency version.
 * {@code branchId} is the branch the call is about: the dialled branch's own number decides it at
 * once; on a company's hotline it is null until the caller chooses a branch ({@link #chooseBranch}).
 */
public record Call(
        CallId id,
        CompanyId companyId,
        BranchId branchId,
        String agentCallId,
        CallDirection direction,
        PhoneNumber from,
        PhoneNumber to,
        CallStatus status,
        CallFacts facts,
        CustomerId customerId,
        Set<AppointmentId> appointmentIds,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** Longest platform call id accepted (Retell's ids are 32–40 characters). */
    public static final int MAX_AGENT_CALL_ID = 128;

    public Call {
        Require.notNull("id", id);
        Require.notNull("company_id", companyId);
        agentCallId = Require.line("call_id", agentCallId, MAX_AGENT_CALL_ID);
        Require.notNull("direction", direction);
        Require.notNull("to_number", to);
        Require.notNull("status", status);
        facts = facts == null ? CallFacts.NONE : facts;
        appointmentIds = Set.copyOf(new LinkedHashSet<>(Require.noNullElements(
                "appointment_ids", appointmentIds == null ? Set.<AppointmentId>of() : appointmentIds)));
        if (version < 0) {
            throw new InvalidValueException("version", "must not be negative");
        }
        Require.notNull("created_at", createdAt);
        Require.notNull("updated_at", updatedAt);
    }

    /** A call we have just learned about, before any lifecycle event has been applied. */
    public static Call register(
            CallId id,
            CompanyId companyId,
            BranchId branchId,
            String agentCallId,
            CallDirection direction,
            PhoneNumber from,
            PhoneNumber to,
            Instant now) {
        return new Call(
                id,
                companyId,
                branchId,
                agentCallId,
                direction,
                from,
                to,
                CallStatus.REGISTERED,
                CallFacts.NONE,
                null,
                Set.of(),
                0,
                now,
                now);
    }

    public Optional<PhoneNumber> caller() {
        return Optional.ofNullable(from);
    }

    public Optional<CustomerId> customer() {
        return Optional.ofNullable(customerId);
    }

    /** Folds in an event of lifecycle {@code stage}; see the class comment for the rules. */
    public Transition<Call> apply(CallStatus stage, CallFacts event, Instant now) {
        Require.notNull("stage", stage);
        Require.notNull("facts", event);
        boolean authoritative = !stage.isBefore(status);
        CallFacts merged = new CallFacts(
                pick(facts.startedAt(), event.startedAt(), authoritative),
                pick(facts.endedAt(), event.endedAt(), authoritative),
                pick(facts.durationMs(), event.durationMs(), authoritative),
                pick(facts.disconnectionReason(), event.disconnectionReason(), authoritative),
                pick(facts.transcript(), event.transcript(), authoritative),
                pick(facts.recordingUrl(), event.recordingUrl(), authoritative),
                pick(facts.summary(), event.summary(), authoritative),
                pick(facts.sentiment(), event.sentiment(), authoritative),
                pick(facts.successful(), event.successful(), authoritative),
                pick(facts.customAnalysisJson(), event.customAnalysisJson(), authoritative),
                pick(facts.costCents(), event.costCents(), authoritative));
        CallStatus next = CallStatus.latest(status, stage);
        if (next == status && merged.equals(facts)) {
            return Transition.ignored(
                    this,
                    stage.isBefore(status)
                            ? "late " + stage + " event for a call already " + status
                            : "duplicate " + stage + " event");
        }
        return Transition.applied(new Call(
                id,
                companyId,
                branchId,
                agentCallId,
                direction,
                from,
                to,
                next,
                merged,
                customerId,
                appointmentIds,
                version,
                createdAt,
                now));
    }

    /** Links the caller's customer record; a call belongs to one customer only. */
    public Transition<Call> linkCustomer(CustomerId customer, Instant now) {
        Require.notNull("customer_id", customer);
        if (customer.equals(customerId)) {
            return Transition.ignored(this, "already linked");
        }
        if (customerId != null) {
            return Transition.refused(
                    "customer_already_linked", "call " + agentCallId + " is linked to another customer");
        }
        return Transition.applied(new Call(
                id,
                companyId,
                branchId,
                agentCallId,
                direction,
                from,
                to,
                status,
                facts,
                customer,
                appointmentIds,
                version,
                createdAt,
                now));
    }

    public Optional<BranchId> branch() {
        return Optional.ofNullable(branchId);
    }

    /** The caller chose {@code branch} (on a hotline); a later choice replaces an earlier one. */
    public Transition<Call> chooseBranch(BranchId branch, Instant now) {
        Require.notNull("branch_id", branch);
        if (branch.equals(branchId)) {
            return Transition.ignored(this, "branch already chosen");
        }
        return Transition.applied(new Call(
                id,
                companyId,
                branch,
                agentCallId,
                direction,
                from,
                to,
                status,
                facts,
                customerId,
                appointmentIds,
                version,
                createdAt,
                now));
    }

    /** This call as a repository stores a change of it: the same state, its version one further. */
    public Call nextVersion() {
        return new Call(
                id,
                companyId,
                branchId,
                agentCallId,
                direction,
                from,
                to,
                status,
                facts,
                customerId,
                appointmentIds,
                version + 1,
                createdAt,
                updatedAt);
    }

    /** Records that an appointment was created or changed during this call. */
    public Transition<Call> recordAppointment(AppointmentId appointment, Instant now) {
        Require.notNull("appointment_id", appointment);
        if (appointmentIds.contains(appointment)) {
            return Transition.ignored(this, "already recorded");
        }
        Set<AppointmentId> ids = new LinkedHashSet<>(appointmentIds);
        ids.add(appointment);
        return Transition.applied(new Call(
                id,
                companyId,
                branchId,
                agentCallId,
                direction,
                from,
                to,
                status,
                facts,
                customerId,
                ids,
                version,
                createdAt,
                now));
    }

    private static <T> T pick(T known, T incoming, boolean authoritative) {
        if (incoming == null) {
            return known;
        }
        if (known == null || authoritative) {
            return incoming;
        }
        return Objects.requireNonNull(known);
    }
}
