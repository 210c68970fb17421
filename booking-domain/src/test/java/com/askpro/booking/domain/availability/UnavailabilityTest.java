package com.askpro.booking.domain.availability;

import static com.askpro.booking.domain.testdata.TestInstants.MONDAY;
import static com.askpro.booking.domain.testdata.TestInstants.berlin;
import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.tenant.BookingPolicy;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.testdata.DemoTenant;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The booking policy's reasons for a wished time that is not free, in their order of precedence. */
class UnavailabilityTest {

    private static final Branch BRANCH = DemoTenant.create().branch();
    private static final BookingPolicy POLICY = BookingPolicy.DEFAULT;
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final Instant NOW = berlin(MONDAY, "10:00");

    private static Unavailability judge(Instant wish) {
        return Unavailability.of(POLICY, BRANCH, HALF_HOUR, wish, NOW);
    }

    @Test
    void givenEachKindOfWishWhenJudgedThenTheReasonInOrderOfPrecedence() {
        assertThat(judge(berlin(MONDAY, "09:00"))).isEqualTo(Unavailability.IN_PAST);
        assertThat(judge(NOW)).isEqualTo(Unavailability.IN_PAST);
        assertThat(judge(berlin(MONDAY, "10:30"))).isEqualTo(Unavailability.TOO_SOON);
        assertThat(judge(berlin(MONDAY.plusDays(POLICY.bookingWindowDays() + 1), "12:00")))
                .isEqualTo(Unavailability.BEYOND_WINDOW);
        assertThat(judge(berlin(MONDAY, "17:45"))).as("ends after closing").isEqualTo(Unavailability.OUTSIDE_HOURS);
        assertThat(judge(berlin(MONDAY.plusDays(6), "12:00"))).as("Sunday").isEqualTo(Unavailability.OUTSIDE_HOURS);
        assertThat(judge(berlin(MONDAY, "17:30"))).isEqualTo(Unavailability.TAKEN);
    }

    @Test
    void givenEachReasonWhenAskedForItsCodeThenTheStableCodeOfTheFunctionReplies() {
        assertThat(Unavailability.TAKEN.code()).isEqualTo("slot_taken");
        assertThat(Unavailability.OUTSIDE_HOURS.code()).isEqualTo("outside_hours");
        assertThat(Unavailability.IN_PAST.code()).isEqualTo("in_past");
    }
}
