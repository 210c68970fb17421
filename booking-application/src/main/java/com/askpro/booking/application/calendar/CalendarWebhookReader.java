package com.askpro.booking.application.calendar;

/**
 * Outbound port: checks and reads calendar webhooks (Cal.com). Verification runs on the exact raw
 * bytes, before anything is parsed; without a configured secret nothing is authentic.
 */
public interface CalendarWebhookReader {

    /** True when {@code signature} is the sender's signature of exactly {@code rawBody}. */
    boolean isAuthentic(byte[] rawBody, String signature);

    /** Reads an authentic body; a body that is not a calendar webhook is a {@link MalformedWebhookException}. */
    CalendarWebhook read(byte[] rawBody);

    /** The body is not a webhook of the calendar (not JSON, no trigger, a broken timestamp). */
    final class MalformedWebhookException extends RuntimeException {
        public MalformedWebhookException(String message) {
            super(message);
        }
    }
}
