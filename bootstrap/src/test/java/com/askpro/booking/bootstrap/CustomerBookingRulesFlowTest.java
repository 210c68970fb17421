package com.askpro.booking.bootstrap;

import static com.askpro.booking.bootstrap.RetellClient.DEMO_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.bootstrap.RetellClient.Response;
import com.askpro.booking.domain.customer.Customer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 14's booking rules over real HTTP: a customer cannot hold two overlapping appointments; the
 * same {@code book_appointment} sent concurrently from one call books once; a refused request
 * changes nothing. On the embedded database here, on PostgreSQL in a subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerBookingRulesFlowTest {

    private static final int SAME_REQUESTS = 10;

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
                Files.createTempDirectory("askpro-rules"),
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

    private long appointmentsOf(RetellCaller caller) {
        // customers.phone is encrypted: find the customer through the repository (keyed hash), then count by id
        return app.db()
                .customers()
                .findByPhone(app.demoTenant(), caller.number())
                .map(customer -> app.count(
                        "select count(*) from appointments "
                                + "where customer_id = ? and status in ('BOOKED', 'CONFIRMED')",
                        customer.id().value()))
                .orElse(0L);
    }

    @Test
    void givenACallerBookedWithAnnaWhenTheyCallAgainForTheSameTimeWithBenThenRefusedWithTheExistingAppointmentToMove() {
        RetellCaller first = RetellCaller.fresh(retell, DEMO_NUMBER);
        JsonNode withAnna = first.call(
                "book_appointment",
                Map.of(
                        "service",
                        "Haarschnitt",
                        "date",
                        "2027-04-20",
                        "time",
                        "10:00",
                        "customer_name",
                        "Doppel Bucher",
                        "staff",
                        "Anna"));
        assertThat(withAnna.path("booked").asBoolean()).as("%s", withAnna).isTrue();

        RetellCaller again = first.callsAgain();
        JsonNode withBen = again.call(
                "book_appointment",
                Map.of(
                        "service",
                        "Haarschnitt",
                        "date",
                        "2027-04-20",
                        "time",
                        "10:15",
                        "customer_name",
                        "Doppel Bucher",
                        "staff",
                        "Ben"));

        assertThat(withBen.path("booked").asBoolean()).isFalse();
        assertThat(withBen.path("reason").asText()).isEqualTo("customer_already_booked");
        assertThat(withBen.path("existing").path("appointment_id").asText())
                .isEqualTo(withAnna.path("appointment_id").asText());
        assertThat(withBen.path("existing").path("staff").asText()).isEqualTo("Anna");
        assertThat(withBen.path("message").asText())
                .startsWith("Sie haben zu dieser Zeit bereits einen Termin: Haarschnitt am")
                .endsWith("Soll ich Ihren bestehenden Termin verschieben?");
        assertThat(appointmentsOf(first)).isEqualTo(1);

        JsonNode moved = again.call(
                "reschedule_appointment",
                Map.of(
                        "appointment_id",
                        withAnna.path("appointment_id").asText(),
                        "date",
                        "2027-04-20",
                        "time",
                        "11:00"));
        assertThat(moved.path("rescheduled").asBoolean()).as("%s", moved).isTrue();
        JsonNode nowFree = again.call(
                "book_appointment",
                Map.of("service", "Beratung", "date", "2027-04-20", "time", "10:00", "customer_name", "Doppel Bucher"));
        assertThat(nowFree.path("booked").asBoolean())
                .as("the old time is free for the customer again: %s", nowFree)
                .isTrue();
        JsonNode backOnto = again.call(
                "reschedule_appointment",
                Map.of("appointment_id", moved.path("appointment_id").asText(), "date", "2027-04-20", "time", "10:00"));
        assertThat(backOnto.path("rescheduled").asBoolean()).isFalse();
        assertThat(backOnto.path("reason").asText()).isEqualTo("customer_already_booked");
        assertThat(appointmentsOf(first)).isEqualTo(2);
    }

    @Test
    void givenTenIdenticalBookingsFromOneCallWhenSentConcurrentlyThenOneAppointmentThatEveryBookedAnswerNames() {
        RetellCaller caller = RetellCaller.fresh(retell, DEMO_NUMBER);
        byte[] body = RetellClient.bytes(RetellClient.function(
                "book_appointment",
                Map.of("service", "Haarschnitt", "date", "2027-04-21", "time", "10:00", "customer_name", "Hastig"),
                caller.callId(),
                caller.from(),
                DEMO_NUMBER,
                retell.nowMs()));

        List<CompletableFuture<Response>> pending = IntStream.range(0, SAME_REQUESTS)
                .mapToObj(i -> retell.signedAsync("/webhooks/retell/functions", body))
                .toList();
        List<JsonNode> answers = pending.stream()
                .map(CompletableFuture::join)
                .peek(r -> assertThat(r.status()).isEqualTo(200))
                .map(Response::json)
                .toList();

        assertThat(appointmentsOf(caller)).isEqualTo(1);
        List<JsonNode> booked =
                answers.stream().filter(a -> a.path("booked").asBoolean()).toList();
        assertThat(booked)
                .as("the first books; the others wait for it and name it")
                .isNotEmpty();
        assertThat(booked.stream().map(a -> a.path("appointment_id").asText()).collect(Collectors.toSet()))
                .hasSize(1);
        assertThat(answers.stream().filter(a -> !a.path("booked").asBoolean()))
                .as("a twin that waited too long on a loaded machine answers a retriable busy, never a second booking "
                        + "and never customer_already_booked naming its own twin's appointment")
                .allSatisfy(
                        a -> assertThat(a.path("error").asText()).as("%s", a).isEqualTo("busy"));
    }

    @Test
    void givenAKnownCustomerWhenABookingIsRefusedForABadEmailThenTheCustomerIsUnchangedAndNothingIsBooked() {
        RetellCaller caller = RetellCaller.fresh(retell, DEMO_NUMBER);
        assertThat(caller.book("Haarschnitt", "2027-04-22", "10:00", "Erika Muster")
                        .path("booked")
                        .asBoolean())
                .isTrue();
        Customer before = app.db()
                .customers()
                .findByPhone(app.demoTenant(), caller.number())
                .orElseThrow();

        JsonNode refused = caller.callsAgain()
                .call(
                        "book_appointment",
                        Map.of(
                                "service",
                                "Haarschnitt",
                                "date",
                                "2027-04-23",
                                "time",
                                "10:00",
                                "customer_name",
                                "Ganz Anders",
                                "customer_email",
                                "not-an-email"));

        assertThat(refused.path("error").asText()).isEqualTo("invalid_argument");
        assertThat(refused.path("options").toString()).contains("email");
        assertThat(app.db()
                        .customers()
                        .findByPhone(app.demoTenant(), caller.number())
                        .orElseThrow())
                .isEqualTo(before);
        assertThat(appointmentsOf(caller)).isEqualTo(1);
    }
}
