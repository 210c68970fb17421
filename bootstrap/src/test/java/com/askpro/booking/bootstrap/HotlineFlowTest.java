package com.askpro.booking.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.application.dashboard.DashboardRows;
import com.askpro.booking.application.dashboard.DashboardViews;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.port.Calls;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.TenantContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The multi-branch hotline and the staff-skill matrix over real HTTP (docs/business-models.md), on
 * the second demo tenant "Salon Kette" (hotline +49 30 12345670; Mitte Mon–Fri 09–18, Kreuzberg
 * Tue–Sat 11–20 with Balayage only there and Mia as its specialist, Charlottenburg Mon–Fri 08–16),
 * with the server's clock fixed at Wednesday 2027-03-24 09:00 in Berlin. On the embedded database
 * here, on PostgreSQL in a subclass. Every test uses its own callers and days.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HotlineFlowTest {

    static final String HOTLINE = ChainDemoTenant.HOTLINE;

    private final AtomicInteger variant = new AtomicInteger();
    private RunningServer app;
    private RetellClient retell;
    private Company chain;

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
                Files.createTempDirectory("askpro-hotline"),
                database());
        retell = app.retell();
        var db = app.db();
        chain = ChainDemoTenant.ensure(
                db.companies(),
                db.branches(),
                db.phoneNumbers(),
                db.services(),
                db.staffMembers(),
                db.tenantDirectory());
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        dropDatabase();
    }

    private TenantContext tenant() {
        return chain.tenant();
    }

    private Branch branch(String suffix) {
        return app.db().branches().list(tenant()).stream()
                .filter(b -> b.name().endsWith(suffix))
                .findFirst()
                .orElseThrow();
    }

    private Staff staff(String name) {
        return app.db().staffMembers().list(tenant()).stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private Appointment appointment(JsonNode booked) {
        return app.db()
                .appointments()
                .find(
                        tenant(),
                        AppointmentId.parse(booked.path("appointment_id").asText()))
                .orElseThrow();
    }

    private Call call(RetellCaller caller) {
        return app.db().calls().findByAgentCallId(tenant(), caller.callId()).orElseThrow();
    }

    /** The dashboard's call list over the same database and clock as the server. */
    private DashboardViews dashboard() {
        var db = app.db();
        return new DashboardViews(
                db.companies(),
                db.branches(),
                db.services(),
                db.staffMembers(),
                db.customers(),
                db.calls(),
                db.appointments(),
                db.webhookInbox(),
                db.notificationOutbox(),
                app.clock());
    }

    private RetellCaller caller() {
        return RetellCaller.fresh(retell, HOTLINE);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static long minutes(JsonNode booked) {
        return Duration.between(
                        OffsetDateTime.parse(booked.path("start").asText()),
                        OffsetDateTime.parse(booked.path("end").asText()))
                .toMinutes();
    }

    @Test
    void givenTheHotlineWhenTheCallComesInThenTheAnswerCarriesTheCompanyAndItsBranches() {
        JsonNode inbound = retell.signed(
                        "/webhooks/retell/inbound",
                        RetellClient.inbound("+4915100000001", HOTLINE, RetellCaller.newCallId()))
                .json()
                .path("call_inbound");
        JsonNode variables = inbound.path("dynamic_variables");

        assertThat(variables.path("company_name").asText()).isEqualTo("Salon Kette");
        assertThat(variables.path("hotline").asText()).isEqualTo("true");
        assertThat(variables.path("branch_name").asText()).isEmpty();
        assertThat(variables.path("branch_count").asText()).isEqualTo("3");
        assertThat(variables.path("branches").asText())
                .isEqualTo(
                        "Salon Kette Charlottenburg (Kantstraße 50, 10625 Berlin), Salon Kette Kreuzberg (Oranienstraße 12, "
                                + "10999 Berlin) und Salon Kette Mitte (Torstraße 101, 10119 Berlin)");
        assertThat(variables.path("services").asText())
                .contains("Haarschnitt")
                .contains("Färben")
                .contains("Balayage");
        assertThat(variables.path("opening_hours").asText()).isEqualTo("je nach Filiale");
        variables
                .fields()
                .forEachRemaining(field -> assertThat(field.getValue().isTextual())
                        .as(field.getKey())
                        .isTrue());
        assertThat(inbound.path("metadata").path("company_id").asText())
                .isEqualTo(chain.id().toString());
        assertThat(inbound.path("metadata").has("branch_id")).isFalse();
    }

    @Test
    void givenNoBranchSaidWhenAFunctionNeedsOneThenTheCallerIsAskedWithTheOptionsAndNothingIsBooked() {
        RetellCaller caller = caller();

        JsonNode services = caller.call("list_services", Map.of());
        JsonNode booking = caller.call(
                "book_appointment",
                Map.of(
                        "service",
                        "Haarschnitt",
                        "date",
                        "2027-03-25",
                        "time",
                        "10:00",
                        "customer_name",
                        "Ohne Filiale"));

        assertThat(services.path("error").asText()).isEqualTo("branch_needed");
        assertThat(texts(services.path("options")))
                .containsExactly("Salon Kette Charlottenburg", "Salon Kette Kreuzberg", "Salon Kette Mitte");
        assertThat(services.path("message").asText())
                .startsWith("In welcher Filiale")
                .contains("Oranienstraße 12");
        assertThat(booking.path("error").asText()).isEqualTo("branch_needed");
        assertThat(call(caller).appointmentIds()).isEmpty();
        assertThat(call(caller).branch()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Berlin", "Salon Kette", "die Filiale in Berlin"})
    void givenAnAmbiguousBranchWhenSaidThenTheCallerIsAskedAndNothingIsGuessed(String spoken) {
        RetellCaller caller = caller();

        JsonNode answer = caller.call("list_services", Map.of("branch", spoken));

        assertThat(answer.path("error").asText()).isEqualTo("ambiguous_branch");
        assertThat(texts(answer.path("options"))).hasSize(3);
        assertThat(answer.path("message").asText()).startsWith("Das passt zu mehreren Filialen");
        assertThat(call(caller).branch()).isEmpty();
    }

    @Test
    void givenAnUnknownBranchWhenSaidThenTheCallerHearsTheBranchesThatExist() {
        JsonNode answer = caller().call("list_services", Map.of("branch", "Spandau"));

        assertThat(answer.path("error").asText()).isEqualTo("unknown_branch");
        assertThat(texts(answer.path("options"))).hasSize(3);
    }

    @Test
    void givenKreuzbergWhenSaidOnceThenThatBranchServesTheCallAndTheCallRecordsIt() {
        RetellCaller caller = caller();

        JsonNode services = caller.call("list_services", Map.of("branch", "kreuzberg"));
        assertThat(services.path("services").findValuesAsText("name"))
                .containsExactlyInAnyOrder("Haarschnitt", "Färben", "Balayage");
        assertThat(call(caller).branchId()).isEqualTo(branch("Kreuzberg").id());

        JsonNode again = caller.call("list_services", Map.of());
        assertThat(again.path("services").findValuesAsText("name")).contains("Balayage");
        JsonNode booked = caller.call(
                "book_appointment",
                Map.of(
                        "service",
                        "Haarschnitt",
                        "date",
                        "2027-03-25",
                        "time",
                        "12:00",
                        "customer_name",
                        "Kreuz Berger"));
        assertThat(booked.path("booked").asBoolean()).as("%s", booked).isTrue();
        assertThat(appointment(booked).branchId()).isEqualTo(branch("Kreuzberg").id());

        List<Call> inKreuzberg = app.db()
                .calls()
                .list(tenant(), new Calls.Query(branch("Kreuzberg").id(), null, null, null), PageRequest.first(50))
                .items();
        assertThat(inKreuzberg).extracting(Call::agentCallId).contains(caller.callId());
        Call recorded = call(caller);
        assertThat(dashboard().calls(tenant()))
                .filteredOn(row -> row.id().equals(recorded.id().value().toString()))
                .extracting(DashboardRows.CallRow::branch)
                .containsExactly("Salon Kette Kreuzberg");
    }

    @Test
    void givenTheOtherFunctionsOnTheHotlineWhenABranchIsSaidOrNotThenTheyServeTheCallersAppointmentInItsBranch() {
        RetellCaller first = caller();
        JsonNode booked = first.call(
                "book_appointment",
                Map.of(
                        "service",
                        "Haarschnitt",
                        "date",
                        "2027-04-02",
                        "time",
                        "10:00",
                        "customer_name",
                        "Alle Funktionen",
                        "branch",
                        "Torstraße"));
        assertThat(booked.path("booked").asBoolean()).as("%s", booked).isTrue();
        assertThat(appointment(booked).branchId()).isEqualTo(branch("Mitte").id());

        RetellCaller again = first.callsAgain();
        JsonNode mine = again.call("find_my_appointments", Map.of());
        assertThat(mine.path("appointments").findValuesAsText("appointment_id"))
                .containsExactly(booked.path("appointment_id").asText());
        assertThat(call(again).branch()).isEmpty();
        JsonNode named = again.call("find_my_appointments", Map.of("branch", "MITTE"));
        assertThat(named.path("appointments")).hasSize(1);
        assertThat(call(again).branchId()).isEqualTo(branch("Mitte").id());

        RetellCaller third = first.callsAgain();
        JsonNode unclear =
                third.call("reschedule_appointment", Map.of("date", "2027-04-02", "time", "14:00", "branch", "Berlin"));
        assertThat(unclear.path("error").asText()).isEqualTo("ambiguous_branch");
        assertThat(appointment(booked).slot().start())
                .isEqualTo(OffsetDateTime.parse("2027-04-02T10:00:00+02:00").toInstant());
        JsonNode moved = third.call("reschedule_appointment", Map.of("date", "2027-04-02", "time", "14:00"));
        assertThat(moved.path("rescheduled").asBoolean()).as("%s", moved).isTrue();
        assertThat(appointment(moved).branchId()).isEqualTo(branch("Mitte").id());
        JsonNode cancelled = third.call("cancel_appointment", Map.of("reason", "verhindert", "branch", "Mitte"));
        assertThat(cancelled.path("cancelled").asBoolean()).as("%s", cancelled).isTrue();
        assertThat(cancelled.path("appointment_id").asText())
                .isEqualTo(moved.path("appointment_id").asText());
        assertThat(call(third).branchId()).isEqualTo(branch("Mitte").id());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Charlottenburg",
                "charlottenburg",
                "CHARLOTTENBURG",
                "Charlottenbürg",
                "Charlottenbuerg",
                "Charlotenburg",
                "Scharlottenburg",
                "in Charlottenbourg bitte",
                "Kantstraße"
            })
    void givenCharlottenburgWithUmlautsAndTyposWhenBookingThenItIsBookedThere(String spoken) {
        RetellCaller caller = caller();
        String time =
                LocalTime.of(8, 0).plusMinutes(30L * variant.getAndIncrement()).toString();

        JsonNode booked = caller.call(
                "book_appointment",
                Map.of(
                        "service",
                        "Haarschnitt",
                        "date",
                        "2027-03-26",
                        "time",
                        time,
                        "customer_name",
                        "Charlotte",
                        "branch",
                        spoken));

        assertThat(booked.path("booked").asBoolean())
                .as("%s: %s", spoken, booked)
                .isTrue();
        assertThat(appointment(booked).branchId())
                .isEqualTo(branch("Charlottenburg").id());
        assertThat(call(caller).branchId()).isEqualTo(branch("Charlottenburg").id());
    }

    @Test
    void givenNoBranchWhenCheckingAvailabilityThenEachBranchsNearestTimesAreOfferedNearestFirst() {
        JsonNode check = caller().call(
                        "check_availability", Map.of("service", "Haarschnitt", "date", "2027-03-25", "time", "08:30"));

        assertThat(check.path("available").asBoolean()).isTrue();
        JsonNode branches = check.path("branches");
        assertThat(branches.findValuesAsText("branch"))
                .containsExactly("Salon Kette Charlottenburg", "Salon Kette Mitte", "Salon Kette Kreuzberg");
        assertThat(branches.get(0).path("slots").get(0).path("start").asText()).isEqualTo("2027-03-25T08:30:00+01:00");
        assertThat(branches.get(1).path("slots").get(0).path("start").asText()).isEqualTo("2027-03-25T09:00:00+01:00");
        assertThat(branches.get(2).path("slots").get(0).path("start").asText()).isEqualTo("2027-03-25T11:00:00+01:00");
        branches.forEach(b -> assertThat(b.path("slots").size()).isBetween(1, 3));
        // two staff free at one time are one time for the caller: each branch names distinct times
        branches.forEach(
                b -> assertThat(b.path("slots").findValuesAsText("start")).doesNotHaveDuplicates());
        assertThat(check.path("message").asText())
                .startsWith("Für Haarschnitt ist frei: in Salon Kette Charlottenburg")
                .endsWith("In welcher Filiale möchten Sie buchen?");
    }

    @Test
    void givenAServiceOfOneBranchWhenCheckingWithoutBranchThenOnlyThatBranchAnswers() {
        JsonNode check = caller().call("check_availability", Map.of("service", "Balayage", "date", "2027-03-25"));

        assertThat(check.path("branches").findValuesAsText("branch")).containsExactly("Salon Kette Kreuzberg");
        JsonNode unknown = caller().call("check_availability", Map.of("service", "Massage", "date", "2027-03-25"));
        assertThat(unknown.path("error").asText()).isEqualTo("unknown_service");
        assertThat(texts(unknown.path("options"))).containsExactlyInAnyOrder("Haarschnitt", "Färben", "Balayage");
    }

    @Test
    void givenBestSkillInKreuzbergWhenBalayageIsBookedWithoutAWishThenTheSpecialistTakesItAtHerOwnDuration() {
        JsonNode booked = caller().call(
                        "book_appointment",
                        Map.of(
                                "service",
                                "Balayage",
                                "date",
                                "2027-03-30",
                                "time",
                                "12:00",
                                "customer_name",
                                "Strähnchen",
                                "branch",
                                "Kotti"));

        assertThat(booked.path("booked").asBoolean()).as("%s", booked).isTrue();
        assertThat(booked.path("staff").asText()).isEqualTo("Mia");
        assertThat(minutes(booked)).isEqualTo(150);
        assertThat(appointment(booked).staffId()).isEqualTo(staff("Mia").id());
    }

    @Test
    void givenANamedStaffMemberWhenFreeThenHonouredAtTheirDurationAndWhenBusyThenRefusedWithTheirTimesFirst() {
        JsonNode jonas = caller().call(
                        "book_appointment",
                        Map.of(
                                "service",
                                "Balayage",
                                "date",
                                "2027-03-31",
                                "time",
                                "12:00",
                                "customer_name",
                                "Mit Jonas",
                                "branch",
                                "Kreuzberg",
                                "staff",
                                "Jonas"));
        assertThat(jonas.path("booked").asBoolean()).as("%s", jonas).isTrue();
        assertThat(jonas.path("staff").asText()).isEqualTo("Jonas");
        assertThat(minutes(jonas)).isEqualTo(120);

        JsonNode mia = caller().call(
                        "book_appointment",
                        Map.of(
                                "service",
                                "Balayage",
                                "date",
                                "2027-03-31",
                                "time",
                                "15:00",
                                "customer_name",
                                "Mit Mia",
                                "branch",
                                "Kreuzberg",
                                "staff",
                                "Mia"));
        assertThat(mia.path("booked").asBoolean()).as("%s", mia).isTrue();
        JsonNode refused = caller().call(
                        "book_appointment",
                        Map.of(
                                "service",
                                "Balayage",
                                "date",
                                "2027-03-31",
                                "time",
                                "15:00",
                                "customer_name",
                                "Auch Mia",
                                "branch",
                                "Kreuzberg",
                                "staff",
                                "Mia"));

        assertThat(refused.path("booked").asBoolean()).isFalse();
        assertThat(refused.path("reason").asText()).isEqualTo("slot_taken");
        List<String> staff = refused.path("alternatives").findValuesAsText("staff");
        assertThat(staff).isNotEmpty();
        assertThat(staff.get(0)).isEqualTo("Mia");
        assertThat(staff).contains("Jonas");
        assertThat(refused.path("alternatives").findValuesAsText("start")).contains("2027-03-31T15:00:00+02:00");
    }

    @Test
    void givenBalancedInCharlottenburgWhenTwoBookingsComeWithoutAWishThenTheyGoToDifferentStaff() {
        JsonNode first = caller().call(
                        "book_appointment",
                        Map.of(
                                "service",
                                "Haarschnitt",
                                "date",
                                "2027-04-01",
                                "time",
                                "09:00",
                                "customer_name",
                                "Erste",
                                "branch",
                                "Charlottenburg"));
        JsonNode second = caller().call(
                        "book_appointment",
                        Map.of(
                                "service",
                                "Haarschnitt",
                                "date",
                                "2027-04-01",
                                "time",
                                "11:00",
                                "customer_name",
                                "Zweite",
                                "branch",
                                "Charlottenburg"));
        JsonNode third = caller().call(
                        "book_appointment",
                        Map.of(
                                "service",
                                "Färben",
                                "date",
                                "2027-04-01",
                                "time",
                                "13:00",
                                "customer_name",
                                "Dritte",
                                "branch",
                                "Charlottenburg"));
        JsonNode fourth = caller().call(
                        "book_appointment",
                        Map.of(
                                "service",
                                "Haarschnitt",
                                "date",
                                "2027-04-01",
                                "time",
                                "15:00",
                                "customer_name",
                                "Vierte",
                                "branch",
                                "Charlottenburg"));

        assertThat(List.of(first, second, third, fourth))
                .allSatisfy(b ->
                        assertThat(b.path("booked").asBoolean()).as("%s", b).isTrue());
        assertThat(second.path("staff").asText())
                .isNotEqualTo(first.path("staff").asText());
        // after 30 + 30 minutes each, the 90-minute colouring goes to one of them; the next haircut to the other
        assertThat(fourth.path("staff").asText())
                .isNotEqualTo(third.path("staff").asText());
    }

    @Test
    void givenSimulateCallToTheHotlineWhenPlayedThenItChoosesABranchAndBooksThere() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        String callId = new CallSimulator(
                        URI.create("http://127.0.0.1:" + app.port()),
                        RunningServer.KEY,
                        HOTLINE,
                        "+4915199990000",
                        new PrintStream(printed, true, StandardCharsets.UTF_8),
                        app.clock())
                .run();

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output)
                .contains("Salon Kette (hotline)")
                .contains("In welcher Filiale")
                .contains("book_appointment (branch");
        Call call = app.db().calls().findByAgentCallId(tenant(), callId).orElseThrow();
        assertThat(call.branchId()).isNotNull();
        assertThat(call.appointmentIds()).hasSize(1);
    }

    @Test
    void givenTheDemoSalonsOwnNumberWhenABranchIsNamedThenTheNumbersBranchStaysAndTheHotlineTenantIsNeverReached() {
        RetellCaller caller = RetellCaller.fresh(retell, RetellClient.DEMO_NUMBER);

        JsonNode services = caller.call("list_services", Map.of("branch", "Kreuzberg"));

        assertThat(services.path("services").findValuesAsText("name"))
                .containsExactlyInAnyOrder("Haarschnitt", "Färben", "Beratung");
        assertThat(caller().call("list_services", Map.of("branch", "Mitte"))
                        .path("services")
                        .findValuesAsText("name"))
                .doesNotContain("Beratung");
    }
}
