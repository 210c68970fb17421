package com.askpro.booking.bootstrap;

import static com.askpro.booking.bootstrap.RetellClient.DEMO_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.appointment.AppointmentId;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 5, the change back to winter time (Sunday 2027-10-31 in Berlin): the server's clock is fixed
 * at Wednesday 2027-10-27 10:00 CEST. Times before the change carry +02:00, after it +01:00.
 */
class BookingAutumnDstFlowTest {

    private static RunningServer app;

    @BeforeAll
    static void start() {
        app = RunningServer.start(Clock.fixed(Instant.parse("2027-10-27T08:00:00Z"), ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static List<String> starts(JsonNode slots) {
        List<String> starts = new ArrayList<>();
        slots.forEach(slot -> starts.add(slot.path("start").asText()));
        return starts;
    }

    @Test
    void givenDaysAroundTheChangeToWinterTimeWhenCheckedAndBookedThenTimesCarryTheRightOffset() {
        RetellCaller caller = RetellCaller.fresh(app.retell(), DEMO_NUMBER);

        JsonNode friday =
                caller.call("check_availability", Map.of("service", "Beratung", "date", "2027-10-29", "time", "10:00"));
        JsonNode saturdayLate = caller.call(
                "check_availability", Map.of("service", "Haarschnitt", "date", "2027-10-30", "time", "13:45"));
        JsonNode sunday = caller.call(
                "check_availability", Map.of("service", "Haarschnitt", "date", "2027-10-31", "time", "10:00"));
        JsonNode monday = caller.book("Haarschnitt", "2027-11-01", "09:00", "Winter Zeit");

        assertThat(friday.path("available").asBoolean()).isTrue();
        assertThat(friday.path("slots").get(0).path("start").asText()).isEqualTo("2027-10-29T10:00:00+02:00");
        assertThat(friday.path("slots").get(0).path("end").asText()).isEqualTo("2027-10-29T10:15:00+02:00");
        assertThat(saturdayLate.path("reason").asText()).isEqualTo("outside_hours");
        assertThat(starts(saturdayLate.path("alternatives")))
                .hasSize(5)
                .allSatisfy(s -> assertThat(s).endsWith("+02:00"))
                .first()
                .isEqualTo("2027-10-30T13:30:00+02:00");
        assertThat(sunday.path("reason").asText()).isEqualTo("outside_hours");
        assertThat(starts(sunday.path("alternatives")))
                .hasSize(5)
                .allSatisfy(s -> assertThat(s).endsWith("+01:00"))
                .first()
                .isEqualTo("2027-11-01T09:00:00+01:00");
        assertThat(monday.path("booked").asBoolean()).as("%s", monday).isTrue();
        assertThat(monday.path("start").asText()).isEqualTo("2027-11-01T09:00:00+01:00");
        assertThat(app.db()
                        .appointments()
                        .find(
                                app.demoTenant(),
                                AppointmentId.parse(
                                        monday.path("appointment_id").asText()))
                        .orElseThrow()
                        .slot()
                        .start())
                .isEqualTo(Instant.parse("2027-11-01T08:00:00Z"));
    }
}
