package com.askpro.booking.application.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentStatus;
import com.askpro.booking.domain.port.CalendarProvider.CalendarAnswer;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.testdata.TestAppointments;
import com.askpro.booking.domain.testdata.TestTenants;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CalendarSyncPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-30T08:00:00Z");
    private static final Company BUILT_IN = TestTenants.demoSalon().company();
    private static final Company WITH_CALCOM = BUILT_IN.withCalcomKey("cal_live_key");

    private final CalendarSyncPolicy policy = new CalendarSyncPolicy(true);

    @Test
    void givenACompanyWithCredentialsWhenTheDeploymentHasAnExternalCalendarThenItsCalendarIsExternal() {
        assertThat(policy.isExternal(WITH_CALCOM)).isTrue();
        assertThat(policy.isExternal(BUILT_IN)).isFalse();
    }

    @Test
    void givenNoExternalCalendarInTheDeploymentWhenACompanyHasCredentialsThenItUsesTheBuiltInCalendar() {
        assertThat(new CalendarSyncPolicy(false).isExternal(WITH_CALCOM)).isFalse();
    }

    @Test
    void givenAnUnreachableCalendarNamingNoWaitWhenDecidingThenTheNextAttemptIsThirtySecondsLater() {
        Appointment tomorrow = TestAppointments.anAppointmentAt(NOW.plus(Duration.ofDays(1)));

        CalendarSyncPolicy.Next next =
                policy.afterUnavailable(tomorrow, new CalendarAnswer.Unavailable("timeout", null), NOW);

        assertThat(next).isEqualTo(new CalendarSyncPolicy.Next.Retry(NOW.plusSeconds(30)));
        assertThat(CalendarSyncPolicy.FIRST_RETRY).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void givenAnUnreachableCalendarNamingAWaitWhenDecidingThenItsWaitIsHonoured() {
        Appointment tomorrow = TestAppointments.anAppointmentAt(NOW.plus(Duration.ofDays(1)));

        CalendarSyncPolicy.Next next = policy.afterUnavailable(
                tomorrow, new CalendarAnswer.Unavailable("rate limited", Duration.ofMinutes(5)), NOW);

        assertThat(next).isEqualTo(new CalendarSyncPolicy.Next.Retry(NOW.plus(Duration.ofMinutes(5))));
    }

    @Test
    void givenTheNextAttemptWouldBeAfterTheStartWhenDecidingThenItGivesUpWithAReason() {
        Appointment inTenSeconds = TestAppointments.anAppointmentAt(NOW.plusSeconds(10));

        CalendarSyncPolicy.Next next =
                policy.afterUnavailable(inTenSeconds, new CalendarAnswer.Unavailable("down", null), NOW);

        assertThat(next)
                .isEqualTo(new CalendarSyncPolicy.Next.GiveUp("calendar unreachable until the appointment: down"));
    }

    @Test
    void givenACancelledAppointmentThatStartedAlreadyWhenDecidingThenTheCancellationIsStillRetried() {
        Appointment cancelled = TestAppointments.anAppointment()
                .at(NOW.minusSeconds(60))
                .withStatus(AppointmentStatus.CANCELLED)
                .build();

        CalendarSyncPolicy.Next next =
                policy.afterUnavailable(cancelled, new CalendarAnswer.Unavailable("down", null), NOW);

        assertThat(next).isEqualTo(new CalendarSyncPolicy.Next.Retry(NOW.plusSeconds(30)));
    }
}
