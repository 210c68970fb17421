package com.askpro.booking.application.port;

import com.askpro.booking.domain.webhook.WebhookSource;
import java.time.Duration;

/** Outbound port: the business counters an operator watches (SPEC §4.7). */
public interface ApplicationMetrics {

    void webhookReceived(WebhookSource source);

    /** A request refused before storage: {@code reason} is e.g. {@code signature} or {@code malformed}. */
    void webhookRejected(WebhookSource source, String reason);

    void webhookDuplicate(WebhookSource source);

    /** Processing finished; {@code latency} runs from receipt to done. */
    void webhookProcessed(WebhookSource source, Duration latency);

    /** An attempt failed; {@code dead} when it was the last one. */
    void webhookFailed(WebhookSource source, boolean dead);

    /** A call to a number no tenant owns. */
    void unknownNumber();

    /** A booking attempt ended with {@code outcome} ({@code booked}, {@code slot_taken}, ...). */
    void booking(String outcome);

    /** Metrics that go nowhere, for tests and embedding. */
    ApplicationMetrics NONE = new ApplicationMetrics() {
        @Override
        public void webhookReceived(WebhookSource source) {}

        @Override
        public void webhookRejected(WebhookSource source, String reason) {}

        @Override
        public void webhookDuplicate(WebhookSource source) {}

        @Override
        public void webhookProcessed(WebhookSource source, Duration latency) {}

        @Override
        public void webhookFailed(WebhookSource source, boolean dead) {}

        @Override
        public void unknownNumber() {}

        @Override
        public void booking(String outcome) {}
    };
}
