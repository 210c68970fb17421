package com.askpro.booking.adapter.calcom;

import static com.askpro.booking.adapter.calcom.CalcomFixtures.EVENT_TYPE;
import static com.askpro.booking.adapter.calcom.CalcomFixtures.KEY_A;
import static com.askpro.booking.adapter.calcom.CalcomFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.adapter.calcom.CalcomFixtures.MutableClock;
import com.askpro.booking.adapter.calcom.CalcomFixtures.RecordingCallLog;
import com.askpro.booking.domain.availability.AvailableSlot;
import com.askpro.booking.domain.port.CalendarProvider.CalendarAnswer;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.Service;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CalcomSlotsTest {

    static final LocalDate DAY = LocalDate.of(2050, 9, 5);
    static final String DAY_SLOTS = "{\"status\":\"success\",\"data\":{"
            + "\"2050-09-04\":[{\"start\":\"2050-09-04T23:30:00.000+02:00\",\"end\":\"2050-09-05T00:00:00.000+02:00\"}],"
            + "\"2050-09-05\":[{\"start\":\"2050-09-05T09:30:00.000+02:00\",\"end\":\"2050-09-05T10:00:00.000+02:00\"},"
            + "{\"start\":\"2050-09-05T09:00:00.000+02:00\",\"end\":\"2050-09-05T09:30:00.000+02:00\",\"seatsRemaining\":2}],"
            + "\"2050-09-06\":[{\"start\":\"2050-09-06T00:00:00.000+02:00\",\"end\":\"2050-09-06T00:30:00.000+02:00\"}]}}";

    final MockWebServer server = new MockWebServer();
    final MutableClock clock = new MutableClock(NOW);
    final RecordingCallLog log = new RecordingCallLog();
    CalcomCalendar calendar;
    Company company;
    Service service;

    @BeforeEach
    void start() throws Exception {
        server.start();
        calendar = CalcomFixtures.calendar(server, clock, log);
        company = CalcomFixtures.company(KEY_A);
        service = CalcomFixtures.service(company, EVENT_TYPE);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void rangeSlotsAreMappedAndKeptToTheRequestedLocalDay() throws Exception {
        server.enqueue(CalcomFixtures.json(200, DAY_SLOTS));

        List<AvailableSlot> slots = calendar.freeSlots(CalcomFixtures.query(company, service, DAY, DAY));

        assertThat(slots)
                .extracting(slot -> slot.slot().start())
                .containsExactly(Instant.parse("2050-09-05T07:00:00Z"), Instant.parse("2050-09-05T07:30:00Z"));
        assertThat(slots.get(0).slot().end()).isEqualTo(Instant.parse("2050-09-05T07:30:00Z"));
        assertThat(slots).allSatisfy(slot -> assertThat(slot.staffId()).isNull());

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/slots");
        assertThat(request.getUrl().queryParameter("start")).isEqualTo("2050-09-04T22:00:00Z");
        assertThat(request.getUrl().queryParameter("end")).isEqualTo("2050-09-05T21:59:59Z");
        assertThat(request.getUrl().queryParameter("eventTypeId")).isEqualTo("7");
        assertThat(request.getUrl().queryParameter("timeZone")).isEqualTo("Europe/Berlin");
        assertThat(request.getUrl().queryParameter("format")).isEqualTo("range");
        assertThat(request.getHeaders().get("cal-api-version")).isEqualTo("2024-09-04");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY_A);
        assertThat(request.getHeaders().get("X-Request-Id")).isEqualTo("corr-42");
    }

    @Test
    void emptyDataMeansNothingIsFree() {
        server.enqueue(CalcomFixtures.json(200, "{\"status\":\"success\",\"data\":{}}"));

        assertThat(calendar.freeSlots(CalcomFixtures.query(company, service, DAY, DAY.plusDays(2))))
                .isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aSecondLookupOfTheSameDaysIsServedFromTheCache() {
        server.enqueue(CalcomFixtures.json(200, DAY_SLOTS));
        List<AvailableSlot> first = calendar.freeSlots(CalcomFixtures.query(company, service, DAY, DAY.plusDays(1)));

        List<AvailableSlot> again = calendar.freeSlots(CalcomFixtures.query(company, service, DAY, DAY.plusDays(1)));
        List<AvailableSlot> nextDayOnly =
                calendar.freeSlots(CalcomFixtures.query(company, service, DAY.plusDays(1), DAY.plusDays(1)));

        assertThat(again).isEqualTo(first).hasSize(3);
        assertThat(nextDayOnly)
                .extracting(slot -> slot.slot().start())
                .containsExactly(Instant.parse("2050-09-05T22:00:00Z"));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(log.entries).hasSize(1);
    }

    @Test
    void cachedDaysExpireAfterFiveMinutes() {
        server.enqueue(CalcomFixtures.json(200, DAY_SLOTS));
        server.enqueue(CalcomFixtures.json(200, "{\"status\":\"success\",\"data\":{}}"));
        calendar.freeSlots(CalcomFixtures.query(company, service, DAY, DAY));

        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(calendar.freeSlots(CalcomFixtures.query(company, service, DAY, DAY)))
                .hasSize(2);
        assertThat(server.getRequestCount()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(calendar.freeSlots(CalcomFixtures.query(company, service, DAY, DAY)))
                .isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void invalidatingADayFetchesItAgain() {
        server.enqueue(CalcomFixtures.json(200, DAY_SLOTS));
        server.enqueue(CalcomFixtures.json(200, "{\"status\":\"success\",\"data\":{}}"));
        calendar.freeSlots(CalcomFixtures.query(company, service, DAY, DAY));

        calendar.invalidate(company.id(), EVENT_TYPE + 1, DAY);
        calendar.freeSlots(CalcomFixtures.query(company, service, DAY, DAY));
        assertThat(server.getRequestCount()).isEqualTo(1);

        calendar.invalidate(company.id(), EVENT_TYPE, DAY);
        assertThat(calendar.freeSlots(CalcomFixtures.query(company, service, DAY, DAY)))
                .isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void ourOwnBookingInvalidatesItsDay() {
        server.enqueue(CalcomFixtures.json(200, DAY_SLOTS));
        server.enqueue(CalcomFixtures.booking(201, "uid-1", "2050-09-05T07:00:00Z", null));
        server.enqueue(CalcomFixtures.json(200, DAY_SLOTS));
        calendar.freeSlots(CalcomFixtures.query(company, service, DAY, DAY));

        var customer = CalcomFixtures.customer(company, null);
        calendar.create(
                company,
                CalcomFixtures.appointment(company, service, customer, Instant.parse("2050-09-05T07:00:00Z"), null),
                service,
                customer);
        calendar.freeSlots(CalcomFixtures.query(company, service, DAY, DAY));

        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void slotsAlreadyPastAreDropped() {
        server.enqueue(CalcomFixtures.json(200, DAY_SLOTS));
        var late = new com.askpro.booking.domain.port.CalendarProvider.SlotQuery(
                company,
                CalcomFixtures.branch(company),
                service,
                List.of(),
                DAY,
                DAY,
                Instant.parse("2050-09-05T07:15:00Z"));

        assertThat(calendar.freeSlots(late))
                .extracting(slot -> slot.slot().start())
                .containsExactly(Instant.parse("2050-09-05T07:30:00Z"));
    }

    @Test
    void missingCalcomSetupIsRejectedWithoutAnyRequest() {
        Company noKey = CalcomFixtures.company(null);
        Service noEventType = CalcomFixtures.service(company, null);

        assertThatThrownBy(() -> calendar.freeSlots(CalcomFixtures.query(noKey, service, DAY, DAY)))
                .isInstanceOfSatisfying(
                        CalcomException.class,
                        e -> assertThat(e.answer())
                                .isEqualTo(new CalendarAnswer.Rejected("company 'Salon Rosa' has no Cal.com API key")));
        assertThatThrownBy(() -> calendar.freeSlots(CalcomFixtures.query(company, noEventType, DAY, DAY)))
                .isInstanceOfSatisfying(
                        CalcomException.class, e -> assertThat(e.isTransient()).isFalse())
                .hasMessageContaining("no Cal.com event type id");
        var customer = CalcomFixtures.customer(company, null);
        var appointment =
                CalcomFixtures.appointment(company, service, customer, Instant.parse("2050-09-05T07:00:00Z"), "u");
        assertThat(calendar.create(company, appointment, noEventType, customer))
                .isEqualTo(new CalendarAnswer.Rejected("service 'Haircut' has no Cal.com event type id"));
        assertThat(calendar.cancel(noKey, appointment, "x")).isInstanceOf(CalendarAnswer.Rejected.class);
        assertThat(calendar.reschedule(noKey, appointment, appointment)).isInstanceOf(CalendarAnswer.Rejected.class);
        assertThat(server.getRequestCount()).isZero();
        assertThat(log.entries).isEmpty();
    }
}
