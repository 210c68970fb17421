package com.askpro.booking.domain.appointment;

/**
 * Whether the customer came, as staff marked it: {@code ARRIVED} (in the salon) or {@code NO_SHOW}
 * (did not come). An appointment without a mark has a null attendance. Either way it keeps its
 * time: a no-show's slot has begun (it cannot be marked earlier), an arrived customer is served.
 */
public enum Attendance {
    ARRIVED,
    NO_SHOW
}
