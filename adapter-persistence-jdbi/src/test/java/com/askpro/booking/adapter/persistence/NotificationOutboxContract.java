package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.notification.Channel;
import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.notification.NotificationKind;
import com.askpro.booking.domain.notification.NotificationStatus;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.NotificationOutbox;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.webhook.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of the outbox: written with the appointment change, once per key, claimed once, encrypted
 * (on the databases). Runs on H2, PostgreSQL and in memory.
 */
abstract class NotificationOutboxContract extends PortsTest {

    private static final Instant TEN = Fixtures.at("2030-03-04T10:00:00Z");
    private static final Instant NOW = Fixtures.NOW;

    private Fixtures t;
    private Appointments appointments;
    private NotificationOutbox outbox;

    @BeforeEach
    void tenant() {
        t = Fixtures.create(persistence);
        appointments = persistence.appointments();
        outbox = persistence.notificationOutbox();
    }

    private Notification notice(Appointment appointment, NotificationKind kind, Channel channel, Instant due) {
        return Notification.plan(
                t.company().id(),
                appointment.id(),
                appointment.customerId(),
                appointment.id() + "@askpro-booking",
                0,
                kind,
                channel,
                "erika@example.com",
                due,
                NOW);
    }

    /** The claimed messages of this test's tenant (the database may hold other tests' messages). */
    private List<Notification> ours(List<Notification> claimed) {
        return claimed.stream()
                .filter(n -> n.companyId().equals(t.company().id()))
                .toList();
    }

    @Test
    void givenABookingWithNoticesWhenAddedThenBothAreStoredAndTheRecipientIsEncrypted() {
        Appointment booked = t.appointment(t.alice(), TEN, 30);
        Notification email = notice(booked, NotificationKind.BOOKED, Channel.EMAIL, NOW);

        assertThat(appointments.add(t.tenant(), booked, List.of(email)).isWritten())
                .isTrue();

        assertThat(outbox.find(t.tenant(), email.id())).contains(email);
        onDatabase(db -> assertThat(count(
                        db,
                        "SELECT COUNT(*) FROM notifications WHERE recipient LIKE '%example.com%' AND company_id = ?",
                        t.company().id().value()))
                .isZero());
        assertThat(outbox.forAppointments(t.tenant(), List.of(booked.id())).get(booked.id()))
                .containsExactly(email);
    }

    @Test
    void givenTheSlotIsTakenWhenAddedThenTheNoticeIsRolledBackWithTheBooking() {
        appointments.add(t.tenant(), t.appointment(t.alice(), TEN, 30)).orElseThrow();
        Appointment loser = t.appointment(t.alice(), TEN, 30);

        WriteOutcome<Appointment> outcome = appointments.add(
                t.tenant(), loser, List.of(notice(loser, NotificationKind.BOOKED, Channel.EMAIL, NOW)));

        assertThat(outcome).isInstanceOf(WriteOutcome.SlotTaken.class);
        assertThat(outbox.forAppointments(t.tenant(), List.of(loser.id()))).isEmpty();
        onDatabase(db -> assertThat(count(
                        db,
                        "SELECT COUNT(*) FROM notifications WHERE appointment_id = ?",
                        loser.id().value()))
                .isZero());
    }

    @Test
    void givenTheSameChangeTwiceWhenWrittenThenOneMessagePerChannel() {
        Appointment booked = t.appointment(t.alice(), TEN, 30);
        appointments.add(t.tenant(), booked).orElseThrow();
        Appointment cancelled = booked.cancel("caller", NOW).state();
        appointments
                .update(
                        t.tenant(),
                        cancelled,
                        List.of(notice(cancelled, NotificationKind.CANCELLED, Channel.EMAIL, NOW)))
                .orElseThrow();
        Appointment again = appointments.find(t.tenant(), booked.id()).orElseThrow();

        assertThat(appointments
                        .update(
                                t.tenant(),
                                again,
                                List.of(
                                        notice(again, NotificationKind.CANCELLED, Channel.EMAIL, NOW),
                                        notice(again, NotificationKind.CANCELLED, Channel.SMS, NOW)))
                        .isWritten())
                .isTrue();

        assertThat(outbox.forAppointments(t.tenant(), List.of(booked.id())).get(booked.id()))
                .extracting(Notification::channel)
                .containsExactlyInAnyOrder(Channel.EMAIL, Channel.SMS);
    }

