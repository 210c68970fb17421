package com.askpro.booking.bootstrap.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The calendar view and the staff actions over real HTTP on a real server (H2): the branch's day
 * with staff columns and working time, booking a walk-in through the phone's booking rules (the
 * same time refused afterwards, with alternatives), move, cancel with a reason, confirm, arrived
 * and no-show with their rules, the action trail with the session's actor, and tenancy: another
 * tenant's appointments and branches answer 404, actions from another site 403, without a session 401.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarHttpTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final ObjectMapper json = new ObjectMapper();
    private DashboardServer s;
    private String demo;
    private String other;
    private String branch;

    @BeforeAll
    void start() throws Exception {
        s = new DashboardServer();
        demo = s.cookieOf(s.demoKey);
        other = s.cookieOf(s.otherKey);
        branch = get("/dashboard/api/calendar", demo).path("branch").path("id").asText();
    }

    @AfterAll
    void stop() {
        s.close();
    }

    /** A weekday at least {@code ahead} days from today at the branch. */
    private static LocalDate weekday(int ahead) {
        LocalDate day = LocalDate.now(BERLIN).plusDays(ahead);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    @Test
    void theDayShowsOneColumnPerStaffMemberWithTheirWorkingTime() throws Exception {
        LocalDate day = weekday(2);
        JsonNode calendar = get("/dashboard/api/calendar?from=" + day + "&days=1", demo);
        assertThat(calendar.path("branch").path("name").asText()).isEqualTo("Berlin Mitte");
        assertThat(calendar.path("time_zone").asText()).isEqualTo("Europe/Berlin");
        JsonNode columns = calendar.path("days").get(0).path("columns");
        List<String> names = new ArrayList<>();
        columns.forEach(c -> names.add(c.path("name").asText()));
        assertThat(names).containsExactlyInAnyOrder("Anna", "Ben");
        assertThat(columns.get(0).path("working").get(0).path("from").asText()).isEqualTo("09:00");
        assertThat(columns.get(0).path("working").get(0).path("to").asText()).isEqualTo("18:00");
        assertThat(calendar.path("services").findValuesAsText("name")).contains("Haarschnitt", "Färben", "Beratung");

        JsonNode week = get("/dashboard/api/calendar?from=" + day + "&days=7", demo);
        assertThat(week.path("days")).hasSize(7);
        boolean sundayClosed = false;
        for (JsonNode d : week.path("days")) {
            if (LocalDate.parse(d.path("date").asText()).getDayOfWeek() == DayOfWeek.SUNDAY) {
                sundayClosed = d.path("opening").isEmpty()
                        && d.path("columns").get(0).path("working").isEmpty();
            }
        }
        assertThat(sundayClosed).as("Sunday shows no working time").isTrue();
        assertThat(s.get("/dashboard/api/calendar?days=9", demo).statusCode()).isEqualTo(422);
        assertThat(s.get("/dashboard/api/calendar?branch=" + branch, other).statusCode())
                .isEqualTo(404);
        assertThat(s.get("/dashboard/api/calendar", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aWalkInIsBookedThroughTheBookingRulesAndItsTimeIsThenRefusedWithAlternatives() throws Exception {
        LocalDate day = weekday(3);
        HttpResponse<String> booked = post("/dashboard/api/calendar/bookings", demo, """
                {"branch":"%s","service":"Haarschnitt","staff":"Anna","date":"%s","time":"10:00",
                 "customer_name":"Walter Walk-in","phone":"+49 151 11122233"}""".formatted(branch, day));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        JsonNode appointment = json.readTree(booked.body()).path("appointment");
        assertThat(appointment.path("staff").asText()).isEqualTo("Anna");
        assertThat(appointment.path("customer").asText()).isEqualTo("Walter Walk-in");
        assertThat(Instant.parse(appointment.path("start").asText())
                        .atZone(BERLIN)
                        .toLocalTime())
                .hasToString("10:00");

        JsonNode calendar = get("/dashboard/api/calendar?from=" + day, demo);
        JsonNode anna = column(calendar, "Anna");
        assertThat(anna.path("appointments").findValuesAsText("id"))
                .contains(appointment.path("id").asText());
        assertThat(anna.path("appointments").findValuesAsText("service")).contains("Haarschnitt");

        HttpResponse<String> again = post("/dashboard/api/calendar/bookings", demo, """
                {"branch":"%s","service":"Haarschnitt","staff":"Anna","date":"%s","time":"10:00",
                 "customer_name":"Zweite Kundin","phone":"+49 151 99988877"}""".formatted(branch, day));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        JsonNode refusal = json.readTree(again.body());
        assertThat(refusal.path("error").asText()).isEqualTo("slot_taken");
        assertThat(refusal.path("alternatives")).isNotEmpty();

        JsonNode trail = get(
                        "/dashboard/api/calendar/appointments/"
                                + appointment.path("id").asText(),
                        demo)
                .path("actions");
        assertThat(trail.findValuesAsText("action")).containsExactly("book");
        assertThat(trail.get(0).path("actor").asText()).isEqualTo("api_key:" + s.demoApiKey.id());
    }

    @Test
    void movingCancellingAndMarkingFollowTheAppointmentsRulesAndAreAudited() throws Exception {
        LocalDate day = weekday(4);
        String id = book(day, "14:00", "Moritz Move", "+49 151 44455566");

        HttpResponse<String> moved = post(
                "/dashboard/api/calendar/appointments/" + id + "/move",
                demo,
                "{\"date\":\"" + day + "\",\"time\":\"15:00\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        String replacement =
                json.readTree(moved.body()).path("appointment").path("id").asText();
        assertThat(replacement).isNotEqualTo(id);
        assertThat(get("/dashboard/api/calendar/appointments/" + id, demo)
                        .path("appointment")
                        .path("status")
                        .asText())
                .isEqualTo("rescheduled");
        assertThat(get("/dashboard/api/calendar/appointments/" + replacement, demo)
                        .path("actions")
                        .findValuesAsText("details"))
                .contains("moved from " + id);

        assertThat(post("/dashboard/api/calendar/appointments/" + replacement + "/no-show", demo, "{}")
                        .statusCode())
                .isEqualTo(409);
        assertThat(json.readTree(post("/dashboard/api/calendar/appointments/" + replacement + "/arrived", demo, "{}")
                                .body())
                        .path("error")
                        .asText())
                .isEqualTo("not_today");
        HttpResponse<String> confirmed =
                post("/dashboard/api/calendar/appointments/" + replacement + "/confirm", demo, "");
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(json.readTree(confirmed.body())
                        .path("appointment")
                        .path("status")
                        .asText())
                .isEqualTo("confirmed");

        HttpResponse<String> cancelled = post(
                "/dashboard/api/calendar/appointments/" + replacement + "/cancel",
                demo,
                "{\"reason\":\"Kundin krank\"}");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        JsonNode detail = json.readTree(cancelled.body());
        assertThat(detail.path("appointment").path("status").asText()).isEqualTo("cancelled");
        assertThat(detail.path("actions").findValuesAsText("action")).containsExactly("move", "confirm", "cancel");
        assertThat(detail.path("actions").get(2).path("details").asText()).isEqualTo("Kundin krank");
        JsonNode calendar = get("/dashboard/api/calendar?from=" + day, demo);
        assertThat(calendar.findValuesAsText("id")).doesNotContain(id, replacement);

        // the freed time can be booked again, by the same rules
        assertThat(book(day, "15:00", "Nora Nachrueck", "+49 151 77766655")).isNotBlank();
    }

    @Test
    void aNoShowIsMarkedOnlyOnceTheAppointmentHasStarted() throws Exception {
        LocalDate day = weekday(5);
        String id = book(day, "09:00", "Nils Noshow", "+49 151 12121212");
        Instant start = Instant.parse(get("/dashboard/api/calendar/appointments/" + id, demo)
                .path("appointment")
                .path("start")
                .asText());
        assertThat(post("/dashboard/api/calendar/appointments/" + id + "/no-show", demo, "{}")
                        .statusCode())
                .isEqualTo(409);
        s.clock.offset = Duration.between(Instant.now(), start.plusSeconds(600));
        try {
            String fresh = s.cookieOf(s.demoKey);
            HttpResponse<String> marked = post("/dashboard/api/calendar/appointments/" + id + "/no-show", fresh, "{}");
            assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
            assertThat(json.readTree(marked.body())
                            .path("appointment")
                            .path("attendance")
                            .asText())
                    .isEqualTo("no_show");
            assertThat(json.readTree(post("/dashboard/api/calendar/appointments/" + id + "/cancel", fresh, "{}")
                                    .body())
                            .path("appointment")
                            .path("status")
                            .asText())
                    .isEqualTo("cancelled");
        } finally {
            s.clock.offset = Duration.ZERO;
            // signing in at the moved clock cleared the sessions that had expired by then: open new ones
            demo = s.cookieOf(s.demoKey);
            other = s.cookieOf(s.otherKey);
        }
    }

    @Test
    void anotherTenantsAppointmentIsNotFoundAndActionsNeedTheSiteAndASession() throws Exception {
        String id = book(weekday(6), "11:00", "Tara Tenant", "+49 151 31313131");
        assertThat(s.get("/dashboard/api/calendar/appointments/" + id, other).statusCode())
                .isEqualTo(404);
        for (String action : List.of("move", "cancel", "confirm", "arrived", "no-show")) {
            assertThat(post(
                                    "/dashboard/api/calendar/appointments/" + id + "/" + action,
                                    other,
                                    "{\"date\":\"" + weekday(6) + "\",\"time\":\"12:00\"}")
                            .statusCode())
                    .as(action)
                    .isEqualTo(404);
        }
        assertThat(post("/dashboard/api/calendar/bookings", other, """
                {"branch":"%s","service":"Haarschnitt","date":"%s","time":"12:00","customer_name":"X","phone":"+49 151 1"}""".formatted(branch, weekday(6)))
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("/dashboard/api/calendar/appointments/" + id, demo)
                        .path("appointment")
                        .path("status")
                        .asText())
                .isEqualTo("booked");

        HttpRequest foreign = HttpRequest.newBuilder(s.uri("/dashboard/api/calendar/appointments/" + id + "/cancel"))
                .header("Cookie", demo)
                .header("Origin", "http://evil.example")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        assertThat(s.http.send(foreign, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(403);
        assertThat(post("/dashboard/api/calendar/appointments/" + id + "/cancel", null, "{}")
                        .statusCode())
                .isEqualTo(401);
        assertThat(post("/dashboard/api/calendar/appointments/not-a-uuid/cancel", demo, "{}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(post("/dashboard/api/calendar/bookings", demo, "[1,2]").statusCode())
                .isEqualTo(422);
        assertThat(get("/dashboard/api/calendar/appointments/" + id, demo)
                        .path("appointment")
                        .path("status")
                        .asText())
                .isEqualTo("booked");
    }

    @Test
    void aCalendarConflictShowsWhatTheCalendarAnsweredAndIsRebookedOrCancelled() throws Exception {
        LocalDate day = weekday(7);
        String rebook = conflict(
                book(day, "10:00", "Ria Rebook", "+49 151 61616161"), "calendar refused: slot no longer available");
        String cancel = conflict(book(day, "11:00", "Cora Cancel", "+49 151 62626262"), "rejected in Cal.com");

        JsonNode detail =
                get("/dashboard/api/calendar/appointments/" + rebook, demo).path("appointment");
        assertThat(detail.path("needs_attention").asBoolean()).isTrue();
        assertThat(detail.path("sync").asText()).isEqualTo("conflict");
        assertThat(detail.path("reason").asText()).isEqualTo("calendar refused: slot no longer available");
        assertThat(get("/dashboard/api/calendar?from=" + day, demo).findValues("needs_attention").stream()
                        .filter(JsonNode::asBoolean)
                        .count())
                .isEqualTo(2);

        HttpResponse<String> rebooked = post(
                "/dashboard/api/calendar/appointments/" + rebook + "/move",
                demo,
                "{\"date\":\"" + day + "\",\"time\":\"13:00\"}");
        assertThat(rebooked.statusCode()).as(rebooked.body()).isEqualTo(200);
        assertThat(json.readTree(rebooked.body())
                        .path("appointment")
                        .path("needs_attention")
                        .asBoolean())
                .isFalse();
        HttpResponse<String> cancelled = post(
                "/dashboard/api/calendar/appointments/" + cancel + "/cancel",
                demo,
                "{\"reason\":\"Konflikt im Kalender\"}");
        assertThat(json.readTree(cancelled.body())
                        .path("appointment")
                        .path("status")
                        .asText())
                .isEqualTo("cancelled");
    }

    /** Flags the appointment as refused by the external calendar, as the calendar sync does. */
    private String conflict(String id, String reason) {
        var appointments = s.server.persistence().appointments();
        var tenant = s.demo.tenant();
        var stored = appointments
                .find(tenant, com.askpro.booking.domain.appointment.AppointmentId.parse(id))
                .orElseThrow();
        var pending = appointments
                .update(
                        tenant,
                        new com.askpro.booking.domain.appointment.Appointment(
                                stored.id(),
                                stored.companyId(),
                                stored.branchId(),
                                stored.serviceId(),
                                stored.staffId(),
                                stored.customerId(),
                                stored.slot(),
                                stored.buffer(),
                                stored.zone(),
                                stored.status(),
                                com.askpro.booking.domain.appointment.SyncStatus.PENDING,
                                null,
                                stored.sourceCallId(),
                                null,
                                null,
                                null,
                                stored.version(),
                                stored.createdAt(),
                                stored.updatedAt()))
                .orElseThrow();
        appointments
                .update(tenant, pending.markConflict(reason, Instant.now()).orElseThrow())
                .orElseThrow();
        return id;
    }

    private String book(LocalDate day, String time, String name, String phone) throws Exception {
        HttpResponse<String> booked =
                post("/dashboard/api/calendar/bookings", demo, """
                {"branch":"%s","service":"Haarschnitt","date":"%s","time":"%s","customer_name":"%s","phone":"%s"}""".formatted(branch, day, time, name, phone));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        return json.readTree(booked.body()).path("appointment").path("id").asText();
    }

    private static JsonNode column(JsonNode calendar, String name) {
        for (JsonNode c : calendar.path("days").get(0).path("columns")) {
            if (name.equals(c.path("name").asText())) {
                return c;
            }
        }
        throw new AssertionError("no column " + name);
    }

    private JsonNode get(String path, String cookie) throws Exception {
        HttpResponse<String> response = s.get(path, cookie);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> post(String path, String cookie, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(s.uri(path))
                .header("Origin", s.origin())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return s.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
