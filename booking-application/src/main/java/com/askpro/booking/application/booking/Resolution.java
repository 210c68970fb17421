package com.askpro.booking.application.booking;

/** The spoken service and staff member, resolved: a {@link Target}, or why not. */
public sealed interface Resolution permits Target, ServiceRefusal {}
