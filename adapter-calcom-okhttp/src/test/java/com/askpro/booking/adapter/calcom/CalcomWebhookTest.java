package com.askpro.booking.adapter.calcom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalcomWebhookTest {

    /** The reference's 355-byte body, signed with {@code my-webhook-secret}. */
    static final String BODY = "{\"triggerEvent\":\"BOOKING_CREATED\",\"createdAt\":\"2050-09-05T07:00:01.000Z\","
            + "\"payload\":{\"uid\":\"bFJeNb2uX8ANpT3JL5EfXw\",\"bookingId\":91,\"eventTypeId\":7,"
            + "\"startTime\":\"2050-09-05T07:00:00Z\",\"endTime\":\"2050-09-05T07:30:00Z\",\"status\":\"ACCEPTED\","
            + "\"attendees\":[{\"name\":\"Jane Caller\",\"email\":\"jane@example.com\",\"timeZone\":\"Europe/Rome\"}],"
            + "\"metadata\":{\"callSid\":\"CA123\"}}}";

    static final String BODY_SIGNATURE = "b0ec0c4c0b1274cbce87dd2ca1afb500b5183e1e46aaa3422321715c971cbae2";

    final CalcomWebhookParser parser = new CalcomWebhookParser();

    @Test
    void signaturesMatchTheReferenceVectors() {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        assertThat(body).hasSize(355);

        assertThat(new CalcomWebhookSignature("secret").sign("{}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("77325902caca812dc259733aacd046b73817372c777b8d95b402647474516e13");
        assertThat(new CalcomWebhookSignature("secret")
                        .verify(
                                "{}".getBytes(StandardCharsets.UTF_8),
                                "77325902caca812dc259733aacd046b73817372c777b8d95b402647474516e13"))
                .isTrue();
        assertThat(new CalcomWebhookSignature("my-webhook-secret").verify(body, BODY_SIGNATURE))
                .isTrue();
        assertThat(new CalcomWebhookSignature("my-webhook-secret").verify(body, BODY_SIGNATURE.toUpperCase()))
                .isTrue();
    }

    @Test
    void aTamperedBodyAWrongSecretOrAMissingHeaderFail() {
        byte[] tampered = BODY.replace("07:00:00Z", "08:00:00Z").getBytes(StandardCharsets.UTF_8);
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);

        assertThat(new CalcomWebhookSignature("my-webhook-secret").verify(tampered, BODY_SIGNATURE))
                .isFalse();
        assertThat(new CalcomWebhookSignature("other-secret").verify(body, BODY_SIGNATURE))
                .isFalse();
        assertThat(new CalcomWebhookSignature("my-webhook-secret").verify(body, null))
                .isFalse();
        assertThat(new CalcomWebhookSignature("my-webhook-secret").verify(body, "sha256=" + BODY_SIGNATURE))
                .isFalse();
        assertThat(new CalcomWebhookSignature("my-webhook-secret").verify(body, "no-secret-provided"))
                .isFalse();
        assertThatThrownBy(() -> new CalcomWebhookSignature("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBookingEventIsParsedWithADedupeKey() {
        CalcomWebhookEvent event = parser.parse(BODY.getBytes(StandardCharsets.UTF_8));

        assertThat(event.triggerEvent()).isEqualTo("BOOKING_CREATED");
        assertThat(event.createdAt()).isEqualTo(Instant.parse("2050-09-05T07:00:01Z"));
        assertThat(event.bookingUid()).isEqualTo("bFJeNb2uX8ANpT3JL5EfXw");
        assertThat(event.startTime()).isEqualTo(Instant.parse("2050-09-05T07:00:00Z"));
        assertThat(event.endTime()).isEqualTo(Instant.parse("2050-09-05T07:30:00Z"));
        assertThat(event.metadata()).isEqualTo(Map.of("callSid", "CA123"));
        assertThat(event.appointmentId()).isEmpty();
        assertThat(event.rescheduleUid()).isNull();
        assertThat(event.isBookingEvent()).isTrue();
        assertThat(event.dedupeKey())
                .isEqualTo("BOOKING_CREATED|bFJeNb2uX8ANpT3JL5EfXw|2050-09-05T07:00:00Z|2050-09-05T07:30:00Z");
    }

    @Test
    void aRedeliveryHasTheSameKeyAndAnotherTransitionAnother() {
        CalcomWebhookEvent first = parser.parse(BODY.getBytes(StandardCharsets.UTF_8));
        CalcomWebhookEvent redelivered =
                parser.parse(BODY.replace("07:00:01.000Z", "07:00:09.000Z").getBytes(StandardCharsets.UTF_8));
        CalcomWebhookEvent cancelled = parser.parse(
                BODY.replace("BOOKING_CREATED", "BOOKING_CANCELLED").getBytes(StandardCharsets.UTF_8));
        CalcomWebhookEvent offsetTimes =
                parser.parse(BODY.replace("\"2050-09-05T07:00:00Z\"", "\"2050-09-05T09:00:00+02:00\"")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(redelivered.dedupeKey()).isEqualTo(first.dedupeKey());
        assertThat(offsetTimes.dedupeKey()).isEqualTo(first.dedupeKey());
        assertThat(cancelled.dedupeKey()).isNotEqualTo(first.dedupeKey()).startsWith("BOOKING_CANCELLED|");
    }

    @Test
    void ourAppointmentIdAndTheRescheduledUidAreRead() {
        String body =
                "{\"triggerEvent\":\"BOOKING_RESCHEDULED\",\"createdAt\":\"2050-09-05T07:00:01.000Z\",\"payload\":"
                        + "{\"uid\":\"new\",\"rescheduleUid\":\"old\",\"startTime\":\"2050-09-05T09:00:00Z\","
                        + "\"endTime\":\"2050-09-05T09:30:00Z\",\"metadata\":{\"askproAppointmentId\":\"a-1\",\"n\":3}}}";

        CalcomWebhookEvent event = parser.parse(body.getBytes(StandardCharsets.UTF_8));

        assertThat(event.appointmentId()).contains("a-1");
        assertThat(event.metadata()).containsEntry("n", "3");
        assertThat(event.rescheduleUid()).isEqualTo("old");
    }

    @Test
    void anEventWithoutABookingUidIsKeyedByItsBody() {
        String ping = "{\"triggerEvent\":\"PING\",\"createdAt\":\"2050-09-05T07:00:01.000Z\",\"payload\":{}}";

        CalcomWebhookEvent event = parser.parse(ping.getBytes(StandardCharsets.UTF_8));

        assertThat(event.isBookingEvent()).isFalse();
        assertThat(event.dedupeKey()).startsWith("PING|sha256:").hasSize("PING|sha256:".length() + 64);
    }

    @Test
    void bodiesThatAreNotCalcomWebhooksAreRefused() {
        assertThatThrownBy(() -> parser.parse("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parser.parse("{\"payload\":{}}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("triggerEvent");
        assertThatThrownBy(
                        () -> parser.parse("{\"triggerEvent\":\"BOOKING_CREATED\",\"payload\":{\"startTime\":\"soon\"}}"
                                .getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("startTime");
    }
}
