package com.askpro.booking.adapter.calcom;

import static com.askpro.booking.adapter.calcom.CalcomFixtures.EVENT_TYPE;
import static com.askpro.booking.adapter.calcom.CalcomFixtures.KEY_A;
import static com.askpro.booking.adapter.calcom.CalcomFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.adapter.calcom.CalcomFixtures.MutableClock;
import com.askpro.booking.adapter.calcom.CalcomFixtures.RecordingCallLog;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.Service;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every request body the adapter sends validates against the official Cal.com schemas. */
class CalcomContractTest {

    static final Instant START = Instant.parse("2050-09-05T07:00:00Z");

    final MockWebServer server = new MockWebServer();
    CalcomCalendar calendar;
    Company company;
    Service service;
    OpenApiBodyCheck schemas;

    @BeforeEach
    void start() throws Exception {
        server.start();
        calendar = CalcomFixtures.calendar(server, new MutableClock(NOW), new RecordingCallLog());
        company = CalcomFixtures.company(KEY_A);
        service = CalcomFixtures.service(company, EVENT_TYPE);
        schemas = new OpenApiBodyCheck();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void createBodiesWithAndWithoutEmailMatchTheSchema() throws Exception {
        for (String email : new String[] {"jane@example.com", null}) {
            Customer customer = CalcomFixtures.customer(company, email);
            server.enqueue(CalcomFixtures.booking(201, "uid", "2050-09-05T07:00:00Z", null));
            calendar.create(
                    company, CalcomFixtures.appointment(company, service, customer, START, null), service, customer);

            assertThat(schemas.violations("POST /v2/bookings", sentBody())).isEmpty();
        }
    }

    @Test
    void rescheduleAndCancelBodiesMatchTheSchema() throws Exception {
        Customer customer = CalcomFixtures.customer(company, null);
        Appointment synced = CalcomFixtures.appointment(company, service, customer, START, "uid");
        Appointment moved =
                CalcomFixtures.appointment(company, service, customer, START.plus(Duration.ofHours(1)), null);
        server.enqueue(CalcomFixtures.booking(201, "new", "2050-09-05T08:00:00Z", null));
        server.enqueue(CalcomFixtures.booking(200, "uid", "2050-09-05T07:00:00Z", null));
        server.enqueue(CalcomFixtures.booking(200, "uid", "2050-09-05T07:00:00Z", null));

        calendar.reschedule(company, synced, moved);
        assertThat(schemas.violations("POST /v2/bookings/{bookingUid}/reschedule", sentBody()))
                .isEmpty();
        calendar.cancel(company, synced, "Caller cancelled");
        assertThat(schemas.violations("POST /v2/bookings/{bookingUid}/cancel", sentBody()))
                .isEmpty();
        calendar.cancel(company, synced, null);
        JsonNode empty = sentBody();
        assertThat(empty.size()).isZero();
        assertThat(schemas.violations("POST /v2/bookings/{bookingUid}/cancel", empty))
                .isEmpty();
    }

    @Test
    void theCheckItselfCatchesUndeclaredAndMissingFields() throws Exception {
        JsonNode bad = CalcomJson.MAPPER.readTree(
                "{\"start\":\"2050-09-05T07:00:00Z\",\"eventTypeId\":7,"
                        + "\"attendee\":{\"name\":\"x\",\"timeZone\":\"Europe/Berlin\",\"nickname\":\"y\"},\"appointment\":\"z\"}");
        JsonNode missing = CalcomJson.MAPPER.readTree("{\"eventTypeId\":7}");

        assertThat(schemas.violations("POST /v2/bookings", bad).toString())
                .contains("nickname")
                .contains("appointment");
        assertThat(schemas.violations("POST /v2/bookings", missing).toString()).contains("missing required start");
    }

    private JsonNode sentBody() throws Exception {
        return CalcomJson.MAPPER.readTree(server.takeRequest().getBody().utf8());
    }
}
