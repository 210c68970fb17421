package com.askpro.booking.bootstrap.calcom;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentStatus;
import com.askpro.booking.domain.appointment.SyncStatus;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.Language;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookSource;
import com.askpro.booking.domain.webhook.WebhookStatus;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code POST /webhooks/calcom} over real HTTP: signatures, storage, duplicates, and each trigger's effect. */
class CalcomWebhookEndpointTest extends CalcomServerTest {

    /** The reference's 355-byte body and its signature under {@code my-webhook-secret}. */
    static final String REFERENCE = "{\"triggerEvent\":\"BOOKING_CREATED\",\"createdAt\":\"2050-09-05T07:00:01.000Z\","
            + "\"payload\":{\"uid\":\"bFJeNb2uX8ANpT3JL5EfXw\",\"bookingId\":91,\"eventTypeId\":7,"
            + "\"startTime\":\"2050-09-05T07:00:00Z\",\"endTime\":\"2050-09-05T07:30:00Z\",\"status\":\"ACCEPTED\","
            + "\"attendees\":[{\"name\":\"Jane Caller\",\"email\":\"jane@example.com\",\"timeZone\":\"Europe/Rome\"}],"
            + "\"metadata\":{\"callSid\":\"CA123\"}}}";

    static final String REFERENCE_SIGNATURE = "b0ec0c4c0b1274cbce87dd2ca1afb500b5183e1e46aaa3422321715c971cbae2";
    static final String REFERENCE_KEY =
            "BOOKING_CREATED|bFJeNb2uX8ANpT3JL5EfXw|2050-09-05T07:00:00Z|2050-09-05T07:30:00Z";

    @Test
    void givenTheReferenceVectorWhenDeliveredThenStoredAndProcessedAsNotOurs() throws Exception {
        assertThat(post(REFERENCE, REFERENCE_SIGNATURE)).isEqualTo(204);

        WebhookEvent event = awaitProcessed(REFERENCE_KEY);
        assertThat(event.eventType()).isEqualTo("BOOKING_CREATED");
        assertThat(event.rawBody()).isEqualTo(REFERENCE);
        assertThat(event.companyId()).isNull();
    }

    @Test
    void givenATamperedBodyOrNoSignatureWhenDeliveredThen401AndNothingStored() throws Exception {
        assertThat(post(REFERENCE.replace("Jane", "John"), REFERENCE_SIGNATURE)).isEqualTo(401);
        assertThat(post(REFERENCE, null)).isEqualTo(401);
        assertThat(post(REFERENCE, "no-secret-provided")).isEqualTo(401);

        assertThat(inboxEvent(REFERENCE_KEY)).isEmpty();
        assertThat(metrics()).contains("askpro_webhooks_rejected_total{reason=\"signature\",source=\"calcom\"} 3.0");
    }

    @Test
    void givenASignedBodyThatIsNotAWebhookWhenDeliveredThen400() throws Exception {
        assertThat(webhook("not json", WEBHOOK_SECRET)).isEqualTo(400);
        assertThat(webhook("{\"payload\":{}}", WEBHOOK_SECRET)).isEqualTo(400);
    }

    @Test
    void givenTheSameDeliveryTwiceWhenProcessedThenOnlyOnce() throws Exception {
        assertThat(post(REFERENCE, REFERENCE_SIGNATURE)).isEqualTo(204);
        assertThat(post(REFERENCE, REFERENCE_SIGNATURE)).isEqualTo(204);

        assertThat(awaitProcessed(REFERENCE_KEY).attempts()).isEqualTo(1);
        assertThat(metrics())
                .contains("askpro_webhooks_duplicate_total{source=\"calcom\"} 1.0")
                .contains("askpro_webhooks_processed_total{source=\"calcom\"} 1.0");
    }

