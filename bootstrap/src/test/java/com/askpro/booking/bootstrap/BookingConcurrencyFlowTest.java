package com.askpro.booking.bootstrap;

import static com.askpro.booking.bootstrap.RetellClient.DEMO_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.bootstrap.RetellClient.Response;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentStatus;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.tenant.StaffId;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 5 / SPEC §6: one hundred callers, each in their own call, ask for the same slot at the same
 * moment. The database decides: exactly one appointment per resource, everyone else a clean
 * {@code slot_taken} with alternatives, and never a server error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookingConcurrencyFlowTest {

    private static final int CALLERS = 100;

    private RunningServer app;
    private RetellClient retell;

    /** The database to run on; the embedded one here, PostgreSQL in a subclass. */
    Map<String, String> database() throws Exception {
        return Map.of();
    }

    /** Removes what {@link #database()} created. */
    void dropDatabase() throws Exception {}

    @BeforeAll
    void start() throws Exception {
        app = RunningServer.start(
                Clock.fixed(BookingFunctionsFlowTest.NOW, ZoneOffset.UTC),
                Server.SWEEP_INTERVAL,
                java.nio.file.Files.createTempDirectory("askpro-concurrency"),
                database());
        retell = app.retell();
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        dropDatabase();
    }

    /** Sends one book_appointment per fresh caller, all at once, and answers the responses. */
    private List<Response> bookAllAtOnce(Map<String, String> args) {
        List<RetellCaller> callers = IntStream.range(0, CALLERS)
                .mapToObj(i -> RetellCaller.fresh(retell, DEMO_NUMBER))
                .toList();
        List<CompletableFuture<Response>> pending = callers.stream()
                .map(c -> retell.signedAsync(
                        "/webhooks/retell/functions",
                        RetellClient.bytes(RetellClient.function(
                                "book_appointment", args, c.callId(), c.from(), DEMO_NUMBER, retell.nowMs()))))
                .toList();
        return pending.stream().map(CompletableFuture::join).toList();
    }

    private List<Appointment> holdingAt(Instant start) {
        return app
                .db()
                .appointments()
                .list(
                        app.demoTenant(),
                        new Appointments.Query(null, null, start, start.plusSeconds(1)),
                        PageRequest.first(200))
                .items()
                .stream()
                .filter(a -> a.status() == AppointmentStatus.BOOKED)
                .toList();
    }

    private static void assertLosersGotSlotTaken(List<JsonNode> answers) {
        for (JsonNode loser :
                answers.stream().filter(a -> !a.path("booked").asBoolean()).toList()) {
            assertThat(loser.path("booked").isBoolean())
                    .as("a booking answer, not an error: %s", loser)
                    .isTrue();
            assertThat(loser.path("reason").asText()).isEqualTo("slot_taken");
            assertThat(loser.path("alternatives").size()).isBetween(1, 5);
            assertThat(loser.path("message").asText()).startsWith("Dieser Termin ist leider schon vergeben.");
        }
    }

    @Test
    void givenHundredCallersForTheSameStaffAndSlotWhenBookingConcurrentlyThenExactlyOneAppointment() {
        Instant start = Instant.parse("2027-04-13T08:00:00Z");

        List<Response> responses = bookAllAtOnce(Map.of(
                "service",
                "Haarschnitt",
                "date",
                "2027-04-13",
                "time",
                "10:00",
                "customer_name",
                "Racer",
                "staff",
                "Anna"));

        assertThat(responses).extracting(Response::status).containsOnly(200);
        List<JsonNode> answers = responses.stream().map(Response::json).toList();
        assertThat(answers.stream().filter(a -> a.path("booked").asBoolean())).hasSize(1);
        assertLosersGotSlotTaken(answers);
        assertThat(answers.stream()
                        .filter(a -> "slot_taken".equals(a.path("reason").asText())))
                .hasSize(CALLERS - 1);
        List<Appointment> stored = holdingAt(start);
        assertThat(stored).hasSize(1);
        String winner = answers.stream()
                .filter(a -> a.path("booked").asBoolean())
                .findFirst()
                .orElseThrow()
                .path("appointment_id")
                .asText();
        assertThat(stored.get(0).id().toString()).isEqualTo(winner);
    }

    @Test
    void givenHundredCallersForTheSameSlotWithoutStaffWhenBookingConcurrentlyThenAtMostOnePerStaffMember() {
        Instant start = Instant.parse("2027-04-14T08:00:00Z");

        List<Response> responses = bookAllAtOnce(
                Map.of("service", "Haarschnitt", "date", "2027-04-14", "time", "10:00", "customer_name", "Racer"));

        assertThat(responses).extracting(Response::status).containsOnly(200);
        List<JsonNode> answers = responses.stream().map(Response::json).toList();
        List<Appointment> stored = holdingAt(start);
        Map<StaffId, Long> perStaff =
                stored.stream().collect(Collectors.groupingBy(Appointment::staffId, Collectors.counting()));
        assertThat(stored).as("both Anna and Ben are free at that time").hasSize(2);
        assertThat(stored).extracting(Appointment::staffId).allMatch(Objects::nonNull);
        assertThat(perStaff.values()).containsOnly(1L);
        assertThat(answers.stream().filter(a -> a.path("booked").asBoolean())).hasSize(stored.size());
        assertLosersGotSlotTaken(answers);
        assertThat(answers.stream()
                        .map(a -> a.path("appointment_id").asText())
                        .filter(id -> !id.isEmpty())
                        .collect(Collectors.toSet()))
                .isEqualTo(stored.stream().map(a -> a.id().toString()).collect(Collectors.toSet()));
        assertThat(answers.stream()
                        .collect(Collectors.groupingBy(a -> a.path("booked").asBoolean(), Collectors.counting())))
                .containsEntry(false, (long) (CALLERS - stored.size()));
    }
}
