package com.askpro.booking.domain.notification;

/** How a message reaches the customer. */
public enum Channel {
    EMAIL,
    SMS
}
