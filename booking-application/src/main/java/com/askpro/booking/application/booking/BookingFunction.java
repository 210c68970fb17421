package com.askpro.booking.application.booking;

/** One function the voice agent can call during a call (SPEC §5.1); one use case each. */
public interface BookingFunction {

    /** The function name as configured in Retell, e.g. {@code book_appointment}. */
    String name();

    FunctionAnswer execute(CallerContext caller, FunctionArgs args);
}
