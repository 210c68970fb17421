package com.askpro.booking.domain.call;

/** Whether the caller dialled the business ({@code INBOUND}) or the agent dialled out. */
public enum CallDirection {
    INBOUND,
    OUTBOUND
}
