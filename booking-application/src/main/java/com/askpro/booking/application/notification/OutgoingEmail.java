package com.askpro.booking.application.notification;

/** An e-mail to a customer; {@code replyTo} and {@code invite} may be null. */
public record OutgoingEmail(
        String to, String fromName, String replyTo, String subject, String text, CalendarInvite invite) {}
