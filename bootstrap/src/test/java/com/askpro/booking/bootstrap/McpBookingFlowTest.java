package com.askpro.booking.bootstrap;

import static com.askpro.booking.bootstrap.McpClients.call;
import static com.askpro.booking.bootstrap.McpClients.structured;
import static com.askpro.booking.bootstrap.McpClients.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.application.admin.ApiKeySecrets;
import com.askpro.booking.domain.access.ApiKeyRole;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.appointment.AppointmentStatus;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.AuditLog;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.Language;
import com.askpro.booking.domain.tenant.TenantContext;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 17: the booking tools over real HTTP with the MCP SDK's client — a whole conversation
 * (services → availability → book → find → reschedule → cancel) on the same use cases as the
 * Retell functions, idempotency keys, tenant and customer isolation, read-only keys, audit and
 * metrics, and a hundred agents racing for one slot: exactly one appointment.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class McpBookingFlowTest {

    private static final String CUSTOMER = "+49 151 23456789";

    RunningServer app;
    String adminKey;
    String readKey;
    String otherTenantKey;

    /** The database to run on; the embedded one here, PostgreSQL in a subclass. */
    Map<String, String> database() throws Exception {
        return Map.of();
    }

    void dropDatabase() throws Exception {}

    @BeforeAll
    void start() throws Exception {
        app = RunningServer.start(
                Clock.fixed(BookingFunctionsFlowTest.NOW, ZoneOffset.UTC),
                Server.SWEEP_INTERVAL,
                Files.createTempDirectory("askpro-mcp-booking"),
                database());
        adminKey = key(app.demoTenant(), ApiKeyRole.TENANT_ADMIN);
        readKey = key(app.demoTenant(), ApiKeyRole.TENANT_READ);
        Company other = app.db()
                .companies()
                .add(Company.create(CompanyId.newId(), "Other Salon", "DE", ZoneId.of("Europe/Berlin"), Language.DE));
        otherTenantKey = key(other.tenant(), ApiKeyRole.TENANT_ADMIN);
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        dropDatabase();
    }

    private String key(TenantContext tenant, ApiKeyRole role) {
        return AdminWiring.apiKeys(app.db(), app.clock())
                .store(tenant, role, "mcp-test", ApiKeySecrets.generate())
                .secret();
    }

    private static Map<String, Object> args(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private Appointment stored(Object id) {
        return app.db()
                .appointments()
                .find(app.demoTenant(), AppointmentId.parse((String) id))
                .orElseThrow();
    }

    @Test
    void aWholeConversationBooksFindsMovesAndCancels() {
        try (McpSyncClient agent = McpClients.connect(app.port(), adminKey)) {
            agent.initialize();
            McpSchema.CallToolResult services = call(agent, "list_services", Map.of());
            assertThat(services.isError()).isFalse();
            assertThat(structured(services).get("services").toString()).contains("Haarschnitt", "duration_minutes=30");

            McpSchema.CallToolResult check = call(
                    agent,
                    "check_availability",
                    args("service", "haare schneiden", "date", "2027-03-30", "time", "10:00"));
            assertThat(check.isError()).isFalse();
            assertThat(structured(check)).containsEntry("available", true).containsEntry("service", "Haarschnitt");
            assertThat(structured(check).get("slots").toString()).contains("2027-03-30T10:00:00+02:00");

            Map<String, Object> booking = args(
                    "service",
                    "Haarschnitt",
                    "date",
                    "2027-03-30",
                    "time",
                    "10:00",
                    "staff",
                    "Anna",
                    "customer_name",
                    "Erika Mustermann",
                    "customer_phone",
                    CUSTOMER,
                    "idempotency_key",
                    "conversation-1");
            McpSchema.CallToolResult booked = call(agent, "book_appointment", booking);
            assertThat(booked.isError()).as(text(booked)).isFalse();
            assertThat(structured(booked))
                    .containsEntry("booked", true)
                    .containsEntry("start", "2027-03-30T10:00:00+02:00")
                    .containsEntry("end", "2027-03-30T10:30:00+02:00")
                    .containsEntry("staff", "Anna");
            Object first = structured(booked).get("appointment_id");
            assertThat(text(booked)).contains("Booked", "Haarschnitt");

            McpSchema.CallToolResult again = call(agent, "book_appointment", booking);
            assertThat(again.isError()).isFalse();
            assertThat(structured(again)).containsEntry("appointment_id", first).containsEntry("repeated", true);
            Map<String, Object> otherTime = new HashMap<>(booking);
            otherTime.put("time", "12:00");
            McpSchema.CallToolResult reused = call(agent, "book_appointment", otherTime);
            assertThat(reused.isError()).isTrue();
            assertThat(structured(reused)).containsEntry("argument", "idempotency_key");

            McpSchema.CallToolResult overlapping = call(
                    agent,
                    "book_appointment",
                    args(
                            "service",
                            "Haarschnitt",
                            "date",
                            "2027-03-30",
                            "time",
                            "10:00",
                            "staff",
                            "Ben",
                            "customer_name",
                            "Erika Mustermann",
                            "customer_phone",
                            CUSTOMER));
            assertThat(overlapping.isError()).as(text(overlapping)).isFalse();
            assertThat(structured(overlapping))
                    .containsEntry("booked", false)
                    .containsEntry("reason", "customer_already_booked");

            McpSchema.CallToolResult taken = call(
                    agent,
                    "book_appointment",
                    args(
                            "service",
                            "Haarschnitt",
                            "date",
                            "2027-03-30",
                            "time",
                            "10:00",
                            "staff",
                            "Anna",
                            "customer_name",
                            "Max",
                            "customer_phone",
                            "+49 151 99999999"));
            assertThat(taken.isError()).isFalse();
            assertThat(structured(taken)).containsEntry("booked", false).containsEntry("reason", "slot_taken");
            assertThat((List<?>) structured(taken).get("alternatives")).isNotEmpty();

            McpSchema.CallToolResult found = call(agent, "find_appointments", args("customer_phone", "0151 23456789"));
            assertThat(found.isError()).isFalse();
            assertThat(structured(found).get("appointments").toString())
                    .contains(first.toString(), "Haarschnitt", "2027-03-30T10:00:00+02:00");

            McpSchema.CallToolResult moved = call(
                    agent,
                    "reschedule_appointment",
                    args("customer_phone", CUSTOMER, "appointment_id", first, "date", "2027-03-30", "time", "15:00"));
            assertThat(moved.isError()).as(text(moved)).isFalse();
            assertThat(structured(moved))
                    .containsEntry("rescheduled", true)
                    .containsEntry("start", "2027-03-30T15:00:00+02:00");
            Object second = structured(moved).get("appointment_id");
            assertThat(stored(first).status()).isEqualTo(AppointmentStatus.RESCHEDULED);

            McpSchema.CallToolResult cancelled = call(
                    agent,
                    "cancel_appointment",
                    args("customer_phone", CUSTOMER, "appointment_id", second, "reason", "customer asked"));
            assertThat(cancelled.isError()).as(text(cancelled)).isFalse();
            assertThat(structured(cancelled)).containsEntry("cancelled", true).containsEntry("appointment_id", second);
            assertThat(stored(second).status()).isEqualTo(AppointmentStatus.CANCELLED);
            assertThat(call(agent, "cancel_appointment", args("customer_phone", CUSTOMER, "appointment_id", second))
                            .isError())
                    .as("cancelling again is a no-op")
                    .isFalse();
        }
        List<AuditLog.Entry> audit = app.db().auditLog().recent(app.demo().id(), 100);
        assertThat(audit)
                .extracting(AuditLog.Entry::action)
                .contains("mcp.book_appointment", "mcp.reschedule_appointment", "mcp.cancel_appointment");
        assertThat(audit).extracting(AuditLog.Entry::detail).contains("outcome: booked", "outcome: repeated");
        assertThat(app.metric("askpro_mcp_tool_calls_total", "tool=\"book_appointment\"", "outcome=\"booked\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(app.metric("askpro_mcp_tool_calls_total", "tool=\"book_appointment\"", "outcome=\"slot_taken\""))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void appointmentsOfAnotherTenantOrAnotherCustomerAreNotFound() {
        String id;
        try (McpSyncClient agent = McpClients.connect(app.port(), adminKey)) {
            agent.initialize();
            McpSchema.CallToolResult booked = call(
                    agent,
                    "book_appointment",
                    args(
                            "service",
                            "Beratung",
                            "date",
                            "2027-03-29",
                            "time",
                            "09:00",
                            "customer_name",
                            "Erika",
                            "customer_phone",
                            "+49 151 11112222"));
            assertThat(structured(booked)).containsEntry("booked", true);
            id = (String) structured(booked).get("appointment_id");

            McpSchema.CallToolResult otherCustomer =
                    call(agent, "cancel_appointment", args("customer_phone", "+49 151 33334444", "appointment_id", id));
            assertThat(otherCustomer.isError()).isTrue();
            assertThat(structured(otherCustomer)).containsEntry("error", "not_found");
        }
        try (McpSyncClient foreign = McpClients.connect(app.port(), otherTenantKey)) {
            foreign.initialize();
            Map<String, Map<String, Object>> attempts = Map.of(
                    "cancel_appointment", args("customer_phone", "+49 151 11112222", "appointment_id", id),
                    "reschedule_appointment",
                            args(
                                    "customer_phone",
                                    "+49 151 11112222",
                                    "appointment_id",
                                    id,
                                    "date",
                                    "2027-03-29",
                                    "time",
                                    "10:00"));
            for (String tool : attempts.keySet()) {
                McpSchema.CallToolResult answer = call(foreign, tool, attempts.get(tool));
                assertThat(answer.isError()).as(tool).isTrue();
                assertThat(structured(answer)).as(tool).containsEntry("error", "not_found");
            }
            assertThat(structured(call(foreign, "find_appointments", args("customer_phone", "+49 151 11112222")))
                            .get("appointments"))
                    .isEqualTo(List.of());
        }
        assertThat(stored(id).status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void readOnlyKeysMayCheckButNotBookAndBadBookingArgumentsAreToolErrors() {
        try (McpSyncClient viewer = McpClients.connect(app.port(), readKey)) {
            viewer.initialize();
            assertThat(call(viewer, "check_availability", args("service", "Beratung", "date", "2027-03-29"))
                            .isError())
                    .isFalse();
            McpSchema.CallToolResult refused = call(
                    viewer,
                    "book_appointment",
                    args(
                            "service",
                            "Beratung",
                            "date",
                            "2027-03-29",
                            "time",
                            "11:00",
                            "customer_name",
                            "Erika",
                            "customer_phone",
                            CUSTOMER));
            assertThat(refused.isError()).isTrue();
            assertThat(structured(refused)).containsEntry("error", "forbidden");
        }
        try (McpSyncClient agent = McpClients.connect(app.port(), adminKey)) {
            agent.initialize();
            Map<String, Map<String, Object>> bad = Map.of(
                    "service",
                            args(
                                    "service",
                                    "Zahnreinigung",
                                    "date",
                                    "2027-03-29",
                                    "time",
                                    "11:00",
                                    "customer_name",
                                    "E",
                                    "customer_phone",
                                    CUSTOMER),
                    "customer_phone",
                            args(
                                    "service",
                                    "Beratung",
                                    "date",
                                    "2027-03-29",
                                    "time",
                                    "11:00",
                                    "customer_name",
                                    "E",
                                    "customer_phone",
                                    "not a number"),
                    "time",
                            args(
                                    "service",
                                    "Beratung",
                                    "date",
                                    "2027-03-29",
                                    "time",
                                    "25:99",
                                    "customer_name",
                                    "E",
                                    "customer_phone",
                                    CUSTOMER),
                    "customer_name",
                            args(
                                    "service",
                                    "Beratung",
                                    "date",
                                    "2027-03-29",
                                    "time",
                                    "11:00",
                                    "customer_phone",
                                    CUSTOMER),
                    "staff",
                            args(
                                    "service",
                                    "Beratung",
                                    "date",
                                    "2027-03-29",
                                    "time",
                                    "11:00",
                                    "customer_name",
                                    "E",
                                    "customer_phone",
                                    CUSTOMER,
                                    "staff",
                                    "Zoe"));
            for (Map.Entry<String, Map<String, Object>> each : bad.entrySet()) {
                McpSchema.CallToolResult answer = call(agent, "book_appointment", each.getValue());
                assertThat(answer.isError()).as(each.getKey()).isTrue();
                assertThat(structured(answer)).as(each.getKey()).containsEntry("argument", each.getKey());
                assertThat(text(answer)).as(each.getKey()).contains(each.getKey());
            }
            McpSchema.CallToolResult unknownService = call(agent, "book_appointment", bad.get("service"));
            assertThat(structured(unknownService).get("options").toString()).contains("Haarschnitt");
        }
        assertThat(app.db()
                        .appointments()
                        .list(
                                app.demoTenant(),
                                new Appointments.Query(
                                        null,
                                        null,
                                        Instant.parse("2027-03-29T09:00:00Z"),
                                        Instant.parse("2027-03-29T09:30:00Z")),
                                PageRequest.first(10))
                        .items())
                .as("nothing booked by the refused requests")
                .isEmpty();
    }

    @Test
    void concurrentRepetitionsUnderOneIdempotencyKeyBookOnce() throws Exception {
        int repetitions = 10;
        Map<String, Object> booking = args(
                "service",
                "Beratung",
                "date",
                "2027-03-31",
                "time",
                "14:00",
                "customer_name",
                "Erika",
                "customer_phone",
                "+49 151 77778888",
                "idempotency_key",
                "retry-storm-1");
        ExecutorService pool = Executors.newFixedThreadPool(repetitions);
        List<McpSchema.CallToolResult> results = new ArrayList<>();
        try (McpSyncClient agent = McpClients.connect(app.port(), adminKey)) {
            agent.initialize();
            CountDownLatch go = new CountDownLatch(1);
            List<Future<McpSchema.CallToolResult>> answers = new ArrayList<>();
            for (int i = 0; i < repetitions; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return call(agent, "book_appointment", booking);
                }));
            }
            go.countDown();
            for (Future<McpSchema.CallToolResult> answer : answers) {
                results.add(answer.get(2, TimeUnit.MINUTES));
            }
            McpSchema.CallToolResult after = call(agent, "book_appointment", booking);
            assertThat(structured(after)).containsEntry("booked", true).containsEntry("repeated", true);
        } finally {
            pool.shutdownNow();
        }
        for (McpSchema.CallToolResult result : results) {
            if (Boolean.TRUE.equals(result.isError())) {
                assertThat(structured(result)).as(text(result)).containsEntry("error", "in_progress");
            } else {
                assertThat(structured(result)).containsEntry("booked", true);
            }
        }
        assertThat(results)
                .filteredOn(r -> Boolean.TRUE.equals(structured(r).get("booked"))
                        && !Boolean.TRUE.equals(structured(r).get("repeated")))
                .hasSize(1);
        Instant start = Instant.parse("2027-03-31T12:00:00Z");
        assertThat(app.db()
                        .appointments()
                        .list(
                                app.demoTenant(),
                                new Appointments.Query(null, null, start, start.plusSeconds(1)),
                                PageRequest.first(50))
                        .items())
                .filteredOn(a -> a.status() == AppointmentStatus.BOOKED)
                .hasSize(1);
    }

    @Test
    void aHundredAgentsRaceForOneSlotAndExactlyOneIsBooked() throws Exception {
        int agents = 100;
        List<McpSyncClient> clients = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            McpSyncClient client = McpClients.connect(app.port(), adminKey);
            client.initialize();
            clients.add(client);
        }
        ExecutorService pool = Executors.newFixedThreadPool(agents);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<McpSchema.CallToolResult>> answers = new ArrayList<>();
            for (int i = 0; i < agents; i++) {
                McpSyncClient client = clients.get(i % clients.size());
                String phone = String.format("+49 151 5%07d", i);
                answers.add(pool.submit(() -> {
                    go.await();
                    return call(
                            client,
                            "book_appointment",
                            args(
                                    "service",
                                    "Haarschnitt",
                                    "date",
                                    "2027-03-31",
                                    "time",
                                    "10:00",
                                    "staff",
                                    "Ben",
                                    "customer_name",
                                    "Racer",
                                    "customer_phone",
                                    phone,
                                    "idempotency_key",
                                    "race-" + phone));
                }));
            }
            go.countDown();
            int booked = 0;
            for (Future<McpSchema.CallToolResult> answer : answers) {
                McpSchema.CallToolResult result = answer.get(5, TimeUnit.MINUTES);
                if (Boolean.TRUE.equals(structured(result).get("booked"))) {
                    booked++;
                } else if (Boolean.TRUE.equals(result.isError())) {
                    assertThat(structured(result)).as(text(result)).containsEntry("error", "busy");
                } else {
                    assertThat(structured(result))
                            .containsEntry("booked", false)
                            .containsEntry("reason", "slot_taken");
                }
            }
            assertThat(booked).isEqualTo(1);
        } finally {
            pool.shutdownNow();
            clients.forEach(McpSyncClient::close);
        }
        Instant start = Instant.parse("2027-03-31T08:00:00Z");
        assertThat(app.db()
                        .appointments()
                        .list(
                                app.demoTenant(),
                                new Appointments.Query(null, null, start, start.plusSeconds(1)),
                                PageRequest.first(200))
                        .items())
                .filteredOn(a -> a.status() == AppointmentStatus.BOOKED)
                .hasSize(1);
    }
}
