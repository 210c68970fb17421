package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallFacts;
import com.askpro.booking.domain.call.CallStatus;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import com.askpro.booking.domain.webhook.WebhookSource;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Contract: hostile and unusual text is stored and found literally, never interpreted. */
abstract class LiteralTextContract extends DatabaseTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"'; DROP TABLE calls; --", "%", "_", "\\", "Zoë 🎉 Ünïcödé", "a' OR '1'='1", "<ids>", ":company"
            })
    void textRoundTripsLiterally(String text) {
        Fixtures t = Fixtures.create(persistence);

        Customer customer = persistence
                .customers()
                .addOrGet(
                        t.tenant(),
                        Customer.register(
                                CustomerId.newId(),
                                t.company().id(),
                                Fixtures.randomPhone(),
                                text,
                                null,
                                Fixtures.NOW));
        assertThat(persistence
                        .customers()
                        .find(t.tenant(), customer.id())
                        .orElseThrow()
                        .name())
                .isEqualTo(text);

        Service service = persistence
                .services()
                .add(
                        t.tenant(),
                        Service.offer(
                                ServiceId.newId(),
                                t.company().id(),
                                null,
                                text,
                                Duration.ofMinutes(30),
                                null,
                                List.of(text)));
        assertThat(persistence.services().find(t.tenant(), service.id())).contains(service);

        Call call = persistence.calls().add(t.tenant(), t.call(text)).orElseThrow();
        Call ended = call.apply(CallStatus.ENDED, CallFacts.NONE.withOutcome(text, text, null), Fixtures.NOW)
                .orElseThrow();
        persistence.calls().update(t.tenant(), ended).orElseThrow();
        assertThat(persistence
                        .calls()
                        .findByAgentCallId(t.tenant(), text)
                        .orElseThrow()
                        .facts()
                        .transcript())
                .isEqualTo(text);

        WebhookEvent event = WebhookEvent.receive(
                WebhookEventId.newId(), WebhookSource.RETELL, text + customer.id(), "x", text, null, Fixtures.NOW);
        assertThat(persistence.webhookInbox().store(event)).isEqualTo(new WriteOutcome.Written<>(event));
        assertThat(persistence.webhookInbox().find(WebhookSource.RETELL, text + customer.id()))
                .contains(event);

        assertThat(count("SELECT COUNT(*) FROM calls")).isPositive();
    }
}
