package com.askpro.booking.application.notification;

/** Outbound port: hands a text message to an SMS provider. */
public interface SmsSender {

    /** Returns once the provider accepted the message; {@link DeliveryFailure} otherwise. */
    void send(OutgoingSms sms) throws DeliveryFailure;
}