    @Test
    void givenARescheduleWithANoticeWhenTheNewTimeIsTakenThenNothingIsWritten() {
        Appointment first = t.appointment(t.alice(), TEN, 30);
        appointments.add(t.tenant(), first).orElseThrow();
        appointments
                .add(t.tenant(), t.appointment(t.alice(), TEN.plusSeconds(3600), 30))
                .orElseThrow();
        Appointment.Rescheduled moved = first.rescheduleTo(
                        AppointmentId.newId(),
                        first.slot().movedTo(TEN.plusSeconds(3600)),
                        t.alice().id(),
                        NOW)
                .orElseThrow();

        WriteOutcome<Appointment> outcome = appointments.replace(
                t.tenant(),
                moved.previous(),
                moved.replacement(),
                List.of(notice(moved.replacement(), NotificationKind.RESCHEDULED, Channel.EMAIL, NOW)));

        assertThat(outcome).isInstanceOf(WriteOutcome.SlotTaken.class);
        assertThat(outbox.list(t.tenant(), null, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void givenDueAndFutureMessagesWhenClaimedThenOnlyTheDueOnesOnceWithTheAttemptCounted() {
        Appointment booked = t.appointment(t.alice(), TEN, 30);
        Notification now = notice(booked, NotificationKind.BOOKED, Channel.EMAIL, NOW);
        Notification reminder =
                notice(booked, NotificationKind.REMINDER, Channel.EMAIL, TEN.minus(Duration.ofHours(24)));
        appointments.add(t.tenant(), booked, List.of(now, reminder)).orElseThrow();

        List<Notification> claimed = ours(outbox.claimDue(NOW, Duration.ofMinutes(2), 100));

        assertThat(claimed).extracting(Notification::id).containsExactly(now.id());
        assertThat(claimed.get(0).attempts()).isEqualTo(1);
        assertThat(ours(outbox.claimDue(NOW.plusSeconds(60), Duration.ofMinutes(2), 100)))
                .isEmpty();
        assertThat(ours(outbox.claimDue(NOW.plusSeconds(121), Duration.ofMinutes(2), 100)))
                .extracting(Notification::attempts)
                .containsExactly(2);
    }

    @Test
    void givenManyClaimersAtOnceWhenTheyClaimThenEachMessageIsClaimedByExactlyOne() throws Exception {
        for (int i = 0; i < 10; i++) {
            Appointment booked = t.appointment(t.alice(), TEN.plusSeconds(i * 3600L), 30);
            appointments
                    .add(t.tenant(), booked, List.of(notice(booked, NotificationKind.BOOKED, Channel.EMAIL, NOW)))
                    .orElseThrow();
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Notification>>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> {
                go.await();
                return ours(outbox.claimDue(NOW, Duration.ofMinutes(2), 100));
            }));
        }
        go.countDown();
        List<Notification> all = Collections.synchronizedList(new ArrayList<>());
        for (Future<List<Notification>> result : results) {
            all.addAll(result.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(all).hasSize(10);
        assertThat(all.stream().map(Notification::id).distinct()).hasSize(10);
    }

    @Test
    void givenAttemptOutcomesWhenUpdatedThenListedByStatusAndSentIsKnownPerBooking() {
        Appointment booked = t.appointment(t.alice(), TEN, 30);
        Notification email = notice(booked, NotificationKind.BOOKED, Channel.EMAIL, NOW);
        Notification sms = notice(booked, NotificationKind.BOOKED, Channel.SMS, NOW);
        appointments.add(t.tenant(), booked, List.of(email, sms)).orElseThrow();
        List<Notification> claimed = ours(outbox.claimDue(NOW, Duration.ofMinutes(2), 100));
        Notification sent = claimed.stream()
                .filter(n -> n.channel() == Channel.EMAIL)
                .findFirst()
                .orElseThrow()
                .sent(NOW)
                .state();
        Notification dead = claimed.stream()
                .filter(n -> n.channel() == Channel.SMS)
                .findFirst()
                .orElseThrow()
                .failed(
                        "Twilio answered 503 for +4915112345678",
                        new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)),
                        NOW)
                .state();
        assertThat(outbox.update(sent)).isEqualTo(new WriteOutcome.Written<>(sent));
        assertThat(outbox.update(dead)).isEqualTo(new WriteOutcome.Written<>(dead));

        assertThat(outbox.list(t.tenant(), NotificationStatus.DEAD, PageRequest.first(10))
                        .items())
                .extracting(Notification::id)
                .containsExactly(sms.id());
        assertThat(outbox.find(t.tenant(), sms.id()).orElseThrow().lastError()).contains("503");
        onDatabase(db -> assertThat(count(
                        db,
                        "SELECT COUNT(*) FROM notifications WHERE last_error LIKE '%503%' AND company_id = ?",
                        t.company().id().value()))
                .isZero());
        assertThat(outbox.anySent(t.tenant(), email.bookingUid(), Channel.EMAIL))
                .isTrue();
        assertThat(outbox.anySent(t.tenant(), email.bookingUid(), Channel.SMS)).isFalse();
        assertThat(outbox.counts().get(NotificationStatus.SENT)).isPositive();
        assertThat(outbox.counts().get(NotificationStatus.DEAD)).isPositive();
        assertThat(outbox.find(Fixtures.create(persistence).tenant(), sms.id())).isEmpty();
    }

    @Test
    void givenAMessageThatIsNotStoredWhenUpdatedThenNotFoundAndNothingIsWritten() {
        Appointment booked = t.appointment(t.alice(), TEN, 30);
        Notification never = notice(booked, NotificationKind.BOOKED, Channel.EMAIL, NOW);
        Notification elsewhere = notice(booked, NotificationKind.BOOKED, Channel.SMS, NOW);
        appointments.add(t.tenant(), booked, List.of(elsewhere)).orElseThrow();
        Fixtures other = Fixtures.create(persistence);
        Notification foreign = new Notification(
                elsewhere.id(),
                other.company().id(),
                elsewhere.appointmentId(),
                elsewhere.customerId(),
                elsewhere.bookingUid(),
                elsewhere.sequence(),
                elsewhere.kind(),
                elsewhere.channel(),
                elsewhere.recipient(),
                NotificationStatus.SENT,
                1,
                elsewhere.nextAttemptAt(),
                null,
                elsewhere.createdAt(),
                NOW);

        assertThat(outbox.update(never.sent(NOW).state())).isEqualTo(new WriteOutcome.NotFound<>());
        assertThat(outbox.update(foreign)).isEqualTo(new WriteOutcome.NotFound<>());

        assertThat(outbox.find(t.tenant(), never.id())).isEmpty();
        assertThat(outbox.find(t.tenant(), elsewhere.id())).contains(elsewhere);
        assertThat(outbox.find(other.tenant(), elsewhere.id())).isEmpty();
    }
}
