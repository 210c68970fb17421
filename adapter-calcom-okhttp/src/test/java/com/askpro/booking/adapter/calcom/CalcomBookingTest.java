package com.askpro.booking.adapter.calcom;

import static com.askpro.booking.adapter.calcom.CalcomFixtures.EVENT_TYPE;
import static com.askpro.booking.adapter.calcom.CalcomFixtures.KEY_A;
import static com.askpro.booking.adapter.calcom.CalcomFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.adapter.calcom.CalcomFixtures.MutableClock;
import com.askpro.booking.adapter.calcom.CalcomFixtures.RecordingCallLog;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.port.CalendarProvider.CalendarAnswer;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.Service;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CalcomBookingTest {

    static final Instant START = Instant.parse("2050-09-05T07:00:00Z");

    final MockWebServer server = new MockWebServer();
    final RecordingCallLog log = new RecordingCallLog();
    CalcomCalendar calendar;
    Company company;
    Service service;
    Customer customer;
    Appointment appointment;

    @BeforeEach
    void start() throws Exception {
        server.start();
        calendar = CalcomFixtures.calendar(server, new MutableClock(NOW), log);
        company = CalcomFixtures.company(KEY_A);
        service = CalcomFixtures.service(company, EVENT_TYPE);
        customer = CalcomFixtures.customer(company, "jane@example.com");
        appointment = CalcomFixtures.appointment(company, service, customer, START, null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void createPostsAUtcStartTheAttendeeAndOurAppointmentId() throws Exception {
        server.enqueue(CalcomFixtures.booking(201, "bFJeNb2uX8ANpT3JL5EfXw", "2050-09-05T07:00:00Z", null));

        assertThat(calendar.create(company, appointment, service, customer))
                .isEqualTo(new CalendarAnswer.Accepted("bFJeNb2uX8ANpT3JL5EfXw"));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/v2/bookings");
        assertThat(request.getHeaders().get("cal-api-version")).isEqualTo("2024-08-13");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY_A);
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        JsonNode body = CalcomJson.MAPPER.readTree(request.getBody().utf8());
        assertThat(body.get("start").asText()).isEqualTo("2050-09-05T07:00:00Z");
        assertThat(body.get("eventTypeId").asLong()).isEqualTo(7);
        assertThat(body.at("/attendee/name").asText()).isEqualTo("Jane Caller");
        assertThat(body.at("/attendee/timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(body.at("/attendee/phoneNumber").asText()).isEqualTo("+493083793369");
        assertThat(body.at("/attendee/email").asText()).isEqualTo("jane@example.com");
        assertThat(body.at("/attendee/language").asText()).isEqualTo("de");
        assertThat(body.at("/metadata/askproAppointmentId").asText())
                .isEqualTo(appointment.id().toString());
        assertThat(body.at("/metadata/askproCompanyId").asText())
                .isEqualTo(company.id().toString());
        assertThat(body.size()).isEqualTo(4);
    }

    @Test
    void aPhoneOnlyCallerIsBookedWithoutAnEmailField() throws Exception {
        Customer phoneOnly = CalcomFixtures.customer(company, null);
        server.enqueue(CalcomFixtures.booking(201, "uid-1", "2050-09-05T07:00:00Z", null));

        calendar.create(
                company, CalcomFixtures.appointment(company, service, phoneOnly, START, null), service, phoneOnly);

        JsonNode attendee = CalcomJson.MAPPER
                .readTree(server.takeRequest().getBody().utf8())
                .get("attendee");
        assertThat(attendee.has("email")).isFalse();
        assertThat(attendee.get("phoneNumber").asText()).isEqualTo("+493083793369");
    }

    @Test
    void rescheduleAndCancelArePostsOnTheBookingUid() throws Exception {
        Appointment synced = CalcomFixtures.appointment(company, service, customer, START, "old-uid");
        Appointment moved =
                CalcomFixtures.appointment(company, service, customer, START.plus(Duration.ofHours(2)), null);
        server.enqueue(CalcomFixtures.booking(201, "new-uid", "2050-09-05T09:00:00Z", null));
        server.enqueue(CalcomFixtures.booking(200, "old-uid", "2050-09-05T07:00:00Z", null));

        assertThat(calendar.reschedule(company, synced, moved)).isEqualTo(new CalendarAnswer.Accepted("new-uid"));
        assertThat(calendar.cancel(company, synced, "Caller cancelled"))
                .isEqualTo(new CalendarAnswer.Accepted("old-uid"));

        RecordedRequest reschedule = server.takeRequest();
        assertThat(reschedule.getMethod()).isEqualTo("POST");
        assertThat(reschedule.getTarget()).isEqualTo("/v2/bookings/old-uid/reschedule");
        assertThat(reschedule.getHeaders().get("cal-api-version")).isEqualTo("2024-08-13");
        assertThat(CalcomJson.MAPPER
                        .readTree(reschedule.getBody().utf8())
                        .get("start")
                        .asText())
                .isEqualTo("2050-09-05T09:00:00Z");
        RecordedRequest cancel = server.takeRequest();
        assertThat(cancel.getTarget()).isEqualTo("/v2/bookings/old-uid/cancel");
        assertThat(cancel.getHeaders().get("cal-api-version")).isEqualTo("2024-08-13");
        assertThat(cancel.getBody().utf8()).isEqualTo("{\"cancellationReason\":\"Caller cancelled\"}");
    }

    @Test
    void alreadyHasBookingIsSlotTaken() {
        server.enqueue(CalcomFixtures.error(
                400, "BadRequestException", "User either already has booking at this time or is not available"));
        server.enqueue(CalcomFixtures.json(200, "{\"status\":\"success\",\"data\":[]}"));

        assertThat(calendar.create(company, appointment, service, customer)).isEqualTo(new CalendarAnswer.SlotTaken());
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void conflictIsSlotTaken() {
        server.enqueue(CalcomFixtures.error(409, "ConflictException", "booking_conflict_error"));
        server.enqueue(CalcomFixtures.json(200, "{\"status\":\"success\",\"data\":[]}"));

        assertThat(calendar.create(company, appointment, service, customer)).isEqualTo(new CalendarAnswer.SlotTaken());
    }

    @Test
    void otherBadRequestsAreRejectedWithCalcomsMessage() {
        server.enqueue(CalcomFixtures.error(400, "BadRequestException", "Attempting to book a meeting in the past."));

        assertThat(calendar.create(company, appointment, service, customer))
                .isEqualTo(new CalendarAnswer.Rejected(
                        "Cal.com refused the request (HTTP 400): Attempting to book a meeting in the past."));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void unauthorisedIsACredentialsProblemAndNotRetried() {
        server.enqueue(CalcomFixtures.error(401, "UnauthorizedException", "Invalid API Key"));

        CalendarAnswer answer = calendar.create(company, appointment, service, customer);

        assertThat(answer)
                .isInstanceOfSatisfying(
                        CalendarAnswer.Rejected.class,
                        rejected -> assertThat(rejected.message())
                                .contains("credentials problem")
                                .contains("Invalid API Key"));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void unknownBookingIsRejected() {
        server.enqueue(
                CalcomFixtures.error(404, "NotFoundException", "Booking with uid=gone was not found in the database"));
        server.enqueue(
                CalcomFixtures.error(404, "NotFoundException", "Booking with uid=gone was not found in the database"));

        CalendarAnswer answer =
                calendar.cancel(company, CalcomFixtures.appointment(company, service, customer, START, "gone"), null);

        assertThat(answer)
                .isInstanceOfSatisfying(
                        CalendarAnswer.Rejected.class,
                        rejected -> assertThat(rejected.message()).contains("not found"));
    }

    @Test
    void rateLimitIsUnavailableUntilTheReset() {
        server.enqueue(new MockResponse.Builder(CalcomFixtures.error(
                        429, "ThrottlerException", "CustomThrottlerGuard - Too many requests. Please try again later."))
                .addHeader("X-RateLimit-Reset-Default", "42")
                .build());

        assertThat(calendar.create(company, appointment, service, customer))
                .isInstanceOfSatisfying(
                        CalendarAnswer.Unavailable.class,
                        answer -> assertThat(answer.retryAfter()).isEqualTo(Duration.ofSeconds(42)));
        assertThat(calendar.create(company, appointment, service, customer))
                .isInstanceOfSatisfying(
                        CalendarAnswer.Unavailable.class,
                        answer -> assertThat(answer.message()).contains("rate limit"));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void serverErrorIsUnavailable() {
        server.enqueue(CalcomFixtures.json(500, "{\"statusCode\":500,\"message\":\"Internal server error\"}"));
        server.enqueue(CalcomFixtures.json(500, "{\"statusCode\":500,\"message\":\"Internal server error\"}"));

        assertThat(calendar.create(company, appointment, service, customer))
                .isInstanceOfSatisfying(
                        CalendarAnswer.Unavailable.class,
                        answer -> assertThat(answer.message()).contains("Internal server error"));
    }

    @Test
    void aTimeoutIsUnavailable() {
        Appointment synced = CalcomFixtures.appointment(company, service, customer, START, "slow-uid");
        server.enqueue(CalcomFixtures.tooSlow());
        server.enqueue(CalcomFixtures.error(500, "InternalServerErrorException", "down"));
        server.enqueue(CalcomFixtures.error(500, "InternalServerErrorException", "down"));
        server.enqueue(CalcomFixtures.error(500, "InternalServerErrorException", "down"));

        assertThat(calendar.reschedule(company, synced, appointment))
                .isInstanceOfSatisfying(
                        CalendarAnswer.Unavailable.class,
                        answer -> assertThat(answer.message()).contains("Timeout"));
        assertThat(log.entries.get(0).status()).isZero();
        assertThat(log.entries.get(0).error()).contains("Timeout");
    }

    @Test
    void everyRequestIsLoggedWithoutTheKey() {
        server.enqueue(CalcomFixtures.error(401, "UnauthorizedException", "Invalid API Key " + KEY_A));
        calendar.create(company, appointment, service, customer);
        server.enqueue(CalcomFixtures.json(200, "{\"status\":\"success\",\"data\":[]}"));
        calendar.eventTypes(company);

        assertThat(log.entries).hasSize(2);
        var create = log.entries.get(0);
        assertThat(create.companyId()).isEqualTo(company.id());
        assertThat(create.provider()).isEqualTo("calcom");
        assertThat(create.method()).isEqualTo("POST");
        assertThat(create.path()).isEqualTo("/v2/bookings");
        assertThat(create.status()).isEqualTo(401);
        assertThat(create.durationMs()).isNotNegative();
        assertThat(create.correlationId()).isEqualTo("corr-42");
        assertThat(create.at()).isEqualTo(NOW);
        assertThat(create.error()).contains("Invalid API Key");
        var list = log.entries.get(1);
        assertThat(list.method()).isEqualTo("GET");
        assertThat(list.path()).isEqualTo("/v2/event-types");
        assertThat(list.error()).isNull();
        assertThat(log.entries).allSatisfy(entry -> assertThat(entry.toString()).doesNotContain(KEY_A));
    }
}
