package com.askpro.booking.application.booking;

/** Nothing was changed because of concurrent work; the same request may be tried again shortly. */
public sealed interface Busy extends BookAppointment.Outcome, RescheduleAppointment.Outcome, CancelAppointment.Outcome {

    /** The system could not get the booking lock in time. */
    record SystemBusy() implements Busy {}

    /** The appointment was changed by someone else meanwhile. */
    record ChangedMeanwhile() implements Busy {}
}
