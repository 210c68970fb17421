package com.askpro.booking.application.notification;

import com.askpro.booking.domain.notification.Channel;

/**
 * The configured senders of the installation: the mail server and the SMS provider, either of
 * which may be absent (null), in which case a message on that channel fails with a reason.
 */
final class MessageChannels {

    private final EmailSender email;
    private final SmsSender sms;

    MessageChannels(EmailSender email, SmsSender sms) {
        this.email = email;
        this.sms = sms;
    }

    /** The sender address calendar invitations name as organizer; null without a mail server. */
    String fromAddress() {
        return email == null ? null : email.fromAddress();
    }

    /** Hands {@code message} to the sender of {@code channel}. */
    void send(Channel channel, RenderedMessage message) throws DeliveryFailure {
        switch (channel) {
            case EMAIL -> {
                if (email == null) {
                    throw new DeliveryFailure("no mail server is configured (ASKPRO_SMTP_URL)");
                }
                email.send(message.email());
            }
            case SMS -> {
                if (sms == null) {
                    throw new DeliveryFailure("no SMS provider is configured");
                }
                sms.send(message.sms());
            }
        }
    }
}
