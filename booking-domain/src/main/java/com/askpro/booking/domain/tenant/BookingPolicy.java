package com.askpro.booking.domain.tenant;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import java.time.Duration;

/**
 * A company's booking rules: how much notice a booking needs, how far ahead one can book, and the
 * grid on which slot starts are offered.
 */
public record BookingPolicy(Duration minimumNotice, int bookingWindowDays, Duration slotStep) {

    public static final BookingPolicy DEFAULT = new BookingPolicy(Duration.ofHours(1), 60, Duration.ofMinutes(15));

    public BookingPolicy {
        Require.notNegative("minimum_notice", minimumNotice);
        if (bookingWindowDays < 1 || bookingWindowDays > 366) {
            throw new InvalidValueException("booking_window_days", "must be between 1 and 366");
        }
        Require.positive("slot_step", slotStep);
        if (slotStep.toMinutes() < 5 || slotStep.toMinutes() > 120 || slotStep.toSeconds() % 60 != 0) {
            throw new InvalidValueException("slot_step", "must be whole minutes between 5 and 120");
        }
    }
}
