package com.askpro.booking.bootstrap.calcom;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.webhook.WebhookSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without {@code ASKPRO_CALCOM_WEBHOOK_SECRET} every Cal.com webhook is refused and nothing is stored. */
class CalcomWebhookWithoutSecretTest extends CalcomServerTest {

    @Override
    Map<String, String> environment() {
        return Map.of("ASKPRO_RETELL_API_KEYS", RETELL_KEY);
    }

    @Test
    void givenNoSecretConfiguredWhenACorrectlySignedWebhookArrivesThen401AndNothingStored() throws Exception {
        assertThat(webhook(CalcomWebhookEndpointTest.REFERENCE, WEBHOOK_SECRET)).isEqualTo(401);

        assertThat(server.persistence()
                        .webhookInbox()
                        .find(WebhookSource.CALCOM, CalcomWebhookEndpointTest.REFERENCE_KEY))
                .isEmpty();
    }
}
