package com.askpro.booking.application.notification;

/**
 * A message could not be handed to the mail server or SMS provider. The message text must not
 * contain personal data (it is stored as the notification's last error and may be logged):
 * adapters say what failed (connection refused, status 503), never to whom.
 */
public final class DeliveryFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public DeliveryFailure(String message) {
        super(message);
    }

    public DeliveryFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
