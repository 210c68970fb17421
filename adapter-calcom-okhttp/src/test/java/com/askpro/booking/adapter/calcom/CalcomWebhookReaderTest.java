package com.askpro.booking.adapter.calcom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.application.calendar.CalendarWebhook;
import com.askpro.booking.application.calendar.CalendarWebhookReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The application's webhook reader port on Cal.com: signature vectors, no secret, mapping, malformed bodies. */
class CalcomWebhookReaderTest {

    private static final byte[] BODY = CalcomWebhookTest.BODY.getBytes(StandardCharsets.UTF_8);

    @Test
    void theReferenceVectorsAreAuthenticAndATamperedBodyIsNot() {
        assertThat(new CalcomWebhookReader("my-webhook-secret").isAuthentic(BODY, CalcomWebhookTest.BODY_SIGNATURE))
                .isTrue();
        assertThat(new CalcomWebhookReader("secret")
                        .isAuthentic(
                                "{}".getBytes(StandardCharsets.UTF_8),
                                "77325902caca812dc259733aacd046b73817372c777b8d95b402647474516e13"))
                .isTrue();
        byte[] tampered = CalcomWebhookTest.BODY.replace("Jane", "John").getBytes(StandardCharsets.UTF_8);
        assertThat(new CalcomWebhookReader("my-webhook-secret").isAuthentic(tampered, CalcomWebhookTest.BODY_SIGNATURE))
                .isFalse();
        assertThat(new CalcomWebhookReader("my-webhook-secret").isAuthentic(BODY, null))
                .isFalse();
    }

    @Test
    void withoutASecretNothingIsAuthentic() {
        assertThat(new CalcomWebhookReader(null).isAuthentic(BODY, CalcomWebhookTest.BODY_SIGNATURE))
                .isFalse();
        assertThat(new CalcomWebhookReader(" ").isAuthentic(BODY, "no-secret-provided"))
                .isFalse();
    }

    @Test
    void ourMetadataAndTheRescheduleUidAreRead() {
        String body =
                "{\"triggerEvent\":\"BOOKING_RESCHEDULED\",\"createdAt\":\"2050-09-05T07:00:01.000Z\",\"payload\":"
                        + "{\"uid\":\"new-uid\",\"rescheduleUid\":\"old-uid\",\"startTime\":\"2050-09-06T09:00:00+02:00\","
                        + "\"endTime\":\"2050-09-06T09:30:00+02:00\",\"metadata\":{\"askproAppointmentId\":\"a-1\","
                        + "\"askproCompanyId\":\"c-1\"}}}";

        CalendarWebhook webhook = new CalcomWebhookReader("s").read(body.getBytes(StandardCharsets.UTF_8));

        assertThat(webhook)
                .isEqualTo(new CalendarWebhook(
                        "BOOKING_RESCHEDULED",
                        "new-uid",
                        "old-uid",
                        Instant.parse("2050-09-06T07:00:00Z"),
                        Instant.parse("2050-09-06T07:30:00Z"),
                        "a-1",
                        "c-1",
                        "BOOKING_RESCHEDULED|new-uid|2050-09-06T07:00:00Z|2050-09-06T07:30:00Z"));
    }

    @Test
    void aBookingWithoutOurMetadataHasNoIds() {
        CalendarWebhook webhook = new CalcomWebhookReader("s").read(BODY);

        assertThat(webhook.appointmentId()).isNull();
        assertThat(webhook.companyId()).isNull();
        assertThat(webhook.bookingUid()).isEqualTo("bFJeNb2uX8ANpT3JL5EfXw");
    }

    @Test
    void aBodyThatIsNotACalcomWebhookIsMalformed() {
        CalcomWebhookReader reader = new CalcomWebhookReader("s");
        assertThatThrownBy(() -> reader.read("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CalendarWebhookReader.MalformedWebhookException.class);
        assertThatThrownBy(() -> reader.read("{\"payload\":{}}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CalendarWebhookReader.MalformedWebhookException.class);
    }
}
