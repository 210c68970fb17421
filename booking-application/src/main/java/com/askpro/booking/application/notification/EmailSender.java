package com.askpro.booking.application.notification;

/** Outbound port: hands an e-mail to a mail server. */
public interface EmailSender {

    /** Returns once the server accepted the message; {@link DeliveryFailure} otherwise (the message may be tried again). */
    void send(OutgoingEmail email) throws DeliveryFailure;

    /** The sender address, which calendar invitations name as organizer. */
    String fromAddress();
}