    @Test
    void givenBookingCancelledInCalcomWhenProcessedThenCancelledHereOnceAndTheCacheDropped() throws Exception {
        Appointment booked = book("call_hook_c", "10:00");
        function(
                "call_hook_c",
                "check_availability",
                Map.of("service", "Haarschnitt", "date", day().toString(), "time", "11:00"));
        int slotRequests = calcom.requests("GET", "/v2/slots").size();

        String body = hook(
                "BOOKING_CANCELLED",
                booked.externalUid(),
                null,
                booked,
                booked.id().toString());
        assertThat(webhook(body, WEBHOOK_SECRET)).isEqualTo(204);
        awaitProcessed(key("BOOKING_CANCELLED", booked.externalUid(), booked));
        assertThat(webhook(body, WEBHOOK_SECRET)).isEqualTo(204);

        Appointment cancelled = appointment(booked.id().toString());
        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(cancelled.syncStatus()).isEqualTo(SyncStatus.SYNCED);
        function(
                "call_hook_c",
                "check_availability",
                Map.of("service", "Haarschnitt", "date", day().toString(), "time", "11:00"));
        assertThat(calcom.requests("GET", "/v2/slots")).hasSize(slotRequests + 1);
    }

    @Test
    void givenBookingRescheduledInCalcomWhenProcessedThenMovedHereUnderTheNewUid() throws Exception {
        Appointment booked = book("call_hook_r", "10:00");
        Instant newStart = at(day(), "14:00");

        String body = hook(
                "BOOKING_RESCHEDULED",
                "cal-moved-1",
                booked.externalUid(),
                newStart,
                newStart.plusSeconds(1800),
                booked.id().toString(),
                company.id().toString());
        assertThat(webhook(body, WEBHOOK_SECRET)).isEqualTo(204);
        awaitProcessed("BOOKING_RESCHEDULED|cal-moved-1|" + newStart + "|" + newStart.plusSeconds(1800));

        assertThat(appointment(booked.id().toString()).status()).isEqualTo(AppointmentStatus.RESCHEDULED);
        Appointment moved = appointments()
                .findByExternalUid(company.tenant(), "cal-moved-1")
                .orElseThrow();
        assertThat(moved.slot().start()).isEqualTo(newStart);
        assertThat(moved.rescheduledFrom()).isEqualTo(booked.id());
        assertThat(moved.syncStatus()).isEqualTo(SyncStatus.SYNCED);
        assertThat(moved.status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void givenARescheduleOntoATimeTakenHereWhenProcessedThenFlaggedAndKept() throws Exception {
        Appointment first = book("call_hook_x1", "10:00");
        Appointment second = book("call_hook_x2", "10:30");

        String body = hook(
                "BOOKING_RESCHEDULED",
                "cal-moved-2",
                first.externalUid(),
                second.slot().start(),
                second.slot().end(),
                first.id().toString(),
                company.id().toString());
        assertThat(webhook(body, WEBHOOK_SECRET)).isEqualTo(204);
        awaitProcessed("BOOKING_RESCHEDULED|cal-moved-2|" + second.slot().start() + "|"
                + second.slot().end());

        Appointment flagged = appointment(first.id().toString());
        assertThat(flagged.syncStatus()).isEqualTo(SyncStatus.CONFLICT);
        assertThat(flagged.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(flagged.slot()).isEqualTo(first.slot());
        assertThat(flagged.statusReason()).contains("cal-moved-2");
    }

    @Test
    void givenBookingRejectedWhenProcessedThenFlagged() throws Exception {
        Appointment booked = book("call_hook_j", "11:00");

        assertThat(webhook(
                        hook(
                                "BOOKING_REJECTED",
                                booked.externalUid(),
                                null,
                                booked,
                                booked.id().toString()),
                        WEBHOOK_SECRET))
                .isEqualTo(204);
        awaitProcessed(key("BOOKING_REJECTED", booked.externalUid(), booked));

        assertThat(appointment(booked.id().toString()).syncStatus()).isEqualTo(SyncStatus.CONFLICT);
    }

    @Test
    void givenAPendingAppointmentWhenRequestedThenCreatedArriveThenPendingThenSynced() throws Exception {
        calcom.down = true;
        JsonNode answer = function(
                "call_hook_p",
                "book_appointment",
                Map.of(
                        "service",
                        "Haarschnitt",
                        "date",
                        day().toString(),
                        "time",
                        "10:00",
                        "customer_name",
                        "Max Mustermann"));
        Appointment pending = appointment(answer.path("appointment_id").asText());
        assertThat(pending.syncStatus()).isEqualTo(SyncStatus.PENDING);

        webhook(
                hook(
                        "BOOKING_REQUESTED",
                        "cal-hook-1",
                        null,
                        pending,
                        pending.id().toString()),
                WEBHOOK_SECRET);
        awaitProcessed(key("BOOKING_REQUESTED", "cal-hook-1", pending));
        assertThat(appointment(pending.id().toString()).syncStatus()).isEqualTo(SyncStatus.PENDING);

        webhook(
                hook(
                        "BOOKING_CREATED",
                        "cal-hook-1",
                        null,
                        pending,
                        pending.id().toString()),
                WEBHOOK_SECRET);
        awaitProcessed(key("BOOKING_CREATED", "cal-hook-1", pending));
        Appointment synced = appointment(pending.id().toString());
        assertThat(synced.syncStatus()).isEqualTo(SyncStatus.SYNCED);
        assertThat(synced.externalUid()).isEqualTo("cal-hook-1");
    }

    @Test
    void givenAnUnknownTriggerOrAnotherTenantsMetadataWhenProcessedThenStoredAndNothingChanges() throws Exception {
        Appointment booked = book("call_hook_u", "10:00");
        Company other = server.persistence()
                .companies()
                .add(Company.create(CompanyId.newId(), "Other", "DE", BERLIN, Language.DE));

        webhook(
                hook(
                        "MEETING_ENDED",
                        booked.externalUid(),
                        null,
                        booked,
                        booked.id().toString()),
                WEBHOOK_SECRET);
        webhook(
                hook(
                        "BOOKING_CANCELLED",
                        "cal-foreign",
                        null,
                        booked.slot().start(),
                        booked.slot().end(),
                        booked.id().toString(),
                        other.id().toString()),
                WEBHOOK_SECRET);

        assertThat(awaitProcessed(key("MEETING_ENDED", booked.externalUid(), booked))
                        .companyId())
                .isEqualTo(company.id());
        assertThat(awaitProcessed(key("BOOKING_CANCELLED", "cal-foreign", booked))
                        .companyId())
                .isEqualTo(other.id());
        Appointment unchanged = appointment(booked.id().toString());
        assertThat(unchanged.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(unchanged.syncStatus()).isEqualTo(SyncStatus.SYNCED);
    }

    private Appointment book(String callId, String time) throws Exception {
        JsonNode answer = function(
                callId,
                "book_appointment",
                Map.of(
                        "service",
                        "Haarschnitt",
                        "date",
                        day().toString(),
                        "time",
                        time,
                        "customer_name",
                        "Max Mustermann"));
        assertThat(answer.path("booked").asBoolean()).as(answer.toString()).isTrue();
        Appointment booked = appointment(answer.path("appointment_id").asText());
        assertThat(booked.externalUid()).isNotNull();
        return booked;
    }

    private String hook(String trigger, String uid, String rescheduleUid, Appointment at, String appointmentId) {
        return hook(
                trigger,
                uid,
                rescheduleUid,
                at.slot().start(),
                at.slot().end(),
                appointmentId,
                company.id().toString());
    }

    private static String hook(
            String trigger,
            String uid,
            String rescheduleUid,
            Instant start,
            Instant end,
            String appointmentId,
            String companyId) {
        return "{\"triggerEvent\":\"" + trigger + "\",\"createdAt\":\"" + Instant.now() + "\",\"payload\":{\"uid\":\""
                + uid
                + "\"," + (rescheduleUid == null ? "" : "\"rescheduleUid\":\"" + rescheduleUid + "\",")
                + "\"eventTypeId\":" + EVENT_TYPE + ",\"startTime\":\"" + start + "\",\"endTime\":\"" + end
                + "\",\"status\":\"ACCEPTED\",\"metadata\":{\"askproAppointmentId\":\"" + appointmentId
                + "\",\"askproCompanyId\":\"" + companyId + "\"}}}";
    }

    private static String key(String trigger, String uid, Appointment at) {
        return trigger + "|" + uid + "|" + at.slot().start() + "|" + at.slot().end();
    }

    private int post(String body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + server.port() + "/webhooks/calcom"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Cal-Signature-256", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private Optional<WebhookEvent> inboxEvent(String key) {
        return server.persistence().webhookInbox().find(WebhookSource.CALCOM, key);
    }

    private WebhookEvent awaitProcessed(String key) throws InterruptedException {
        await(
                key + " is processed",
                () -> inboxEvent(key)
                        .map(e -> e.status() == WebhookStatus.PROCESSED)
                        .orElse(false));
        return inboxEvent(key).orElseThrow();
    }

    private Appointments appointments() {
        return server.persistence().appointments();
    }
}
