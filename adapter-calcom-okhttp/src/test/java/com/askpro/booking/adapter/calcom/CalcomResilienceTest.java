package com.askpro.booking.adapter.calcom;

import static com.askpro.booking.adapter.calcom.CalcomFixtures.EVENT_TYPE;
import static com.askpro.booking.adapter.calcom.CalcomFixtures.KEY_A;
import static com.askpro.booking.adapter.calcom.CalcomFixtures.KEY_B;
import static com.askpro.booking.adapter.calcom.CalcomFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.adapter.calcom.CalcomFixtures.MutableClock;
import com.askpro.booking.adapter.calcom.CalcomFixtures.RecordingCallLog;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.port.CalendarProvider.CalendarAnswer;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.Service;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CalcomResilienceTest {

    static final Instant START = Instant.parse("2050-09-05T07:00:00Z");
    static final String EVENT_TYPES =
            "{\"status\":\"success\",\"data\":[{\"id\":7,\"title\":\"Haircut\",\"slug\":\"haircut\","
                    + "\"lengthInMinutes\":30,\"locations\":[],\"bookingFields\":[]}]}";

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
        customer = CalcomFixtures.customer(company, null);
        appointment = CalcomFixtures.appointment(company, service, customer, START, null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aGetIsRetriedAfterA503() {
        server.enqueue(CalcomFixtures.error(503, "ServiceUnavailableException", "busy"));
        server.enqueue(CalcomFixtures.json(200, CalcomSlotsTest.DAY_SLOTS));

        LocalDate day = LocalDate.of(2050, 9, 5);
        assertThat(calendar.freeSlots(CalcomFixtures.query(company, service, day, day)))
                .hasSize(2);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(log.entries).extracting(entry -> entry.status()).containsExactly(503, 200);
    }

    @Test
    void aTimedOutCreateIsFoundByItsMetadataInsteadOfBeingPostedAgain() throws Exception {
        server.enqueue(CalcomFixtures.tooSlow());
        server.enqueue(bookingList(
                CalcomFixtures.bookingJson(
                        "someone-else", "accepted", "2050-09-05T07:00:00Z", "{\"askproAppointmentId\":\"another\"}"),
                CalcomFixtures.bookingJson(
                        "ours",
                        "accepted",
                        "2050-09-05T07:00:00Z",
                        "{\"askproAppointmentId\":\"" + appointment.id() + "\"}")));

        assertThat(calendar.create(company, appointment, service, customer))
                .isEqualTo(new CalendarAnswer.Accepted("ours"));

        assertThat(server.takeRequest().getMethod()).isEqualTo("POST");
        RecordedRequest lookup = server.takeRequest();
        assertThat(lookup.getMethod()).isEqualTo("GET");
        assertThat(lookup.getUrl().encodedPath()).isEqualTo("/v2/bookings");
        assertThat(lookup.getUrl().queryParameter("eventTypeId")).isEqualTo("7");
        assertThat(lookup.getUrl().queryParameter("afterStart")).isEqualTo("2050-09-05T06:59:00Z");
        assertThat(lookup.getHeaders().get("cal-api-version")).isEqualTo("2024-08-13");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aTimedOutCreateThatLeftNoBookingIsPostedExactlyOnceMore() throws Exception {
        server.enqueue(CalcomFixtures.tooSlow());
        server.enqueue(bookingList(CalcomFixtures.bookingJson(
                "cancelled-ours",
                "cancelled",
                "2050-09-05T07:00:00Z",
                "{\"askproAppointmentId\":\"" + appointment.id() + "\"}")));
        server.enqueue(CalcomFixtures.booking(
                201, "second-try", "2050-09-05T07:00:00Z", appointment.id().toString()));

        assertThat(calendar.create(company, appointment, service, customer))
                .isEqualTo(new CalendarAnswer.Accepted("second-try"));

        assertThat(List.of(
                        server.takeRequest().getMethod(),
                        server.takeRequest().getMethod(),
                        server.takeRequest().getMethod()))
                .containsExactly("POST", "GET", "POST");
    }

    @Test
    void aRetryRefusedAsTakenIsCheckedForOurOwnEarlierBooking() {
        server.enqueue(CalcomFixtures.error(502, "BadGatewayException", "bad gateway"));
        server.enqueue(bookingList());
        server.enqueue(CalcomFixtures.error(409, "ConflictException", "booking_conflict_error"));
        server.enqueue(bookingList(CalcomFixtures.bookingJson(
                "late-ours",
                "accepted",
                "2050-09-05T07:00:00Z",
                "{\"askproAppointmentId\":\"" + appointment.id() + "\"}")));

        assertThat(calendar.create(company, appointment, service, customer))
                .isEqualTo(new CalendarAnswer.Accepted("late-ours"));
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void theCircuitOpensAfterFiveFailuresAndThenAnswersWithoutCallingCalcom() {
        CalcomCalendar noRetries = calendarWithoutRetries();
        for (int i = 0; i < 5; i++) {
            server.enqueue(CalcomFixtures.error(503, "ServiceUnavailableException", "down"));
            assertThatThrownBy(() -> noRetries.eventTypes(company)).isInstanceOf(CalcomException.class);
        }

        assertThatThrownBy(() -> noRetries.eventTypes(company))
                .isInstanceOfSatisfying(
                        CalcomException.class,
                        e -> assertThat(e.answer())
                                .isInstanceOfSatisfying(
                                        CalendarAnswer.Unavailable.class,
                                        unavailable -> assertThat(unavailable.message())
                                                .contains("circuit open")));
        assertThat(noRetries.create(company, appointment, service, customer))
                .isInstanceOf(CalendarAnswer.Unavailable.class);
        assertThat(server.getRequestCount()).isEqualTo(5);
        assertThat(noRetries.circuitStates()).containsEntry(CalcomCalendar.fingerprint(KEY_A), "OPEN");
    }

    @Test
    void anOpenCircuitHalfOpensAfterItsDelayAndClosesAfterTwoSuccesses() throws Exception {
        CalcomCalendar noRetries = calendarWithoutRetries();
        openCircuit(noRetries, company);
        String fingerprint = CalcomCalendar.fingerprint(KEY_A);

        Thread.sleep(80); // the test circuit's open delay is 50 ms
        assertThat(noRetries.circuitStates()).containsEntry(fingerprint, "HALF_OPEN");
        server.enqueue(CalcomFixtures.json(200, EVENT_TYPES));
        server.enqueue(CalcomFixtures.json(200, EVENT_TYPES));

        assertThat(noRetries.eventTypes(company)).containsExactly(new CalcomEventType(7, "Haircut", "haircut", 30));
        assertThat(noRetries.circuitStates()).containsEntry(fingerprint, "HALF_OPEN");
        noRetries.eventTypes(company);
        assertThat(noRetries.circuitStates()).containsEntry(fingerprint, "CLOSED");
        RecordedRequest last = lastRequest();
        assertThat(last.getTarget()).isEqualTo("/v2/event-types");
        assertThat(last.getHeaders().get("cal-api-version")).isEqualTo("2024-06-14");
    }

    @Test
    void oneTenantsOpenCircuitDoesNotStopAnother() {
        CalcomCalendar noRetries = new CalcomCalendar(
                CalcomFixtures.testConfig(server)
                        .withRetries(0, Duration.ofMillis(1), Duration.ofMillis(5))
                        .withCircuit(5, Duration.ofMinutes(1), 2),
                log,
                new MutableClock(NOW),
                () -> null);
        Company other = CalcomFixtures.company(KEY_B);
        openCircuit(noRetries, company);
        server.enqueue(CalcomFixtures.json(200, EVENT_TYPES));

        assertThat(noRetries.eventTypes(other)).hasSize(1);
        assertThat(noRetries.circuitStates())
                .containsEntry(CalcomCalendar.fingerprint(KEY_A), "OPEN")
                .containsEntry(CalcomCalendar.fingerprint(KEY_B), "CLOSED");
        assertThat(noRetries.circuitStates().toString()).doesNotContain(KEY_A).doesNotContain(KEY_B);
    }

    private void openCircuit(CalcomCalendar target, Company tenant) {
        for (int i = 0; i < 5; i++) {
            server.enqueue(CalcomFixtures.error(500, "InternalServerErrorException", "down"));
            assertThatThrownBy(() -> target.eventTypes(tenant)).isInstanceOf(CalcomException.class);
        }
        assertThat(target.circuitStates())
                .containsEntry(CalcomCalendar.fingerprint(tenant.calcomKey().orElseThrow()), "OPEN");
    }

    private CalcomCalendar calendarWithoutRetries() {
        return new CalcomCalendar(
                CalcomFixtures.testConfig(server).withRetries(0, Duration.ofMillis(1), Duration.ofMillis(5)),
                log,
                new MutableClock(NOW),
                () -> null);
    }

    private RecordedRequest lastRequest() throws InterruptedException {
        RecordedRequest last = null;
        for (int i = server.getRequestCount(); i > 0; i--) {
            last = server.takeRequest();
        }
        return last;
    }

    private static MockResponse bookingList(String... bookings) {
        return CalcomFixtures.json(
                200,
                "{\"status\":\"success\",\"data\":[" + String.join(",", bookings) + "],"
                        + "\"pagination\":{\"totalItems\":" + bookings.length + ",\"hasNextPage\":false}}");
    }
}
