package com.askpro.booking.application.notification;

/** A text message to a customer's mobile number (E.164). */
public record OutgoingSms(String to, String text) {}
