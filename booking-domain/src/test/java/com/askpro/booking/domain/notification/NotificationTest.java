package com.askpro.booking.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.webhook.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private static final Instant NOW = Instant.parse("2030-05-01T10:00:00Z");
    private static final RetryPolicy THREE = new RetryPolicy(3, Duration.ofSeconds(15), Duration.ofHours(1));

    private static Notification pending(NotificationKind kind, Channel channel) {
        return Notification.plan(
                CompanyId.newId(),
                AppointmentId.newId(),
                CustomerId.newId(),
                "uid@askpro-booking",
                0,
                kind,
                channel,
                "erika@example.com",
                NOW,
                NOW);
    }

    /** The claim counts the attempt before it is made (the repository does it). */
    private static Notification claimed(Notification n) {
        return new Notification(
                n.id(),
                n.companyId(),
                n.appointmentId(),
                n.customerId(),
                n.bookingUid(),
                n.sequence(),
                n.kind(),
                n.channel(),
                n.recipient(),
                n.status(),
                n.attempts() + 1,
                n.nextAttemptAt(),
                n.lastError(),
                n.createdAt(),
                n.sentAt());
    }

    @Test
    void givenOneChangeOnTwoChannelsWhenKeyedThenTheKeysDifferByChannelOnlyAndNameTheChange() {
        Notification email = pending(NotificationKind.CANCELLED, Channel.EMAIL);

        assertThat(email.idempotencyKey()).isEqualTo(email.appointmentId() + ":cancelled:email");
    }

    @Test
    void givenFailingAttemptsWhenFailedThenRetriedWithin30SecondsWithBackoffAndDeadAfterTheLast() {
        Notification first = claimed(pending(NotificationKind.BOOKED, Channel.EMAIL))
                .failed("connection refused", THREE, NOW)
                .state();
        assertThat(first.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(first.nextAttemptAt()).isEqualTo(NOW.plusSeconds(15));
        Notification second =
                claimed(first).failed("connection refused", THREE, NOW).state();
        assertThat(second.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));

        Notification third =
                claimed(second).failed("connection refused", THREE, NOW).state();

        assertThat(third.status()).isEqualTo(NotificationStatus.DEAD);
        assertThat(third.attempts()).isEqualTo(3);
        assertThat(third.lastError()).isEqualTo("connection refused");
    }

    @Test
    void givenTheDefaultPolicyWhenAShortOutageFailsThreeAttemptsThenTheFourthComesWithinTwoMinutes() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(15), Duration.ofHours(1));

        Duration waited = policy.delayAfter(1).plus(policy.delayAfter(2)).plus(policy.delayAfter(3));

        assertThat(policy.delayAfter(1)).isLessThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(waited).isLessThan(Duration.ofMinutes(2));
    }

    @Test
    void givenADeadMessageWhenReplayedThenPendingNowWithFreshAttemptsAndAnythingElseIsRefused() {
        Notification dead = claimed(pending(NotificationKind.BOOKED, Channel.SMS))
                .failed("503", new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)), NOW)
                .state();

        Notification replayed = dead.replay(NOW.plusSeconds(60)).state();

        assertThat(replayed.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(replayed.attempts()).isZero();
        assertThat(replayed.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(pending(NotificationKind.BOOKED, Channel.SMS).replay(NOW)).isInstanceOf(Transition.Refused.class);
        assertThat(replayed.sent(NOW).state().replay(NOW)).isInstanceOf(Transition.Refused.class);
    }

    @Test
    void givenASentOrSkippedMessageWhenItFailsOrIsSentAgainThenNothingChanges() {
        Notification sent = claimed(pending(NotificationKind.BOOKED, Channel.EMAIL))
                .sent(NOW)
                .state();
        Notification skipped = pending(NotificationKind.REMINDER, Channel.EMAIL)
                .skipped("moved", NOW)
                .state();

        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.sentAt()).isEqualTo(NOW);
        assertThat(sent.sent(NOW).changed()).isFalse();
        assertThat(sent.failed("x", THREE, NOW).changed()).isFalse();
        assertThat(skipped.status()).isEqualTo(NotificationStatus.SKIPPED);
        assertThat(skipped.sent(NOW).changed()).isFalse();
    }

    @Test
    void givenAnErrorWithLineBreaksAndHugeLengthWhenStoredThenOneLineOfAtMost500Characters() {
        Notification failed = claimed(pending(NotificationKind.BOOKED, Channel.EMAIL))
                .failed("550 rejected\r\n" + "x".repeat(2000), THREE, NOW)
                .state();

        assertThat(failed.lastError()).doesNotContain("\n").hasSizeLessThanOrEqualTo(Notification.MAX_ERROR);
    }

    @Test
    void givenReminderHoursWhenOutOfRangeOrTheReplyToIsNoAddressThenRefusedNamingTheField() {
        assertThat(NotificationSettings.DEFAULT.reminderLead()).contains(Duration.ofHours(24));
        assertThat(new NotificationSettings(0, false, null).reminderLead()).isEmpty();
        assertThatThrownBy(() -> new NotificationSettings(-1, false, null))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("reminder_hours");
        assertThatThrownBy(() -> new NotificationSettings(169, false, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new NotificationSettings(24, false, "salon"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("reply_to");
    }

    @Test
    void givenNumbersWhenAskedForSmsThenMobilesYesLandlinesNo() {
        assertThat(SmsReachability.canReceiveSms(PhoneNumber.parse("+4915112345678")))
                .isTrue();
        assertThat(SmsReachability.canReceiveSms(PhoneNumber.parse("+491701234567")))
                .isTrue();
        assertThat(SmsReachability.canReceiveSms(PhoneNumber.parse("+493083793369")))
                .isFalse();
        assertThat(SmsReachability.canReceiveSms(PhoneNumber.parse("+498912345678")))
                .isFalse();
        assertThat(SmsReachability.canReceiveSms(null)).isFalse();
    }
}
