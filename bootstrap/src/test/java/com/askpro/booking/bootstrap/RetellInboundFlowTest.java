package com.askpro.booking.bootstrap;

import static com.askpro.booking.bootstrap.RetellClient.DEMO_NUMBER;
import static com.askpro.booking.bootstrap.RetellClient.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.bootstrap.RetellClient.Response;
import com.askpro.booking.domain.webhook.WebhookStatus;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 4, {@code POST /webhooks/retell/inbound}: the synchronous answer that sets up the agent (SPEC §4.1). */
class RetellInboundFlowTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static RunningServer app;
    private static RetellClient retell;

    @BeforeAll
    static void start() {
        app = RunningServer.start(Clock.systemUTC());
        retell = app.retell();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String newCallId() {
        return "call_" + UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void givenDemoNumberAndUnknownCallerWhenInboundWebhookThenBusinessDescribedInStringVariables() {
        Response response = retell.signed(
                "/webhooks/retell/inbound", RetellClient.inbound("+4915111111111", DEMO_NUMBER, newCallId()));

        assertThat(response.status()).isEqualTo(200);
        JsonNode inbound = response.json().path("call_inbound");
        JsonNode variables = inbound.path("dynamic_variables");
        assertThat(variables.isObject()).isTrue();
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            assertThat(variable.getValue().isTextual())
                    .as("dynamic variable %s is a string", variable.getKey())
                    .isTrue();
        }
        assertThat(variables.path("company_name").asText()).isEqualTo("Demo Salon");
        assertThat(variables.path("branch_name").asText()).isEqualTo("Berlin Mitte");
        assertThat(variables.path("time_zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(variables.path("today").asText())
                .isEqualTo(LocalDate.now(BERLIN).toString());
        assertThat(variables.path("opening_hours").asText())
                .contains("Montag bis Freitag 09:00 bis 18:00 Uhr")
                .contains("Samstag 10:00 bis 14:00 Uhr")
                .contains("Sonntag geschlossen");
        assertThat(variables.path("services").asText())
                .contains("Haarschnitt")
                .contains("Färben")
                .contains("Beratung");
        assertThat(variables.path("customer_known").asText()).isEqualTo("false");
        assertThat(variables.path("customer_name").asText()).isEmpty();
        assertThat(variables.path("next_appointment").asText()).isEmpty();
        assertThat(inbound.path("metadata").path("company_id").asText())
                .isEqualTo(app.demo().id().toString());
        assertThat(variables.path("branch_id").asText())
                .isEqualTo(inbound.path("metadata").path("branch_id").asText())
                .isNotBlank();
    }

    @Test
    void givenKnownCustomerWithUpcomingAppointmentWhenInboundWebhookThenNameAndNextAppointmentAnswered() {
        String caller = "+4915122223333";
        LocalDate day = LocalDate.now(BERLIN).plusDays(2).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        JsonNode booked = retell.signed(
                        "/webhooks/retell/functions",
                        RetellClient.function(
                                "book_appointment",
                                Map.of(
                                        "service",
                                        "Haarschnitt",
                                        "date",
                                        day.toString(),
                                        "time",
                                        "11:30",
                                        "customer_name",
                                        "Jana Beispiel"),
                                newCallId(),
                                caller,
                                DEMO_NUMBER,
                                retell.nowMs()))
                .json();
        assertThat(booked.path("booked").asBoolean())
                .as("setup booking %s", booked)
                .isTrue();

        Response response =
                retell.signed("/webhooks/retell/inbound", RetellClient.inbound(caller, DEMO_NUMBER, newCallId()));

        assertThat(response.status()).isEqualTo(200);
        JsonNode variables = response.json().path("call_inbound").path("dynamic_variables");
        assertThat(variables.path("customer_known").asText()).isEqualTo("true");
        assertThat(variables.path("customer_name").asText()).isEqualTo("Jana Beispiel");
        assertThat(variables.path("next_appointment").asText())
                .contains("Dienstag")
                .contains("11:30");
        assertThat(variables.path("next_appointment_service").asText()).isEqualTo("Haarschnitt");
    }

    @Test
    void givenUnknownNumberWhenInboundWebhookThenErrorStatusEventStoredAndMetricCounted() {
        String callId = newCallId();
        double unknownBefore = app.metric("askpro_calls_unknown_number_total");
        long eventsBefore = app.webhookEvents();

        Response response = retell.signed(
                "/webhooks/retell/inbound", RetellClient.inbound("+4915111111111", "+498912345678", callId));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("error").asText()).contains("+498912345678");
        assertThat(response.json().has("call_inbound"))
                .as("never falls back to some tenant")
                .isFalse();
        assertThat(app.webhookEvents()).isEqualTo(eventsBefore + 1);
        assertThat(app.count(
                        "select count(*) from webhook_events where event_key = ? and status = ? and company_id is null",
                        "call_inbound:" + callId,
                        WebhookStatus.DEAD.name()))
                .isEqualTo(1);
        assertThat(app.metric("askpro_calls_unknown_number_total") - unknownBefore)
                .isEqualTo(1.0);
    }

    @Test
    void givenBadSignatureWhenInboundWebhookThenUnauthorizedAndNothingStored() {
        byte[] body = bytes(RetellClient.inbound("+4915111111111", DEMO_NUMBER, newCallId()));
        long eventsBefore = app.webhookEvents();
        double rejectedBefore = app.metric("askpro_webhooks_rejected_total", "source=\"retell_inbound\"");

        Response unsigned = retell.post("/webhooks/retell/inbound", body, Map.of());
        Response wrongKey = retell.post(
                "/webhooks/retell/inbound",
                body,
                Map.of("X-Retell-Signature", RetellClient.signature(body, "key_other_0123456789", retell.nowMs())));

        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(wrongKey.status()).isEqualTo(401);
        assertThat(app.webhookEvents()).isEqualTo(eventsBefore);
        assertThat(app.metric("askpro_webhooks_rejected_total", "source=\"retell_inbound\"") - rejectedBefore)
                .isEqualTo(2.0);
    }
}
