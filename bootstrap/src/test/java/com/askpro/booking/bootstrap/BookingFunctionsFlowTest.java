package com.askpro.booking.bootstrap;

import static com.askpro.booking.bootstrap.RetellClient.DEMO_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.bootstrap.RetellClient.Response;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.appointment.AppointmentStatus;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.BranchPhoneNumber;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.Language;
import com.askpro.booking.domain.tenant.OpeningInterval;
import com.askpro.booking.domain.tenant.PhoneNumberId;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.StaffId;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.tenant.WorkingHours;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 5 over real HTTP (SPEC §4.2, §4.3, §5.1): the conversation functions of the demo tenant on
 * the built-in calendar, with the server's clock fixed at Wednesday 2027-03-24 09:00 in Berlin, four
 * days before the change to summer time. Every test uses its own days and callers.
 */
class BookingFunctionsFlowTest {

    static final Instant NOW = Instant.parse("2027-03-24T08:00:00Z");
    static final String ENGLISH_NUMBER = "+442079460000";

    private static RunningServer app;
    private static RetellClient retell;
    private static Company english;

    @BeforeAll
    static void start() {
        app = RunningServer.start(Clock.fixed(NOW, ZoneOffset.UTC));
        retell = app.retell();
        english = createEnglishTenant(app.db());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** Tenant B: "Tiny Barbers" in London, English, one service and one barber, Mon–Fri 09:00–17:00. */
    private static Company createEnglishTenant(JdbiPersistence db) {
        ZoneId london = ZoneId.of("Europe/London");
        Company company =
                db.companies().add(Company.create(CompanyId.newId(), "Tiny Barbers", "GB", london, Language.EN));
        TenantContext tenant = company.tenant();
        WorkingHours hours = WorkingHours.of(
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                OpeningInterval.of("09:00", "17:00"));
        Branch branch = db.branches().add(tenant, Branch.open(BranchId.newId(), company.id(), "Soho", london, hours));
        db.phoneNumbers()
                .add(
                        tenant,
                        new BranchPhoneNumber(
                                PhoneNumberId.newId(), company.id(), branch.id(), PhoneNumber.parse(ENGLISH_NUMBER)))
                .orElseThrow();
        Service cut = db.services()
                .add(
                        tenant,
                        Service.offer(
                                ServiceId.newId(),
                                company.id(),
                                null,
                                "Haircut",
                                Duration.ofMinutes(30),
                                Duration.ZERO,
                                List.of("cut", "trim")));
        db.staffMembers().add(tenant, Staff.hire(StaffId.newId(), company.id(), branch.id(), "Sam", Set.of(cut.id())));
        return company;
    }

    private static RetellCaller caller() {
        return RetellCaller.fresh(retell, DEMO_NUMBER);
    }

    private static Appointment appointment(String id) {
        return app.db()
                .appointments()
                .find(app.demoTenant(), AppointmentId.parse(id))
                .orElseThrow();
    }

    private static long appointmentRows() {
        return app.count("select count(*) from appointments");
    }

    private static Customer customer(RetellCaller caller) {
        return app.db()
                .customers()
                .findByPhone(app.demoTenant(), caller.number())
                .orElseThrow();
    }

    private static List<String> starts(JsonNode slots) {
        List<String> starts = new ArrayList<>();
        slots.forEach(slot -> starts.add(slot.path("start").asText()));
        return starts;
    }

    // ---- the conversation -----------------------------------------------------------------------

    @Test
    void givenDemoTenantWhenCallerListsChecksBooksFindsReschedulesAndCancelsThenAnswersAndDatabaseFollow() {
        RetellCaller max = caller();

        JsonNode services = max.call("list_services", Map.of());
        assertThat(services.path("services").findValuesAsText("name"))
                .containsExactlyInAnyOrder("Haarschnitt", "Färben", "Beratung");
        Map<String, Integer> durations = new HashMap<>();
        services.path("services")
                .forEach(s -> durations.put(
                        s.path("name").asText(), s.path("duration_minutes").asInt()));
        assertThat(durations)
                .containsEntry("Haarschnitt", 30)
                .containsEntry("Färben", 90)
                .containsEntry("Beratung", 15);
        assertThat(services.path("message").asText()).startsWith("Wir bieten").contains("Haarschnitt (30 Minuten)");

        JsonNode check = max.call(
                "check_availability", Map.of("service", "haare schneiden", "date", "2027-04-01", "time", "10:00"));
        assertThat(check.path("available").asBoolean()).isTrue();
        assertThat(check.path("service").asText()).isEqualTo("Haarschnitt");
        assertThat(check.path("slots")).isNotEmpty();
        assertThat(check.path("slots").get(0).path("start").asText()).isEqualTo("2027-04-01T10:00:00+02:00");
        assertThat(check.path("slots").get(0).path("end").asText()).isEqualTo("2027-04-01T10:30:00+02:00");
        assertThat(check.path("slots").get(0).path("staff").asText()).isIn("Anna", "Ben");
        assertThat(check.path("message").asText())
                .isEqualTo("Donnerstag, 1. April um 10:00 Uhr ist für Haarschnitt frei.");

        JsonNode booked = max.call(
                "book_appointment",
                Map.of(
                        "service",
                        "Haarschnitt",
                        "date",
                        "2027-04-01",
                        "time",
                        "10:00",
                        "customer_name",
                        "Max Mustermann",
                        "customer_email",
                        "max@example.org",
                        "notes",
                        "kurz"));
        assertThat(booked.path("booked").asBoolean()).as("%s", booked).isTrue();
        assertThat(booked.path("start").asText()).isEqualTo("2027-04-01T10:00:00+02:00");
        assertThat(booked.path("end").asText()).isEqualTo("2027-04-01T10:30:00+02:00");
        assertThat(booked.path("message").asText())
                .startsWith("Ihr Termin für Haarschnitt am Donnerstag, 1. April um 10:00 Uhr")
                .endsWith("ist gebucht.");
        String firstId = booked.path("appointment_id").asText();
        Appointment stored = appointment(firstId);
        assertThat(stored.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(stored.slot().start()).isEqualTo(Instant.parse("2027-04-01T08:00:00Z"));
        assertThat(stored.slot().end()).isEqualTo(Instant.parse("2027-04-01T08:30:00Z"));
        assertThat(stored.notes()).isEqualTo("kurz");
        Customer customer = customer(max);
        assertThat(customer.name()).isEqualTo("Max Mustermann");
        assertThat(customer.email()).isEqualTo("max@example.org");
        assertThat(stored.customerId()).isEqualTo(customer.id());
        Call call = app.db()
                .calls()
                .findByAgentCallId(app.demoTenant(), max.callId())
                .orElseThrow();
        assertThat(stored.sourceCallId()).isEqualTo(call.id());
        assertThat(call.appointmentIds()).contains(stored.id());

        JsonNode mine = max.call("find_my_appointments", Map.of());
        assertThat(mine.path("appointments")).hasSize(1);
        JsonNode item = mine.path("appointments").get(0);
        assertThat(item.path("appointment_id").asText()).isEqualTo(firstId);
        assertThat(item.path("service").asText()).isEqualTo("Haarschnitt");
        assertThat(item.path("start").asText()).isEqualTo("2027-04-01T10:00:00+02:00");
        assertThat(item.path("staff").asText()).isIn("Anna", "Ben");
        assertThat(mine.path("message").asText())
                .isEqualTo("Sie haben folgende Termine: Haarschnitt am Donnerstag, 1. April um 10:00 Uhr.");

        JsonNode moved = max.call("reschedule_appointment", Map.of("date", "2027-04-01", "time", "15:00"));
        assertThat(moved.path("rescheduled").asBoolean()).as("%s", moved).isTrue();
        assertThat(moved.path("start").asText()).isEqualTo("2027-04-01T15:00:00+02:00");
        assertThat(moved.path("end").asText()).isEqualTo("2027-04-01T15:30:00+02:00");
        assertThat(moved.path("message").asText())
                .isEqualTo("Ihr Termin ist jetzt am Donnerstag, 1. April um 15:00 Uhr.");
        String movedId = moved.path("appointment_id").asText();
        assertThat(movedId).isNotEqualTo(firstId);
        assertThat(appointment(firstId).status()).isEqualTo(AppointmentStatus.RESCHEDULED);
        Appointment replacement = appointment(movedId);
        assertThat(replacement.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(replacement.slot().start()).isEqualTo(Instant.parse("2027-04-01T13:00:00Z"));
        assertThat(replacement.rescheduledFrom()).isEqualTo(stored.id());
        assertThat(replacement.customerId()).isEqualTo(customer.id());

        JsonNode cancelled = max.call("cancel_appointment", Map.of("reason", "krank"));
        assertThat(cancelled.path("cancelled").asBoolean()).as("%s", cancelled).isTrue();
        assertThat(cancelled.path("appointment_id").asText()).isEqualTo(movedId);
        assertThat(cancelled.path("message").asText())
                .isEqualTo("Ihr Termin am Donnerstag, 1. April um 15:00 Uhr ist abgesagt.");
        assertThat(appointment(movedId).status()).isEqualTo(AppointmentStatus.CANCELLED);

        JsonNode none = max.call("find_my_appointments", Map.of());
        assertThat(none.path("appointments")).isEmpty();
        assertThat(none.path("message").asText()).contains("keine anstehenden Termine");
    }

    // ---- taken, closed, DST ---------------------------------------------------------------------

    @Test
    void givenRequestedTimeTakenByEveryoneWhenCheckedAndBookedThenSlotTakenWithNearestAlternativesFirst() {
        assertThat(caller().call(
                                "book_appointment",
                                Map.of(
                                        "service",
                                        "Haarschnitt",
                                        "date",
                                        "2027-04-02",
                                        "time",
                                        "11:00",
                                        "customer_name",
                                        "A",
                                        "staff",
                                        "Anna"))
                        .path("booked")
                        .asBoolean())
                .isTrue();
        assertThat(caller().call(
                                "book_appointment",
                                Map.of(
                                        "service",
                                        "Haarschnitt",
                                        "date",
                                        "2027-04-02",
                                        "time",
                                        "11:00",
                                        "customer_name",
                                        "B",
                                        "staff",
                                        "Ben"))
                        .path("booked")
                        .asBoolean())
                .isTrue();
        long rows = appointmentRows();
        Instant wish = Instant.parse("2027-04-02T09:00:00Z");

        JsonNode check = caller().call(
                        "check_availability", Map.of("service", "Haarschnitt", "date", "2027-04-02", "time", "11:00"));
        JsonNode book = caller().book("Haarschnitt", "2027-04-02", "11:00", "Zu Spät");

        assertThat(check.path("available").asBoolean()).isFalse();
        assertThat(check.path("reason").asText()).isEqualTo("slot_taken");
        assertThat(check.path("message").asText())
                .startsWith("Dieser Termin ist leider schon vergeben. Ich kann Ihnen");
        for (JsonNode answer : List.of(check, book)) {
            List<String> alternatives = starts(answer.path("alternatives"));
            assertThat(alternatives)
                    .hasSizeBetween(1, 5)
                    .doesNotContain("2027-04-02T11:00:00+02:00")
                    .doesNotHaveDuplicates();
            List<Duration> distances = alternatives.stream()
                    .map(s -> Duration.between(wish, OffsetDateTime.parse(s).toInstant())
                            .abs())
                    .toList();
            assertThat(distances).isSorted();
            assertThat(distances.get(0)).isEqualTo(Duration.ofMinutes(30));
            assertThat(alternatives.get(0)).isIn("2027-04-02T10:30:00+02:00", "2027-04-02T11:30:00+02:00");
        }
        assertThat(book.path("booked").asBoolean()).isFalse();
        assertThat(book.path("reason").asText()).isEqualTo("slot_taken");
        assertThat(book.has("appointment_id")).isFalse();
        assertThat(appointmentRows()).isEqualTo(rows);
    }

    @Test
    void givenTimeOutsideOpeningHoursWhenCheckedOrBookedThenOutsideHoursWithAlternatives() {
        long rows = appointmentRows();

        JsonNode evening = caller().call(
                        "check_availability", Map.of("service", "Beratung", "date", "2027-04-05", "time", "19:00"));
        JsonNode early = caller().book("Beratung", "2027-04-05", "07:00", "Früh Aufsteher");
        JsonNode sunday = caller().call(
                        "check_availability", Map.of("service", "Beratung", "date", "2027-04-04", "time", "10:00"));

        assertThat(evening.path("available").asBoolean()).isFalse();
        assertThat(evening.path("reason").asText()).isEqualTo("outside_hours");
        assertThat(evening.path("message").asText()).startsWith("Zu dieser Zeit haben wir geschlossen.");
        assertThat(starts(evening.path("alternatives")))
                .hasSizeBetween(1, 5)
                .first()
                .asString()
                .startsWith("2027-04-05T17:45");
        assertThat(early.path("booked").asBoolean()).isFalse();
        assertThat(early.path("reason").asText()).isEqualTo("outside_hours");
        assertThat(starts(early.path("alternatives"))).first().asString().isEqualTo("2027-04-05T09:00:00+02:00");
        assertThat(sunday.path("reason").asText()).isEqualTo("outside_hours");
        assertThat(starts(sunday.path("alternatives")))
                .hasSize(5)
                .allSatisfy(s -> assertThat(s).startsWith("2027-04-05T"))
                .first()
                .isEqualTo("2027-04-05T09:00:00+02:00");
        assertThat(appointmentRows()).isEqualTo(rows);
    }

    @Test
    void givenDaysAroundTheChangeToSummerTimeWhenCheckedThenTimesCarryTheRightOffset() {
        RetellCaller caller = caller();

        JsonNode friday = caller.call(
                "check_availability", Map.of("service", "Haarschnitt", "date", "2027-03-26", "time", "10:00"));
        JsonNode saturdayLate = caller.call(
                "check_availability", Map.of("service", "Haarschnitt", "date", "2027-03-27", "time", "13:45"));
        JsonNode sunday = caller.call(
                "check_availability", Map.of("service", "Haarschnitt", "date", "2027-03-28", "time", "10:00"));
        JsonNode monday = caller.book("Haarschnitt", "2027-03-29", "09:00", "Sommer Zeit");

        assertThat(friday.path("available").asBoolean()).isTrue();
        assertThat(friday.path("slots").get(0).path("start").asText()).isEqualTo("2027-03-26T10:00:00+01:00");
        assertThat(saturdayLate.path("reason").asText())
                .as("13:45 + 30 min is after closing")
                .isEqualTo("outside_hours");
        assertThat(starts(saturdayLate.path("alternatives")))
                .hasSize(5)
                .allSatisfy(s -> assertThat(s).endsWith("+01:00"))
                .first()
                .isEqualTo("2027-03-27T13:30:00+01:00");
        assertThat(sunday.path("reason").asText()).as("closed on Sundays").isEqualTo("outside_hours");
        assertThat(starts(sunday.path("alternatives")))
                .hasSize(5)
                .allSatisfy(s -> assertThat(s).endsWith("+02:00"))
                .first()
                .isEqualTo("2027-03-29T09:00:00+02:00");
        assertThat(monday.path("booked").asBoolean()).isTrue();
        assertThat(monday.path("start").asText()).isEqualTo("2027-03-29T09:00:00+02:00");
        assertThat(appointment(monday.path("appointment_id").asText()).slot().start())
                .isEqualTo(Instant.parse("2027-03-29T07:00:00Z"));
    }

    // ---- idempotency and atomicity --------------------------------------------------------------

    @Test
    void givenSameBookingRepeatedInOneCallWhenRetriedThenSameAppointmentAndOneRow() {
        RetellCaller caller = caller();
        Map<String, String> args =
                Map.of("service", "Färben", "date", "2027-04-08", "time", "09:00", "customer_name", "Ida Idem");
        long rows = appointmentRows();

        List<String> ids = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            JsonNode answer = caller.call("book_appointment", args);
            assertThat(answer.path("booked").asBoolean())
                    .as("attempt %s: %s", attempt, answer)
                    .isTrue();
            ids.add(answer.path("appointment_id").asText());
        }

        assertThat(ids).containsOnly(ids.get(0));
        assertThat(appointmentRows()).isEqualTo(rows + 1);
        assertThat(app.db()
                        .appointments()
                        .upcomingFor(app.demoTenant(), customer(caller).id(), NOW))
                .hasSize(1);
    }

    @Test
    void givenCancelledAppointmentWhenCancelRepeatedThenSuccessfulNoOp() {
        RetellCaller caller = caller();
        String id = caller.book("Beratung", "2027-04-08", "12:00", "Carl Cancel")
                .path("appointment_id")
                .asText();

        JsonNode first = caller.call("cancel_appointment", Map.of("appointment_id", id));
        Appointment afterFirst = appointment(id);
        JsonNode second = caller.call("cancel_appointment", Map.of("appointment_id", id));

        assertThat(first.path("cancelled").asBoolean()).isTrue();
        assertThat(second.path("cancelled").asBoolean()).isTrue();
        assertThat(second.path("appointment_id").asText()).isEqualTo(id);
        assertThat(afterFirst.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(appointment(id)).isEqualTo(afterFirst);
    }

    @Test
    void givenNewTimeTakenWhenReschedulingThenNotRescheduledAndOldAppointmentUntouched() {
        RetellCaller mover = caller();
        String id = mover.call(
                        "book_appointment",
                        Map.of(
                                "service",
                                "Haarschnitt",
                                "date",
                                "2027-04-06",
                                "time",
                                "10:00",
                                "customer_name",
                                "Moritz Mover",
                                "staff",
                                "Anna"))
                .path("appointment_id")
                .asText();
        assertThat(caller().call(
                                "book_appointment",
                                Map.of(
                                        "service",
                                        "Haarschnitt",
                                        "date",
                                        "2027-04-06",
                                        "time",
                                        "14:00",
                                        "customer_name",
                                        "A",
                                        "staff",
                                        "Anna"))
                        .path("booked")
                        .asBoolean())
                .isTrue();
        assertThat(caller().call(
                                "book_appointment",
                                Map.of(
                                        "service",
                                        "Haarschnitt",
                                        "date",
                                        "2027-04-06",
                                        "time",
                                        "14:00",
                                        "customer_name",
                                        "B",
                                        "staff",
                                        "Ben"))
                        .path("booked")
                        .asBoolean())
                .isTrue();
        Appointment before = appointment(id);
        long rows = appointmentRows();

        JsonNode answer = mover.call(
                "reschedule_appointment", Map.of("appointment_id", id, "date", "2027-04-06", "time", "14:00"));

        assertThat(answer.path("rescheduled").asBoolean()).isFalse();
        assertThat(answer.path("reason").asText()).isEqualTo("slot_taken");
        assertThat(answer.path("appointment_id").asText()).isEqualTo(id);
        assertThat(starts(answer.path("alternatives")))
                .hasSizeBetween(1, 5)
                .doesNotContain("2027-04-06T14:00:00+02:00");
        assertThat(answer.path("message").asText()).contains("Ihr bisheriger Termin bleibt bestehen.");
        assertThat(appointment(id)).isEqualTo(before);
        assertThat(appointmentRows()).isEqualTo(rows);
    }

    // ---- whose appointment ----------------------------------------------------------------------

    @Test
    void givenAnotherCallersAppointmentWhenStrangerFindsMovesOrCancelsThenNothingVisibleAndNothingChanges() {
        RetellCaller owner = caller();
        String id = owner.book("Haarschnitt", "2027-04-07", "10:00", "Olga Owner")
                .path("appointment_id")
                .asText();
        Appointment before = appointment(id);
        RetellCaller stranger = caller();
        RetellCaller customerStranger = caller();
        assertThat(customerStranger
                        .book("Beratung", "2027-04-07", "16:00", "Sven Stranger")
                        .path("booked")
                        .asBoolean())
                .isTrue();

        JsonNode strangerFinds = stranger.call("find_my_appointments", Map.of());
        JsonNode strangerCancels = stranger.call("cancel_appointment", Map.of("appointment_id", id));
        JsonNode strangerMoves = stranger.call(
                "reschedule_appointment", Map.of("appointment_id", id, "date", "2027-04-07", "time", "12:00"));
        JsonNode customerCancels = customerStranger.call("cancel_appointment", Map.of("appointment_id", id));
        JsonNode customerMoves = customerStranger.call(
                "reschedule_appointment", Map.of("appointment_id", id, "date", "2027-04-07", "time", "12:00"));

        assertThat(strangerFinds.path("appointments")).isEmpty();
        assertThat(strangerCancels.path("error").asText()).isEqualTo("no_upcoming_appointment");
        assertThat(strangerMoves.path("error").asText()).isEqualTo("no_upcoming_appointment");
        assertThat(customerCancels.path("error").asText()).isEqualTo("not_found");
        assertThat(customerCancels.path("message").asText())
                .isEqualTo("Diesen Termin finde ich unter Ihrer Nummer nicht.");
        assertThat(customerMoves.path("error").asText()).isEqualTo("not_found");
        assertThat(customerCancels.has("cancelled")).isFalse();
        assertThat(appointment(id)).isEqualTo(before);
    }

    @Test
    void givenAppointmentOfTenantAWhenSameNumberCallsTenantBWithItsIdThenNotFoundAndUntouched() {
        RetellCaller owner = caller();
        String id = owner.book("Haarschnitt", "2027-04-07", "11:00", "Tara Tenant")
                .path("appointment_id")
                .asText();
        Appointment before = appointment(id);
        RetellCaller sameNumberAtB = owner.calling(ENGLISH_NUMBER);
        assertThat(sameNumberAtB
                        .book("Haircut", "2027-04-07", "11:00", "Tara Tenant")
                        .path("booked")
                        .asBoolean())
                .isTrue();

        JsonNode cancel = sameNumberAtB.call("cancel_appointment", Map.of("appointment_id", id));
        JsonNode move = sameNumberAtB.call(
                "reschedule_appointment", Map.of("appointment_id", id, "date", "2027-04-08", "time", "10:00"));
        JsonNode find = sameNumberAtB.call("find_my_appointments", Map.of());

        assertThat(cancel.path("error").asText()).isEqualTo("not_found");
        assertThat(move.path("error").asText()).isEqualTo("not_found");
        assertThat(find.findValuesAsText("appointment_id")).hasSize(1).doesNotContain(id);
        assertThat(appointment(id)).isEqualTo(before);
        assertThat(app.db().appointments().find(english.tenant(), AppointmentId.parse(id)))
                .isEmpty();
    }

    // ---- bad input ------------------------------------------------------------------------------

    @Test
    void givenUnknownFunctionOrBadArgumentsWhenCalledThenOkWithErrorAndHelpfulMessageAndNothingBooked() {
        RetellCaller caller = caller();
        long rows = appointmentRows();
        long customers = app.count("select count(*) from customers");

        JsonNode unknown = caller.call("make_coffee", Map.of());
        assertThat(unknown.path("error").asText()).isEqualTo("unknown_function");
        assertThat(unknown.path("message").asText()).isEqualTo("Diese Funktion gibt es nicht.");
        assertThat(unknown.path("options").toString())
                .contains("book_appointment")
                .contains("list_services");

        Map<String, Object> good =
                Map.of("service", "Haarschnitt", "date", "2027-04-09", "time", "10:00", "customer_name", "Bad Input");
        List<Case> cases = List.of(
                new Case(with(good, "date", "2026-13-40"), "invalid_argument", "Welches Datum meinen Sie genau?"),
                new Case(with(good, "date", "tomorrow-ish"), "invalid_argument", "Welches Datum meinen Sie genau?"),
                new Case(with(good, "time", "25:00"), "invalid_argument", "Um wie viel Uhr genau?"),
                new Case(with(good, "time", "25:99"), "invalid_argument", "Um wie viel Uhr genau?"),
                new Case(without(good, "service"), "invalid_argument", "Mir fehlt noch die gewünschte Leistung."),
                new Case(without(good, "date"), "invalid_argument", "An welchem Tag möchten Sie kommen?"),
                new Case(without(good, "customer_name"), "invalid_argument", "Mir fehlt noch Ihr Name."),
                new Case(
                        with(good, "customer_name", "x".repeat(10_000)),
                        "invalid_argument",
                        "Die Angabe customer_name ist zu lang."),
                new Case(
                        with(good, "customer_phone", "12ab-not-a-number"),
                        "invalid_argument",
                        "Die Telefonnummer habe ich nicht verstanden."),
                new Case(
                        with(good, "service", Map.of("name", "Haarschnitt")),
                        "invalid_argument",
                        "Die Angabe service habe ich nicht verstanden."),
                new Case(
                        with(good, "service", "Massage"),
                        "unknown_service",
                        "Das bieten wir leider nicht an. Möglich sind:"),
                new Case(with(good, "staff", "Zoe"), "unknown_staff", "Zoe kann das leider nicht machen."));
        for (Case bad : cases) {
            JsonNode answer = caller.call("book_appointment", bad.args());
            assertThat(answer.path("error").asText())
                    .as("args %s -> %s", bad.args().keySet(), answer)
                    .isEqualTo(bad.error());
            assertThat(answer.path("message").asText())
                    .as("args %s", bad.args())
                    .startsWith(bad.message());
            assertThat(answer.has("booked")).isFalse();
        }

        JsonNode badCheck = caller.call("check_availability", Map.of("service", "Haarschnitt", "date", "2027-02-30"));
        assertThat(badCheck.path("error").asText()).isEqualTo("invalid_argument");
        JsonNode badMove = caller.call("reschedule_appointment", Map.of("date", "2027-04-09", "time", "9 Uhr"));
        assertThat(badMove.path("error").asText()).isEqualTo("invalid_argument");
        assertThat(appointmentRows()).isEqualTo(rows);
        assertThat(app.count("select count(*) from customers")).isEqualTo(customers);
    }

    private record Case(Map<String, Object> args, String error, String message) {}

    private static Map<String, Object> with(Map<String, Object> args, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(args);
        copy.put(key, value);
        return copy;
    }

    private static Map<String, Object> without(Map<String, Object> args, String key) {
        Map<String, Object> copy = new HashMap<>(args);
        copy.remove(key);
        return copy;
    }

    @Test
    void givenInjectionStringsAsNameWhenBookingThenStoredLiterally() {
        RetellCaller caller = caller();
        String name = "Robert'); DROP TABLE appointments;-- <script>alert(1)</script> {{agent}}";

        JsonNode answer = caller.book("Beratung", "2027-04-09", "11:00", name);

        assertThat(answer.path("booked").asBoolean()).as("%s", answer).isTrue();
        assertThat(customer(caller).name()).isEqualTo(name);
        assertThat(app.count(
                        "select count(*) from appointments where id = ?",
                        AppointmentId.parse(answer.path("appointment_id").asText())
                                .value()))
                .isEqualTo(1);
    }

    @Test
    void givenCustomerPhoneInLocalFormatWhenBookingThenCustomerStoredInE164() {
        RetellCaller caller = caller();

        JsonNode answer = caller.call(
                "book_appointment",
                Map.of(
                        "service",
                        "Beratung",
                        "date",
                        "2027-04-09",
                        "time",
                        "12:00",
                        "customer_name",
                        "Lokal Format",
                        "customer_phone",
                        "030 1234567"));

        assertThat(answer.path("booked").asBoolean()).as("%s", answer).isTrue();
        assertThat(app.db().customers().findByPhone(app.demoTenant(), PhoneNumber.parse("+49301234567")))
                .isPresent();
    }

    @Test
    void givenBrokenRequestsWhenPostedToFunctionsThenUnauthorizedOrBadRequestNeverServerError() {
        RetellCaller caller = caller();
        byte[] body = RetellClient.bytes(RetellClient.function(
                "list_services", Map.of(), caller.callId(), caller.from(), DEMO_NUMBER, NOW.toEpochMilli()));

        Response unsigned = retell.post("/webhooks/retell/functions", body, Map.of());
        Response stale = retell.post(
                "/webhooks/retell/functions",
                body,
                Map.of(
                        "X-Retell-Signature",
                        RetellClient.signature(body, RunningServer.KEY, NOW.toEpochMilli() - 600_000)));
        Response malformed = retell.signed("/webhooks/retell/functions", "{\"name\":".getBytes(StandardCharsets.UTF_8));
        Response noName = retell.signed("/webhooks/retell/functions", "{\"args\":{}}".getBytes(StandardCharsets.UTF_8));
        Response argsNotObject = retell.signed(
                "/webhooks/retell/functions",
                "{\"name\":\"list_services\",\"args\":\"x\"}".getBytes(StandardCharsets.UTF_8));
        Response unknownBusiness = RetellCaller.fresh(retell, "+498912345678").send("list_services", Map.of());

        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(stale.status()).isEqualTo(401);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(noName.status()).isEqualTo(400);
        assertThat(argsNotObject.status()).isEqualTo(400);
        assertThat(unknownBusiness.status()).isEqualTo(200);
        assertThat(unknownBusiness.json().path("error").asText()).isEqualTo("unknown_number");
        assertThat(app.db().calls().findByAgentCallId(app.demoTenant(), caller.callId()))
                .isEmpty();
    }

    // ---- language -------------------------------------------------------------------------------

    @Test
    void givenEnglishCompanyWhenCallerUsesTheFunctionsThenMessagesAreEnglish() {
        RetellCaller caller = RetellCaller.fresh(retell, ENGLISH_NUMBER);

        JsonNode services = caller.call("list_services", Map.of());
        JsonNode check =
                caller.call("check_availability", Map.of("service", "trim", "date", "2027-04-12", "time", "10:00"));
        JsonNode booked = caller.book("Haircut", "2027-04-12", "10:00", "Jane Doe");
        JsonNode unknownService = caller.book("Massage", "2027-04-12", "11:00", "Jane Doe");
        JsonNode badDate = caller.call("check_availability", Map.of("service", "Haircut", "date", "soon"));

        assertThat(services.path("message").asText()).isEqualTo("We offer Haircut (30 minutes).");
        assertThat(check.path("available").asBoolean()).isTrue();
        assertThat(check.path("slots").get(0).path("start").asText()).isEqualTo("2027-04-12T10:00:00+01:00");
        assertThat(check.path("message").asText()).isEqualTo("Monday, 12 April at 10:00 is free for Haircut.");
        assertThat(booked.path("message").asText())
                .isEqualTo("Your Haircut appointment on Monday, 12 April at 10:00 with Sam is booked.");
        assertThat(unknownService.path("message").asText()).isEqualTo("We do not offer that. You can book: Haircut.");
        assertThat(badDate.path("message").asText()).isEqualTo("Which date exactly do you mean?");
    }
}
