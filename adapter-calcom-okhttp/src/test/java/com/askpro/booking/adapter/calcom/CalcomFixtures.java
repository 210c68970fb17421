package com.askpro.booking.adapter.calcom;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.ApiCallLog;
import com.askpro.booking.domain.port.CalendarProvider.SlotQuery;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.Language;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.WorkingHours;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Test data and doubles shared by the Cal.com adapter tests. */
final class CalcomFixtures {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String KEY_A = "cal_test_tenant_a_secret_key";
    static final String KEY_B = "cal_test_tenant_b_secret_key";
    static final long EVENT_TYPE = 7L;
    static final Instant NOW = Instant.parse("2050-09-01T08:00:00Z");

    private CalcomFixtures() {}

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** Keeps every api call log entry. */
    static final class RecordingCallLog implements ApiCallLog {
        final List<Entry> entries = new CopyOnWriteArrayList<>();

        @Override
        public void record(Entry entry) {
            entries.add(entry);
        }
    }

    /** Short delays so retries and the half-open circuit take milliseconds. */
    static CalcomConfig testConfig(MockWebServer server) {
        return CalcomConfig.defaults()
                .withBaseUrl(server.url("/").toString())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300))
                .withRetries(2, Duration.ofMillis(1), Duration.ofMillis(5))
                .withCircuit(5, Duration.ofMillis(50), 2);
    }

    static CalcomCalendar calendar(MockWebServer server, Clock clock, ApiCallLog log) {
        return new CalcomCalendar(testConfig(server), log, clock, () -> "corr-42");
    }

    static Company company(String key) {
        return Company.create(CompanyId.newId(), "Salon Rosa", "DE", BERLIN, Language.DE)
                .withCalcomKey(key);
    }

    static Branch branch(Company company) {
        return Branch.open(BranchId.newId(), company.id(), "Mitte", BERLIN, WorkingHours.closed());
    }

    static Service service(Company company, Long eventTypeId) {
        return new Service(
                ServiceId.newId(),
                company.id(),
                null,
                "Haircut",
                Duration.ofMinutes(30),
                Duration.ZERO,
                List.of(),
                eventTypeId,
                true);
    }

    static Customer customer(Company company, String email) {
        return Customer.register(
                CustomerId.newId(), company.id(), PhoneNumber.parse("+493083793369"), "Jane Caller", email, NOW);
    }

    static Appointment appointment(
            Company company, Service service, Customer customer, Instant start, String externalUid) {
        Appointment booked = Appointment.book(
                AppointmentId.newId(),
                new Appointment.Request(
                        company.id(),
                        BranchId.newId(),
                        service.id(),
                        null,
                        customer.id(),
                        TimeSlot.of(start, Duration.ofMinutes(30)),
                        Duration.ZERO,
                        BERLIN,
                        null,
                        null),
                true,
                NOW);
        return externalUid == null
                ? booked
                : booked.markSynced(externalUid, NOW).orElseThrow();
    }

    static SlotQuery query(Company company, Service service, LocalDate from, LocalDate to) {
        return new SlotQuery(company, branch(company), service, List.of(), from, to, NOW);
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    static MockResponse error(int code, String exception, String message) {
        return json(
                code,
                "{\"status\":\"error\",\"timestamp\":\"2050-09-05T07:00:00.000Z\",\"path\":\"/v2/bookings\","
                        + "\"error\":{\"code\":\"" + exception + "\",\"message\":\"" + message + "\"}}");
    }

    static MockResponse booking(int code, String uid, String start, String metadataAppointmentId) {
        String metadata =
                metadataAppointmentId == null ? "{}" : "{\"askproAppointmentId\":\"" + metadataAppointmentId + "\"}";
        return json(code, "{\"status\":\"success\",\"data\":" + bookingJson(uid, "accepted", start, metadata) + "}");
    }

    static String bookingJson(String uid, String status, String start, String metadata) {
        Instant begin = Instant.parse(start);
        return "{\"id\":91,\"uid\":\"" + uid + "\",\"title\":\"Haircut\",\"status\":\"" + status + "\",\"start\":\""
                + begin + "\",\"end\":\"" + begin.plus(Duration.ofMinutes(30)) + "\",\"duration\":30,\"eventTypeId\":7,"
                + "\"metadata\":" + metadata + ",\"attendees\":[],\"hosts\":[]}";
    }

    /** A response that arrives long after the client's 300 ms read timeout. */
    static MockResponse tooSlow() {
        return new MockResponse.Builder()
                .code(200)
                .body("{}")
                .headersDelay(1, TimeUnit.SECONDS)
                .build();
    }
}
