package com.askpro.booking.adapter.calcom;

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
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cal.com accepts a booking but answers after our read timeout (issue 13's outage). A stateful stub
 * stores every booking it is sent and records every request; whatever happens, Cal.com must end
 * up with exactly one booking per appointment (one POST), and the create that follows an unknown
 * outcome adopts it by our metadata.
 */
class CalcomLateAnswerTest {

    static final Instant START = Instant.parse("2050-09-05T07:00:00Z");

    final CalcomStub stub = new CalcomStub();
    final MockWebServer server = new MockWebServer();
    CalcomCalendar calendar;
    Company company;
    Service service;
    Customer customer;
    Appointment appointment;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(stub);
        server.start();
        calendar = CalcomFixtures.calendar(server, new MutableClock(NOW), new RecordingCallLog());
        company = CalcomFixtures.company(KEY_A);
        service = CalcomFixtures.service(company, CalcomFixtures.EVENT_TYPE);
        customer = CalcomFixtures.customer(company, "jane@example.com");
        appointment = CalcomFixtures.appointment(company, service, customer, START, null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aCreateThatTimesOutAfterCalcomBookedIsAdoptedNotPostedAgain() {
        stub.answerLate.set(true);

        CalendarAnswer answer = calendar.create(company, appointment, service, customer);

        assertThat(answer).isInstanceOf(CalendarAnswer.Accepted.class);
        assertThat(((CalendarAnswer.Accepted) answer).externalUid())
                .isEqualTo(stub.bookings.get(0).uid());
        assertThat(stub.posts()).isEqualTo(1);
        assertThat(stub.methods()).containsExactly("POST", "GET");
    }

    @Test
    void duringAnOutageTheLaterSyncLooksTheBookingUpAndAdoptsIt() {
        stub.answerLate.set(true);
        stub.listingFails.set(true);

        CalendarAnswer first = calendar.create(company, appointment, service, customer);
        assertThat(first).isInstanceOf(CalendarAnswer.Unavailable.class);
        assertThat(stub.bookings).hasSize(1);

        // The outage is over; the background sync pushes the still-pending appointment again.
        stub.answerLate.set(false);
        stub.listingFails.set(false);
        CalendarAnswer again = calendar.createAgain(company, appointment, service, customer);

        assertThat(again)
                .isEqualTo(new CalendarAnswer.Accepted(stub.bookings.get(0).uid()));
        assertThat(stub.bookings).hasSize(1);
        assertThat(stub.posts()).isEqualTo(1);
    }

    @Test
    void aSyncStillDuringTheOutagePostsNothing() {
        stub.answerLate.set(true);
        stub.listingFails.set(true);
        calendar.create(company, appointment, service, customer);

        CalendarAnswer again = calendar.createAgain(company, appointment, service, customer);

        assertThat(again).isInstanceOf(CalendarAnswer.Unavailable.class);
        assertThat(stub.posts()).isEqualTo(1);
    }

    @Test
    void aCreateAgainForABookingThatNeverArrivedLooksFirstThenPostsOnce() {
        CalendarAnswer again = calendar.createAgain(company, appointment, service, customer);

        assertThat(again)
                .isEqualTo(new CalendarAnswer.Accepted(stub.bookings.get(0).uid()));
        assertThat(stub.methods()).containsExactly("GET", "POST");
    }

    /** A tiny Cal.com: stores bookings from POST /v2/bookings, lists them on GET /v2/bookings. */
    static final class CalcomStub extends Dispatcher {
        record Stored(String uid, String start, String appointmentId) {}

        final List<Stored> bookings = new CopyOnWriteArrayList<>();
        final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
        final AtomicBoolean answerLate = new AtomicBoolean();
        final AtomicBoolean listingFails = new AtomicBoolean();

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            requests.add(request);
            String path = request.getUrl().encodedPath();
            if ("POST".equals(request.getMethod()) && path.equals("/v2/bookings")) {
                JsonNode body;
                try {
                    body = CalcomJson.MAPPER.readTree(request.getBody().utf8());
                } catch (IOException e) {
                    return CalcomFixtures.error(400, "BadRequestException", "bad json");
                }
                Stored stored = new Stored(
                        "uid-" + (bookings.size() + 1),
                        body.get("start").asText(),
                        body.at("/metadata/askproAppointmentId").asText());
                bookings.add(stored);
                MockResponse.Builder response = new MockResponse.Builder()
                        .code(201)
                        .addHeader("Content-Type", "application/json")
                        .body("{\"status\":\"success\",\"data\":" + json(stored) + "}");
                if (answerLate.get()) {
                    response.headersDelay(1, TimeUnit.SECONDS); // after the client's 300 ms read timeout
                }
                return response.build();
            }
            if ("GET".equals(request.getMethod()) && path.equals("/v2/bookings")) {
                if (listingFails.get()) {
                    return CalcomFixtures.error(503, "ServiceUnavailableException", "down");
                }
                StringBuilder data = new StringBuilder();
                for (Stored stored : bookings) {
                    data.append(data.isEmpty() ? "" : ",").append(json(stored));
                }
                return CalcomFixtures.json(200, "{\"status\":\"success\",\"data\":[" + data + "]}");
            }
            return CalcomFixtures.error(404, "NotFoundException", "no such route in the stub");
        }

        int posts() {
            return (int)
                    requests.stream().filter(r -> r.getMethod().equals("POST")).count();
        }

        List<String> methods() {
            return requests.stream().map(RecordedRequest::getMethod).toList();
        }

        private static String json(Stored stored) {
            return CalcomFixtures.bookingJson(
                    stored.uid(),
                    "accepted",
                    stored.start(),
                    "{\"askproAppointmentId\":\"" + stored.appointmentId() + "\"}");
        }
    }
}
