package com.askpro.booking.domain.appointment;

import static com.askpro.booking.domain.testdata.TestAppointments.anAppointment;
import static com.askpro.booking.domain.testdata.TestAppointments.anAppointmentIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.RuleViolationException;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.testdata.DemoTenant;
import com.askpro.booking.domain.testdata.TestAppointments;
import com.askpro.booking.domain.testdata.TestInstants;
import com.askpro.booking.domain.time.BookingResource;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class AppointmentTest {

    private static final Instant NOW = TestInstants.NOW;
    private static final Instant LATER = TestInstants.minutesAfterNow(5);
    private static final TimeSlot ONE_HOUR_LATER = TestAppointments.DEFAULT_SLOT.movedTo(
            TestAppointments.DEFAULT_SLOT.start().plus(Duration.ofHours(1)));

    /** What happens when an action is asked of an appointment. */
    enum Outcome {
        APPLIED,
        IGNORED,
        REFUSED
    }

    /** The three lifecycle actions, as functions of (appointment, now). */
    enum Action {
        CONFIRM((a, now) -> a.confirm(now)),
        CANCEL((a, now) -> a.cancel("Kunde hat abgesagt", now)),
        RESCHEDULE((a, now) -> a.rescheduleTo(TestAppointments.REPLACEMENT_ID, ONE_HOUR_LATER, a.staffId(), now));

        private final BiFunction<Appointment, Instant, Transition<?>> run;

        Action(BiFunction<Appointment, Instant, Transition<?>> run) {
            this.run = run;
        }

        Transition<?> on(Appointment appointment) {
            return run.apply(appointment, LATER);
        }
    }

    /** Every status × action, with the one outcome the lifecycle allows. */
    static Stream<Arguments> everyStatusAndAction() {
        return Stream.of(
                arguments(AppointmentStatus.BOOKED, Action.CONFIRM, Outcome.APPLIED),
                arguments(AppointmentStatus.BOOKED, Action.CANCEL, Outcome.APPLIED),
                arguments(AppointmentStatus.BOOKED, Action.RESCHEDULE, Outcome.APPLIED),
                arguments(AppointmentStatus.CONFIRMED, Action.CONFIRM, Outcome.IGNORED),
                arguments(AppointmentStatus.CONFIRMED, Action.CANCEL, Outcome.APPLIED),
                arguments(AppointmentStatus.CONFIRMED, Action.RESCHEDULE, Outcome.APPLIED),
                arguments(AppointmentStatus.CANCELLED, Action.CONFIRM, Outcome.REFUSED),
                arguments(AppointmentStatus.CANCELLED, Action.CANCEL, Outcome.IGNORED),
                arguments(AppointmentStatus.CANCELLED, Action.RESCHEDULE, Outcome.REFUSED),
                arguments(AppointmentStatus.RESCHEDULED, Action.CONFIRM, Outcome.REFUSED),
                arguments(AppointmentStatus.RESCHEDULED, Action.CANCEL, Outcome.REFUSED),
                arguments(AppointmentStatus.RESCHEDULED, Action.RESCHEDULE, Outcome.REFUSED));
    }

    @Test
    void givenMatrixWhenListedThenCoversEveryStatusAndAction() {
        assertThat(everyStatusAndAction()).hasSize(AppointmentStatus.values().length * Action.values().length);
    }

    @ParameterizedTest(name = "[{index}] {1} on {0} -> {2}")
    @MethodSource("everyStatusAndAction")
    void givenStatusWhenActionRequestedThenOnlyTheAllowedOutcome(
            AppointmentStatus status, Action action, Outcome expected) {
        Appointment appointment = anAppointmentIn(status);

        Transition<?> result = action.on(appointment);

        switch (expected) {
            case APPLIED -> assertThat(result).isInstanceOf(Transition.Applied.class);
            case IGNORED -> {
                assertThat(result).isInstanceOf(Transition.Ignored.class);
                assertThat(result.state()).isEqualTo(appointment);
            }
            case REFUSED -> {
                assertThat(result).isInstanceOf(Transition.Refused.class);
                assertThat(result.state()).isNull();
                String statusName = status.name().toLowerCase(Locale.ROOT);
                assertThatThrownBy(result::orElseThrow)
                        .isInstanceOf(RuleViolationException.class)
                        .hasMessageContaining("cannot " + action.name().toLowerCase(Locale.ROOT))
                        .hasMessageContaining(statusName)
                        .extracting(e -> ((RuleViolationException) e).rule())
                        .isEqualTo("appointment_" + statusName);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(AppointmentStatus.class)
    void givenStatusWhenAskedIfItHoldsTimeThenOnlyBookedAndConfirmed(AppointmentStatus status) {
        boolean holds = status == AppointmentStatus.BOOKED || status == AppointmentStatus.CONFIRMED;

        assertThat(status.holdsTime()).isEqualTo(holds);
        assertThat(status.isFinal()).isEqualTo(!holds);
        assertThat(anAppointmentIn(status).holdsTime()).isEqualTo(holds);
    }

    // --- booking ---

    @Test
    void givenBuiltInCalendarWhenBookedThenBookedAndLocal() {
        Appointment booked =
                Appointment.book(TestAppointments.APPOINTMENT_ID, TestAppointments.aBookingRequest(), false, NOW);

        assertThat(booked.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(booked.syncStatus()).isEqualTo(SyncStatus.LOCAL);
        assertThat(booked.slot()).isEqualTo(TestAppointments.DEFAULT_SLOT);
        assertThat(booked.staff()).contains(DemoTenant.ANNA_ID);
        assertThat(booked.sourceCallId()).isEqualTo(TestAppointments.CALL_ID);
        assertThat(booked.notes()).isEqualTo("bitte kurz");
        assertThat(booked.externalUid()).isNull();
        assertThat(booked.rescheduledFrom()).isNull();
        assertThat(booked.version()).isZero();
        assertThat(booked.createdAt()).isEqualTo(NOW);
        assertThat(booked.updatedAt()).isEqualTo(NOW);
        assertThat(booked.belongsTo(TestAppointments.CUSTOMER_ID)).isTrue();
    }

    @Test
    void givenExternalCalendarWhenBookedThenBookedAndPendingSync() {
        Appointment booked =
                Appointment.book(TestAppointments.APPOINTMENT_ID, TestAppointments.aBookingRequest(), true, NOW);

        assertThat(booked.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(booked.syncStatus()).isEqualTo(SyncStatus.PENDING);
    }

    @Test
    void givenIncompleteRequestWhenBookedThenRejectedForTheMissingField() {
        Appointment.Request noCustomer = new Appointment.Request(
                DemoTenant.COMPANY_ID,
                DemoTenant.BRANCH_ID,
                DemoTenant.HAARSCHNITT_ID,
                null,
                null,
                TestAppointments.DEFAULT_SLOT,
                null,
                DemoTenant.ZONE,
                null,
                null);

        assertThatThrownBy(() -> Appointment.book(AppointmentId.newId(), noCustomer, false, NOW))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("customer_id");
        assertThatThrownBy(() -> Appointment.book(AppointmentId.newId(), null, false, NOW))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("request");
    }

    // --- confirm and cancel ---

    @Test
    void givenBookedAppointmentWhenConfirmedThenConfirmedAndSyncUntouched() {
        Appointment booked = anAppointment()
                .withSync(SyncStatus.SYNCED)
                .withExternalUid("cal-uid-1")
                .build();

        Appointment confirmed = booked.confirm(LATER).orElseThrow();

        assertThat(confirmed.status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(confirmed.syncStatus()).isEqualTo(SyncStatus.SYNCED);
        assertThat(confirmed.updatedAt()).isEqualTo(LATER);
        assertThat(confirmed.createdAt()).isEqualTo(booked.createdAt());
    }

    @Test
    void givenSyncedAppointmentWhenCancelledThenCancelledWithReasonAndSyncPending() {
        Appointment synced = anAppointment()
                .withSync(SyncStatus.SYNCED)
                .withExternalUid("cal-uid-1")
                .build();

        Appointment cancelled = synced.cancel("Kunde krank", LATER).orElseThrow();

        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(cancelled.statusReason()).isEqualTo("Kunde krank");
        assertThat(cancelled.syncStatus())
                .as("the cancellation must reach the external calendar")
                .isEqualTo(SyncStatus.PENDING);
        assertThat(cancelled.externalUid()).isEqualTo("cal-uid-1");
        assertThat(cancelled.holdsTime()).isFalse();
    }

    @Test
    void givenLocalAppointmentWhenCancelledWithoutReasonThenCancelledAndStillLocal() {
        Appointment cancelled = anAppointment().build().cancel(null, LATER).orElseThrow();

        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(cancelled.syncStatus()).isEqualTo(SyncStatus.LOCAL);
        assertThat(cancelled.statusReason()).isNull();
    }

    @Test
    void givenCancelledAppointmentWhenCancelledAgainThenIgnoredAndFirstReasonKept() {
        Appointment cancelled =
                anAppointment().build().cancel("erster Grund", NOW).orElseThrow();

        Transition<Appointment> again = cancelled.cancel("zweiter Grund", LATER);

        assertThat(again).isEqualTo(Transition.ignored(cancelled, "already cancelled"));
        assertThat(again.orElseThrow().statusReason()).isEqualTo("erster Grund");
    }

    // --- reschedule ---

    @Test
    void givenBookedAppointmentWhenRescheduledThenPreviousEndsAndLinkedReplacementTakesOver() {
        Appointment original = anAppointment().withNotes("Spitzen schneiden").build();

        Appointment.Rescheduled result = original.rescheduleTo(
                        TestAppointments.REPLACEMENT_ID, ONE_HOUR_LATER, DemoTenant.BEN_ID, LATER)
                .orElseThrow();

        Appointment previous = result.previous();
        assertThat(previous.id()).isEqualTo(original.id());
        assertThat(previous.status()).isEqualTo(AppointmentStatus.RESCHEDULED);
        assertThat(previous.slot()).isEqualTo(original.slot());
        assertThat(previous.statusReason()).isEqualTo("rescheduled");
        assertThat(previous.updatedAt()).isEqualTo(LATER);

        Appointment replacement = result.replacement();
        assertThat(replacement.id()).isEqualTo(TestAppointments.REPLACEMENT_ID);
        assertThat(replacement.rescheduledFrom()).isEqualTo(original.id());
        assertThat(replacement.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(replacement.slot()).isEqualTo(ONE_HOUR_LATER);
        assertThat(replacement.staffId()).isEqualTo(DemoTenant.BEN_ID);
        assertThat(replacement.customerId()).isEqualTo(original.customerId());
        assertThat(replacement.serviceId()).isEqualTo(original.serviceId());
        assertThat(replacement.sourceCallId()).isEqualTo(original.sourceCallId());
        assertThat(replacement.notes()).isEqualTo("Spitzen schneiden");
        assertThat(replacement.buffer()).isEqualTo(original.buffer());
        assertThat(replacement.syncStatus()).isEqualTo(SyncStatus.LOCAL);
        assertThat(replacement.version()).isZero();
        assertThat(replacement.createdAt()).isEqualTo(LATER);
    }

    @ParameterizedTest
    @EnumSource(
            value = SyncStatus.class,
            names = {"PENDING", "SYNCED", "CONFLICT"})
    void givenExternallySyncedAppointmentWhenRescheduledThenBothSidesPendingAndReplacementHasNoUid(SyncStatus sync) {
        Appointment original =
                anAppointment().withSync(sync).withExternalUid("cal-uid-1").build();

        Appointment.Rescheduled result = original.rescheduleTo(
                        TestAppointments.REPLACEMENT_ID, ONE_HOUR_LATER, original.staffId(), LATER)
                .orElseThrow();

        assertThat(result.previous().syncStatus()).isEqualTo(SyncStatus.PENDING);
        assertThat(result.replacement().syncStatus()).isEqualTo(SyncStatus.PENDING);
        assertThat(result.replacement().externalUid()).isNull();
    }

    @Test
    void givenAppointmentWhenRescheduledToTheSameSlotAndStaffThenIgnored() {
        Appointment original = anAppointment().build();

        Transition<Appointment.Rescheduled> result =
                original.rescheduleTo(TestAppointments.REPLACEMENT_ID, original.slot(), original.staffId(), LATER);

        assertThat(result).isInstanceOf(Transition.Ignored.class);
        assertThat(result.state()).isEqualTo(new Appointment.Rescheduled(original, original));
    }

    @Test
    void givenAppointmentWhenRescheduledToTheSameSlotWithOtherStaffThenApplied() {
        Appointment original = anAppointment().build();

        Transition<Appointment.Rescheduled> result =
                original.rescheduleTo(TestAppointments.REPLACEMENT_ID, original.slot(), DemoTenant.BEN_ID, LATER);

        assertThat(result).isInstanceOf(Transition.Applied.class);
        assertThat(result.state().replacement().resource()).isEqualTo(BookingResource.staff(DemoTenant.BEN_ID));
    }

    @Test
    void givenNoNewSlotWhenRescheduledThenRejected() {
        assertThatThrownBy(
                        () -> anAppointment().build().rescheduleTo(TestAppointments.REPLACEMENT_ID, null, null, LATER))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("new_slot");
    }

    // --- external calendar sync ---

    @ParameterizedTest
    @EnumSource(AppointmentStatus.class)
    void givenLocalAppointmentWhenMarkedSyncedOrConflictingThenRefusedAsNotExternal(AppointmentStatus status) {
        Appointment local =
                anAppointment().withStatus(status).withSync(SyncStatus.LOCAL).build();

        for (Transition<Appointment> result :
                new Transition[] {local.markSynced("uid", LATER), local.markConflict("taken", LATER)}) {
            assertThat(result).isInstanceOf(Transition.Refused.class);
            assertThatThrownBy(result::orElseThrow)
                    .isInstanceOf(RuleViolationException.class)
                    .extracting(e -> ((RuleViolationException) e).rule())
                    .isEqualTo("not_external");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = SyncStatus.class,
            names = {"PENDING", "CONFLICT"})
    void givenUnsyncedAppointmentWhenMarkedSyncedThenSyncedWithTheUid(SyncStatus sync) {
        Appointment pending = anAppointment().withSync(sync).build();

        Appointment synced = pending.markSynced("cal-uid-1", LATER).orElseThrow();

        assertThat(synced.syncStatus()).isEqualTo(SyncStatus.SYNCED);
        assertThat(synced.externalUid()).isEqualTo("cal-uid-1");
        assertThat(synced.status()).isEqualTo(pending.status());
        assertThat(synced.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void givenSyncedAppointmentWhenMarkedSyncedWithTheSameUidThenIgnored() {
        Appointment synced = anAppointment()
                .withSync(SyncStatus.SYNCED)
                .withExternalUid("cal-uid-1")
                .build();

        assertThat(synced.markSynced("cal-uid-1", LATER)).isEqualTo(Transition.ignored(synced, "already synced"));
        assertThat(synced.markSynced(null, LATER))
                .as("no uid means: keep the known one")
                .isInstanceOf(Transition.Ignored.class);
    }

    @Test
    void givenSyncedAppointmentWhenMarkedSyncedWithANewUidThenUidReplaced() {
        Appointment synced = anAppointment()
                .withSync(SyncStatus.SYNCED)
                .withExternalUid("cal-uid-1")
                .build();

        assertThat(synced.markSynced("cal-uid-2", LATER).orElseThrow().externalUid())
                .isEqualTo("cal-uid-2");
    }

    @Test
    void givenPendingAppointmentWithUidWhenMarkedSyncedWithoutUidThenKeepsTheKnownUid() {
        Appointment pending = anAppointment()
                .withSync(SyncStatus.PENDING)
                .withExternalUid("cal-uid-1")
                .build();

        assertThat(pending.markSynced(null, LATER).orElseThrow().externalUid()).isEqualTo("cal-uid-1");
    }

    @Test
    void givenSyncedAppointmentWithoutUidWhenMarkedSyncedAgainWithoutUidThenIgnored() {
        Appointment synced = anAppointment()
                .withSync(SyncStatus.PENDING)
                .build()
                .markSynced(null, NOW)
                .orElseThrow();

        Transition<Appointment> again = synced.markSynced(null, LATER);

        assertThat(again).isInstanceOf(Transition.Ignored.class);
        assertThat(again.state()).isEqualTo(synced);
    }

    @ParameterizedTest
    @EnumSource(
            value = SyncStatus.class,
            names = {"PENDING", "SYNCED"})
    void givenExternalAppointmentWhenCalendarRefusesItThenFlaggedAsConflictForStaff(SyncStatus sync) {
        Appointment appointment = anAppointment().withSync(sync).build();

        Appointment conflict =
                appointment.markConflict("slot taken in Cal.com", LATER).orElseThrow();

        assertThat(conflict.syncStatus()).isEqualTo(SyncStatus.CONFLICT);
        assertThat(conflict.syncStatus().needsAttention()).isTrue();
        assertThat(conflict.statusReason()).isEqualTo("slot taken in Cal.com");
        assertThat(conflict.status()).as("never silently dropped").isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void givenConflictingAppointmentWhenMarkedConflictAgainThenIgnored() {
        Appointment conflict = anAppointment().withSync(SyncStatus.CONFLICT).build();

        assertThat(conflict.markConflict("again", LATER)).isEqualTo(Transition.ignored(conflict, "already flagged"));
    }

    @ParameterizedTest
    @EnumSource(SyncStatus.class)
    void givenSyncStatusWhenAskedIfItNeedsAttentionThenOnlyConflict(SyncStatus sync) {
        assertThat(sync.needsAttention()).isEqualTo(sync == SyncStatus.CONFLICT);
    }

    // --- time and resource ---

    @Test
    void givenAppointmentWithStaffWhenAskedForResourceThenThatStaffMember() {
        assertThat(anAppointment().build().resource()).isEqualTo(BookingResource.staff(DemoTenant.ANNA_ID));
    }

    @Test
    void givenAppointmentWithoutStaffWhenAskedForResourceThenTheBranch() {
        Appointment withoutStaff = anAppointment().withoutStaff().build();

        assertThat(withoutStaff.resource()).isEqualTo(BookingResource.branch(DemoTenant.BRANCH_ID));
        assertThat(withoutStaff.staff()).isEmpty();
    }

    @Test
    void givenAppointmentWithBufferWhenAskedForBlockedTimeThenSlotPlusBuffer() {
        Appointment faerben = anAppointment()
                .lasting(Duration.ofMinutes(90))
                .withBuffer(Duration.ofMinutes(15))
                .build();

        TimeSlot blocked = faerben.blockedTime();

        assertThat(blocked.start()).isEqualTo(faerben.slot().start());
        assertThat(blocked.duration()).isEqualTo(Duration.ofMinutes(105));
        assertThat(anAppointment().build().blockedTime()).as("no buffer").isEqualTo(TestAppointments.DEFAULT_SLOT);
    }

    @Test
    void givenNegativeBufferWhenCreatedThenRejected() {
        assertThatThrownBy(
                        () -> anAppointment().withBuffer(Duration.ofMinutes(-5)).build())
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("buffer");
    }

    @Test
    void givenActiveAppointmentWhenAskedIfUpcomingThenUntilItsEnd() {
        Appointment appointment = anAppointment().build();
        TimeSlot slot = appointment.slot();

        assertThat(appointment.isUpcomingAt(NOW)).isTrue();
        assertThat(appointment.isUpcomingAt(slot.start())).as("under way").isTrue();
        assertThat(appointment.isUpcomingAt(slot.end().minusNanos(1))).isTrue();
        assertThat(appointment.isUpcomingAt(slot.end())).as("over").isFalse();
        assertThat(appointment.isUpcomingAt(slot.end().plusSeconds(3600))).isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = AppointmentStatus.class,
            names = {"CANCELLED", "RESCHEDULED"})
    void givenFinalAppointmentInTheFutureWhenAskedIfUpcomingThenNot(AppointmentStatus status) {
        assertThat(anAppointmentIn(status).isUpcomingAt(NOW)).isFalse();
    }

    @Test
    void givenOverlongNotesWhenCreatedThenRejectedAndBlankNotesBecomeNull() {
        assertThatThrownBy(() -> anAppointment().withNotes("x".repeat(1001)).build())
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("notes");
        assertThat(anAppointment().withNotes("  ").build().notes()).isNull();
    }
}
