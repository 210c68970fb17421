package com.askpro.booking.application.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.notification.Channel;
import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.notification.NotificationKind;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.webhook.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one word the dashboard shows for an appointment's messages. */
class AppointmentNoticeTest {

    private static final Instant NOW = Instant.parse("2030-05-01T10:00:00Z");
    private static final AppointmentId APPOINTMENT = AppointmentId.newId();

    private static Notification pending(NotificationKind kind, Channel channel) {
        return Notification.plan(
                CompanyId.newId(), APPOINTMENT, CustomerId.newId(), "uid", 0, kind, channel, "a@example.com", NOW, NOW);
    }

    private static Notification sent(NotificationKind kind) {
        return pending(kind, Channel.EMAIL).sent(NOW).state();
    }

    private static Notification dead(NotificationKind kind) {
        return pending(kind, Channel.SMS)
                .failed("503", new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)), NOW)
                .state();
    }

    @Test
    void givenMessagesInEveryStateWhenSummedThenFailedBeatsPendingBeatsRemindedBeatsSent() {
        assertThat(RowBuilder.notice(null)).isNull();
        assertThat(RowBuilder.notice(List.of())).isNull();
        assertThat(RowBuilder.notice(List.of(pending(NotificationKind.REMINDER, Channel.EMAIL))))
                .isNull();
        assertThat(RowBuilder.notice(List.of(pending(NotificationKind.BOOKED, Channel.EMAIL))))
                .isEqualTo("pending");
        assertThat(RowBuilder.notice(
                        List.of(sent(NotificationKind.BOOKED), pending(NotificationKind.REMINDER, Channel.EMAIL))))
                .isEqualTo("sent");
        assertThat(RowBuilder.notice(List.of(sent(NotificationKind.BOOKED), sent(NotificationKind.REMINDER))))
                .isEqualTo("reminded");
        assertThat(RowBuilder.notice(List.of(sent(NotificationKind.BOOKED), dead(NotificationKind.BOOKED))))
                .isEqualTo("failed");
        assertThat(RowBuilder.notice(List.of(pending(NotificationKind.REMINDER, Channel.EMAIL)
                        .skipped("moved", NOW)
                        .state())))
                .isNull();
    }
}
