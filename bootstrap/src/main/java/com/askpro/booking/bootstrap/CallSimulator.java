package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.retell.RetellSignatureVerifier;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/**
 * {@code simulate-call}: plays one complete phone call against a running server exactly as Retell
 * would send it, every request signed: the inbound webhook, {@code list_services},
 * {@code check_availability}, {@code book_appointment}, then {@code call_started},
 * {@code call_ended} and {@code call_analyzed}. Prints each step. On a company's hotline it asks
 * for the services (and hears the branch question), checks across the branches and books at one.
 */
public final class CallSimulator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String key;
    private final String to;
    private final String from;
    private final PrintStream out;
    private final Clock clock;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public CallSimulator(URI base, String key, String to, String from, PrintStream out, Clock clock) {
        this.base = base;
        this.key = key;
        this.to = to;
        this.from = from;
        this.out = out;
        this.clock = clock;
    }

    /** Plays the call; answers the Retell call id used, or throws when a step fails. */
    public String run() throws IOException, InterruptedException {
        String callId = "sim_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        out.println("Simulating call " + callId + " from " + from + " to " + to + " against " + base);
        JsonNode inbound = post(
                "/webhooks/retell/inbound",
                Map.of(
                        "event",
                        "call_inbound",
                        "call_inbound",
                        Map.of("from_number", from, "to_number", to, "call_id", callId)));
        JsonNode variables = inbound.path("call_inbound").path("dynamic_variables");
        if (variables.path("hotline").asBoolean()) {
            return hotline(callId, variables);
        }
        out.println("  inbound: " + variables.path("company_name").asText() + ", "
                + variables.path("branch_name").asText() + " — "
                + variables.path("opening_hours").asText());
        ZoneId zone = ZoneId.of(variables.path("time_zone").asText("Europe/Berlin"));
        long startMs = clock.millis();
        JsonNode services = function(callId, "list_services", Map.of(), startMs);
        out.println("  list_services: " + services.path("message").asText());
        LocalDate day = nextWeekday(LocalDate.now(clock.withZone(zone)));
        JsonNode check = function(
                callId,
                "check_availability",
                Map.of("service", "Haarschnitt", "date", day.toString(), "time", "10:00"),
                startMs);
        out.println("  check_availability: " + check.path("message").asText());
        JsonNode alternative = check.path("alternatives").path(0).path("start");
        if (!check.path("available").asBoolean() && alternative.isMissingNode()) {
            throw new IOException("nothing free to book: " + check);
        }
        String date = check.path("available").asBoolean()
                ? day.toString()
                : alternative.asText().substring(0, 10);
        String time = check.path("available").asBoolean()
                ? "10:00"
                : alternative.asText().substring(11, 16);
        JsonNode booking = function(
                callId,
                "book_appointment",
                Map.of("service", "Haarschnitt", "date", date, "time", time, "customer_name", "Max Mustermann"),
                startMs);
        out.println("  book_appointment: " + booking.path("message").asText());
        if (!booking.path("booked").asBoolean()) {
            throw new IOException("booking failed: " + booking);
        }
        long endMs = startMs + 95_000;
        post("/webhooks/retell", event("call_started", callId, startMs, null, null));
        out.println("  call_started: accepted");
        post("/webhooks/retell", event("call_ended", callId, startMs, endMs, null));
        out.println("  call_ended: accepted");
        post(
                "/webhooks/retell",
                event(
                        "call_analyzed",
                        callId,
                        startMs,
                        endMs,
                        "Der Anrufer hat einen Haarschnitt am " + date + " um " + time + " Uhr gebucht."));
        out.println("  call_analyzed: accepted");
        out.println("Done: appointment " + booking.path("appointment_id").asText() + " for call " + callId);
        return callId;
    }

    /**
     * A call to a company's hotline: the services, the branch question, the free times across the
     * branches, then a booking at the first branch offered, naming it as the caller would.
     */
    private String hotline(String callId, JsonNode variables) throws IOException, InterruptedException {
        out.println("  inbound: " + variables.path("company_name").asText() + " (hotline) — "
                + variables.path("branches").asText());
        ZoneId zone = ZoneId.of(variables.path("time_zone").asText("Europe/Berlin"));
        long startMs = clock.millis();
        JsonNode asked = function(callId, "list_services", Map.of(), startMs);
        out.println("  list_services: " + asked.path("message").asText());
        LocalDate day = nextWeekday(LocalDate.now(clock.withZone(zone)));
        JsonNode check = function(
                callId,
                "check_availability",
                Map.of("service", "Haarschnitt", "date", day.toString(), "time", "12:00"),
                startMs);
        out.println("  check_availability: " + check.path("message").asText());
        JsonNode first = check.path("branches").path(0);
        if (first.isMissingNode() || first.path("slots").path(0).isMissingNode()) {
            throw new IOException("nothing free to book at any branch: " + check);
        }
        String branch = first.path("branch").asText();
        String start = first.path("slots").path(0).path("start").asText();
        String date = start.substring(0, 10);
        String time = start.substring(11, 16);
        String spokenBranch = branch.substring(branch.lastIndexOf(' ') + 1);
        JsonNode booking = function(
                callId,
                "book_appointment",
                Map.of(
                        "service",
                        "Haarschnitt",
                        "date",
                        date,
                        "time",
                        time,
                        "customer_name",
                        "Max Mustermann",
                        "branch",
                        spokenBranch),
                startMs);
        out.println("  book_appointment (branch \"" + spokenBranch + "\"): "
                + booking.path("message").asText());
        if (!booking.path("booked").asBoolean()) {
            throw new IOException("booking failed: " + booking);
        }
        long endMs = startMs + 95_000;
        post("/webhooks/retell", event("call_started", callId, startMs, null, null));
        out.println("  call_started: accepted");
        post("/webhooks/retell", event("call_ended", callId, startMs, endMs, null));
        out.println("  call_ended: accepted");
        post(
                "/webhooks/retell",
                event(
                        "call_analyzed",
                        callId,
                        startMs,
                        endMs,
                        "Der Anrufer hat einen Haarschnitt in " + branch + " am " + date + " um " + time
                                + " Uhr gebucht."));
        out.println("  call_analyzed: accepted");
        out.println("Done: appointment " + booking.path("appointment_id").asText() + " at " + branch + " for call "
                + callId);
        return callId;
    }

    private JsonNode function(String callId, String name, Map<String, Object> args, long startMs)
            throws IOException, InterruptedException {
        return post(
                "/webhooks/retell/functions",
                Map.of(
                        "name",
                        name,
                        "args",
                        args,
                        "call",
                        Map.of(
                                "call_id",
                                callId,
                                "call_type",
                                "phone_call",
                                "direction",
                                "inbound",
                                "from_number",
                                from,
                                "to_number",
                                to,
                                "call_status",
                                "ongoing",
                                "start_timestamp",
                                startMs)));
    }

    private Map<String, Object> event(String type, String callId, long startMs, Long endMs, String summary) {
        ObjectNode call = JSON.createObjectNode()
                .put("call_id", callId)
                .put("call_type", "phone_call")
                .put("direction", "inbound")
                .put("from_number", from)
                .put("to_number", to)
                .put("agent_id", "agent_simulator")
                .put("call_status", endMs == null ? "ongoing" : "ended")
                .put("start_timestamp", startMs);
        if (endMs != null) {
            call.put("end_timestamp", endMs)
                    .put("duration_ms", endMs - startMs)
                    .put("disconnection_reason", "user_hangup")
                    .put(
                            "transcript",
                            "Agent: Demo Salon, guten Tag!\nUser: Ich hätte gern einen Haarschnitt.\nAgent: Gern, ist gebucht.");
        }
        if (summary != null) {
            call.putObject("call_analysis")
                    .put("call_summary", summary)
                    .put("user_sentiment", "Positive")
                    .put("call_successful", true);
        }
        return Map.of("event", type, "call", call);
    }

    private JsonNode post(String path, Object body) throws IOException, InterruptedException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header(
                        "X-Retell-Signature",
                        RetellSignatureVerifier.sign(
                                bytes, key, Instant.now(clock).toEpochMilli()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw new IOException(path + " answered " + response.statusCode() + ": " + reason(response.body())
                    + (response.statusCode() == 401 ? " (is --key one of the server's ASKPRO_RETELL_API_KEYS?)" : ""));
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    /** The {@code error} of a JSON error answer, else the body as it is. */
    private static String reason(String body) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            return error.isTextual() ? error.asText() : body;
        } catch (IOException e) {
            return body;
        }
    }

    private static LocalDate nextWeekday(LocalDate today) {
        LocalDate day = today.plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }
}
