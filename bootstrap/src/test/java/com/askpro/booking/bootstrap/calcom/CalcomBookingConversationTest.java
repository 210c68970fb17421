package com.askpro.booking.bootstrap.calcom;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.adapter.calcom.CalcomCalendar;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentStatus;
import com.askpro.booking.domain.appointment.SyncStatus;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The booking conversation with a Cal.com-backed tenant over real HTTP: availability from
 * {@code /v2/slots}, bookings, moves and cancellations pushed to Cal.com; Cal.com down while
 * booking → booked locally as pending and synced later; a later "already has booking" → flagged.
 */
class CalcomBookingConversationTest extends CalcomServerTest {

    @Test
    void givenCalcomUpWhenTheCallerChecksBooksMovesAndCancelsThenEveryStepReachesCalcom() throws Exception {
        LocalDate day = day();

        JsonNode check = function(
                "call_conv_1",
                "check_availability",
                Map.of("service", "Haarschnitt", "date", day.toString(), "time", "10:00"));
        assertThat(check.path("available").asBoolean()).as(check.toString()).isTrue();
        RecordedRequest slots = calcom.requests("GET", "/v2/slots").get(0);
        assertThat(slots.getUrl().queryParameter("eventTypeId")).isEqualTo(Long.toString(EVENT_TYPE));
        assertThat(slots.getUrl().queryParameter("timeZone")).isEqualTo("Europe/Berlin");
        assertThat(slots.getHeaders().get("cal-api-version")).isEqualTo("2024-09-04");
        assertThat(slots.getHeaders().get("Authorization")).isEqualTo("Bearer " + CALCOM_KEY);

        JsonNode booked = function(
                "call_conv_1",
                "book_appointment",
                Map.of(
                        "service",
                        "Haarschnitt",
                        "date",
                        day.toString(),
                        "time",
                        "10:00",
                        "customer_name",
                        "Max Mustermann"));
        assertThat(booked.path("booked").asBoolean()).as(booked.toString()).isTrue();
        String id = booked.path("appointment_id").asText();
        RecordedRequest create = calcom.requests("POST", "/v2/bookings").get(0);
        assertThat(create.getHeaders().get("cal-api-version")).isEqualTo("2024-08-13");
        JsonNode body = FakeCalcom.body(create);
        assertThat(body.path("start").asText()).isEqualTo(at(day, "10:00").toString());
        assertThat(body.path("eventTypeId").asLong()).isEqualTo(EVENT_TYPE);
        assertThat(body.path("attendee").path("name").asText()).isEqualTo("Max Mustermann");
        assertThat(body.path("attendee").path("phoneNumber").asText()).isEqualTo(CALLER);
        assertThat(body.path("attendee").path("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(body.path("metadata").path("askproAppointmentId").asText()).isEqualTo(id);
        assertThat(body.path("metadata").path("askproCompanyId").asText())
                .isEqualTo(company.id().toString());
        Appointment stored = appointment(id);
        assertThat(stored.syncStatus()).isEqualTo(SyncStatus.SYNCED);
        assertThat(stored.externalUid()).isEqualTo("cal-uid-1");

        JsonNode found = function("call_conv_1", "find_my_appointments", Map.of());
        assertThat(found.path("appointments").path(0).path("appointment_id").asText())
                .isEqualTo(id);

        JsonNode moved =
                function("call_conv_1", "reschedule_appointment", Map.of("date", day.toString(), "time", "11:00"));
        assertThat(moved.path("rescheduled").asBoolean()).as(moved.toString()).isTrue();
        RecordedRequest reschedule =
                calcom.requests("POST", "/v2/bookings/cal-uid-1/reschedule").get(0);
        assertThat(FakeCalcom.body(reschedule).path("start").asText())
                .isEqualTo(at(day, "11:00").toString());
        String movedId = moved.path("appointment_id").asText();
        assertThat(appointment(movedId).externalUid()).isEqualTo("cal-uid-2");
        assertThat(appointment(movedId).syncStatus()).isEqualTo(SyncStatus.SYNCED);
        assertThat(appointment(id).status()).isEqualTo(AppointmentStatus.RESCHEDULED);

        JsonNode cancelled = function("call_conv_1", "cancel_appointment", Map.of("appointment_id", movedId));
        assertThat(cancelled.path("cancelled").asBoolean())
                .as(cancelled.toString())
                .isTrue();
        assertThat(calcom.requests("POST", "/v2/bookings/cal-uid-2/cancel")).hasSize(1);
        assertThat(appointment(movedId).status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(appointment(movedId).syncStatus()).isEqualTo(SyncStatus.SYNCED);

        String metrics = metrics();
        assertThat(metrics).contains("askpro_calendar_api_seconds_count{provider=\"calcom\",status=\"201\"}");
        assertThat(metrics)
                .contains("askpro_calendar_circuit_state{credential=\"" + CalcomCalendar.fingerprint(CALCOM_KEY)
                        + "\",provider=\"calcom\"} 0.0");
    }

    @Test
    void givenCalcomDownWhenTheCallerBooksThenBookedAsPendingAndSyncedOnceCalcomIsBack() throws Exception {
        calcom.down = true;

        JsonNode check = function(
                "call_down_1",
                "check_availability",
                Map.of("service", "Haarschnitt", "date", day().toString(), "time", "10:00"));
        JsonNode booked = function(
                "call_down_1",
                "book_appointment",
                Map.of(
                        "service",
                        "Haarschnitt",
                        "date",
                        day().toString(),
                        "time",
                        "10:00",
                        "customer_name",
                        "Erika Muster"));

        assertThat(check.path("available").asBoolean()).as(check.toString()).isTrue();
        assertThat(booked.path("booked").asBoolean()).as(booked.toString()).isTrue();
        String id = booked.path("appointment_id").asText();
        assertThat(appointment(id).syncStatus()).isEqualTo(SyncStatus.PENDING);
        assertThat(metrics()).contains("askpro_calendar_api_errors_total{provider=\"calcom\",status=\"503\"}");

        calcom.down = false;
        await("the appointment is synced", () -> appointment(id).syncStatus() == SyncStatus.SYNCED);
        assertThat(appointment(id).externalUid()).startsWith("cal-uid-");
        assertThat(calcom.bookings).hasSize(1);
        assertThat(calcom.bookings
                        .values()
                        .iterator()
                        .next()
                        .path("metadata")
                        .path("askproAppointmentId")
                        .asText())
                .isEqualTo(id);
    }

    @Test
    void givenCalcomDownThenTakenWhenTheBackgroundSyncRunsThenTheAppointmentIsFlaggedNotDropped() throws Exception {
        calcom.down = true;
        JsonNode booked = function(
                "call_taken_1",
                "book_appointment",
                Map.of(
                        "service",
                        "Haarschnitt",
                        "date",
                        day().toString(),
                        "time",
                        "10:30",
                        "customer_name",
                        "Erika Muster"));
        assertThat(booked.path("booked").asBoolean()).as(booked.toString()).isTrue();
        String id = booked.path("appointment_id").asText();

        calcom.taken = true;
        calcom.down = false;
        await("the appointment is flagged", () -> appointment(id).syncStatus() == SyncStatus.CONFLICT);

        Appointment flagged = appointment(id);
        assertThat(flagged.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(flagged.statusReason()).isNotBlank();
        assertThat(server.persistence()
                        .appointments()
                        .upcomingFor(company.tenant(), flagged.customerId(), java.time.Instant.now()))
                .extracting(Appointment::id)
                .contains(flagged.id());
    }
}
