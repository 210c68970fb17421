package com.askpro.booking.bootstrap;

import static com.askpro.booking.bootstrap.RetellClient.DEMO_NUMBER;
import static com.askpro.booking.bootstrap.RunningServer.awaitValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Privacy by design over real HTTP, on the embedded database (PostgreSQL in a subclass): after a
 * whole simulated conversation no name, e-mail, number or transcript word stands in clear in any
 * column of any table, and the tenant reads all of it back intact through the API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivacyFlowTest {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final ObjectMapper JSON = new ObjectMapper();

    RunningServer app;
    String tenantKey;
    private final HttpClient http = HttpClient.newHttpClient();

    /** The database to run on; the embedded one here, PostgreSQL in a subclass. */
    Map<String, String> database() throws Exception {
        return Map.of();
    }

    /** Removes what {@link #database()} created. */
    void dropDatabase() throws Exception {
    }

    @BeforeAll
    void start() throws Exception {
        // the system clock: background processing (db-scheduler) runs on real time
        app = RunningServer.start(Clock.systemUTC(), Server.SWEEP_INTERVAL,
                Files.createTempDirectory("askpro-privacy"), database());
        tenantKey = DemoKeys.ensure(app.db(), app.demo(), null, app.clock()).key();
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        dropDatabase();
    }

    /** What one caller told during a whole call; every value is unique to this conversation. */
    record Conversation(RetellCaller caller, String name, String email, String marker, String appointmentId, Call call) {
        List<String> traces() {
            String digits = caller.from().substring(1);
            return List.of(name, email, marker, caller.from(), digits);
        }
    }

    /** Inbound, a booking with name, e-mail and notes, then started, ended (transcript) and analyzed (summary). */
    Conversation converse(RetellCaller caller) {
        String tag = caller.callId().substring(caller.callId().length() - 8);
        String name = "Quirin Zabelstein" + tag;
        String email = "quirin." + tag + "@privat.example";
        String marker = "Kumquatsalbe" + tag;
        assertThat(app.retell().signed("/webhooks/retell/inbound", RetellClient.inbound(caller.from(), caller.to(), caller.callId()))
                .status()).isEqualTo(200);
        JsonNode booked = caller.call("book_appointment", Map.of("service", "Haarschnitt", "date", bookingDay(), "time",
                "1" + (Math.abs(tag.hashCode()) % 7 + 1) + ":00", "customer_name", name, "customer_email", email,
                "notes", "bringt " + marker + " mit"));
        assertThat(booked.path("booked").asBoolean()).as(booked.toString()).isTrue();
        long start = app.retell().nowMs() - 120_000;
        long end = start + 95_000;
        app.retell().signed("/webhooks/retell", RetellClient.callStarted(caller.callId(), caller.from(), caller.to(), start));
        ObjectNode ended = RetellClient.callEnded(caller.callId(), caller.from(), caller.to(), start, end, "user_hangup");
        ((ObjectNode) ended.get("call")).put("transcript", "Agent: Guten Tag!\nUser: Ich bin " + name + ", " + email
                + ", und bringe " + marker + " mit.");
        app.retell().signed("/webhooks/retell", ended);
        ObjectNode analyzed = RetellClient.callAnalyzed(caller.callId(), caller.from(), caller.to(), start, end, "user_hangup",
                name + " bucht einen Haarschnitt (" + marker + ").", "Positive", true);
        ((ObjectNode) analyzed.get("call")).put("transcript", "User: Ich bin " + name + " und bringe " + marker + " mit.")
                .put("recording_url", "https://recordings.example/" + marker + ".wav");
        ((ObjectNode) analyzed.get("call").get("call_analysis")).putObject("custom_analysis_data").put("wish", marker);
        app.retell().signed("/webhooks/retell", analyzed);
        Call call = awaitValue("call " + caller.callId() + " analyzed", WAIT, () -> app.db().calls()
                .findByRetellId(app.demoTenant(), caller.callId()).filter(c -> c.status() == CallStatus.ANALYZED
                        && c.facts().transcript() != null && c.facts().transcript().contains(marker)));
        return new Conversation(caller, name, email, marker, booked.path("appointment_id").asText(), call);
    }

    /** A weekday a few days ahead, when the demo branch is open. */
    static String bookingDay() {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(3);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.toString();
    }

    JsonNode api(String method, String path, String body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                    .header("Authorization", "Bearer " + tenantKey)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            ObjectNode answer = JSON.createObjectNode().put("status", response.statusCode());
            answer.set("body", response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body()));
            return answer;
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    @Test
    void after_a_whole_conversation_nothing_personal_is_stored_in_clear_and_the_api_answers_it_intact() {
        Conversation talk = converse(RetellCaller.fresh(app.retell(), DEMO_NUMBER));

        assertThat(RawDatabaseScan.columnCount(app.db().dataSource())).isGreaterThan(50);
        assertThat(RawDatabaseScan.traces(app.db().dataSource(), talk.traces())).isEmpty();

        JsonNode call = api("GET", "/api/v1/calls/" + talk.call().id(), null);
        assertThat(call.path("status").asInt()).isEqualTo(200);
        assertThat(call.path("body").path("from_number").asText()).isEqualTo(talk.caller().from());
        assertThat(call.path("body").path("transcript").asText()).contains(talk.name(), talk.marker());
        assertThat(call.path("body").path("summary").asText()).contains(talk.marker());
        assertThat(call.path("body").path("recording_url").asText()).contains(talk.marker());
        JsonNode customer = api("GET", "/api/v1/customers/" + talk.call().customerId(), null).path("body");
        assertThat(customer.path("name").asText()).isEqualTo(talk.name());
        assertThat(customer.path("email").asText()).isEqualTo(talk.email());
        assertThat(customer.path("phone").asText()).isEqualTo(talk.caller().from());
        JsonNode appointment = api("GET", "/api/v1/appointments/" + talk.appointmentId(), null).path("body");
        assertThat(appointment.path("notes").asText()).contains(talk.marker());
        assertThat(app.db().customers().findByPhone(app.demoTenant(), talk.caller().number())).as("lookup by phone")
                .hasValueSatisfying(c -> assertThat(c.name()).isEqualTo(talk.name()));
    }
}
