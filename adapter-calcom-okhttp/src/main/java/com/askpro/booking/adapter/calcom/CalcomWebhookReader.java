package com.askpro.booking.adapter.calcom;

import com.askpro.booking.application.calendar.CalendarWebhook;
import com.askpro.booking.application.calendar.CalendarWebhookReader;

/**
 * Adapter: the application's {@link CalendarWebhookReader} for Cal.com, built on
 * {@link CalcomWebhookSignature} and {@link CalcomWebhookParser}. Without a webhook secret no
 * request is authentic.
 */
public final class CalcomWebhookReader implements CalendarWebhookReader {

    private final CalcomWebhookSignature signature;
    private final CalcomWebhookParser parser = new CalcomWebhookParser();

    /** {@code secret} may be null or blank: then every webhook is refused. */
    public CalcomWebhookReader(String secret) {
        this.signature = secret == null || secret.isBlank() ? null : new CalcomWebhookSignature(secret);
    }

    @Override
    public boolean isAuthentic(byte[] rawBody, String signatureHeader) {
        return signature != null && signature.verify(rawBody, signatureHeader);
    }

    @Override
    public CalendarWebhook read(byte[] rawBody) {
        CalcomWebhookEvent event;
        try {
            event = parser.parse(rawBody);
        } catch (IllegalArgumentException e) {
            throw new MalformedWebhookException(e.getMessage());
        }
        return new CalendarWebhook(
                event.triggerEvent(),
                event.bookingUid(),
                event.rescheduleUid(),
                event.startTime(),
                event.endTime(),
                event.appointmentId().orElse(null),
                event.metadata().get(CalcomWrites.COMPANY_KEY),
                event.dedupeKey());
    }
}
