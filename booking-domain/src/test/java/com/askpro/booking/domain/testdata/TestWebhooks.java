package com.askpro.booking.domain.testdata;

import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import com.askpro.booking.domain.webhook.WebhookSource;
import java.util.UUID;

/** Stored webhook events for tests. */
public final class TestWebhooks {

    public static final WebhookEventId EVENT_ID =
            new WebhookEventId(UUID.fromString("e0000000-0000-4000-8000-000000000001"));
    public static final String RAW_BODY = "{\"event\":\"call_ended\",\"call\":{\"call_id\":\"call_5f0e1c2b9a\"}}";

    private TestWebhooks() {}

    /** A Retell {@code call_ended} event just received at {@link TestInstants#NOW}. */
    public static WebhookEvent aReceivedEvent() {
        return WebhookEvent.receive(
                EVENT_ID,
                WebhookSource.RETELL,
                "call_5f0e1c2b9a:call_ended",
                "call_ended",
                RAW_BODY,
                "corr-1",
                TestInstants.NOW);
    }
}
