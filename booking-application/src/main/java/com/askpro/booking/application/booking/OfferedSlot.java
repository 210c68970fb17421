package com.askpro.booking.application.booking;

import com.askpro.booking.domain.time.TimeSlot;

/** A free time offered to the caller, with the staff member's name (null when booked on the branch). */
public record OfferedSlot(TimeSlot slot, String staff) {}
