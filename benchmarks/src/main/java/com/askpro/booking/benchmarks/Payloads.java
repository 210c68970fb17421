package com.askpro.booking.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Request bodies as Retell sends them (the shapes of {@code bootstrap.CallSimulator}), shared by
 * the JMH benchmarks and the load generator.
 */
public final class Payloads {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Test vector 1 of shared/reference/retell.md (52 bytes). */
    public static final byte[] VECTOR_1 =
            "{\"event\":\"call_started\",\"call\":{\"call_id\":\"abc123\"}}".getBytes(StandardCharsets.UTF_8);
    /** Test vector 2 (68 bytes, non-ASCII). */
    public static final byte[] VECTOR_2 = "{\"event\":\"call_ended\",\"call\":{\"transcript\":\"Agent: ¿Cómo está?\"}}"
            .getBytes(StandardCharsets.UTF_8);
    /** Test vector 3: the empty body of a GET/DELETE function call. */
    public static final byte[] VECTOR_3 = new byte[0];

    private static final String[] LINES = {
        "Agent: Demo Salon, guten Tag! Wie kann ich Ihnen helfen?",
        "User: Hallo, ich hätte gern einen Termin zum Haareschneiden, am liebsten nächste Woche Mittwoch.",
        "Agent: Gern. Um wie viel Uhr würde es Ihnen passen?",
        "User: So gegen zehn Uhr vormittags, wenn das möglich ist. Ich bin da flexibel, aber nicht zu spät.",
        "Agent: Um zehn Uhr ist leider schon belegt. Ich kann Ihnen 10:30 Uhr bei Anna oder 11:00 Uhr bei Ben anbieten.",
        "User: Dann nehme ich 10:30 Uhr bei Anna. Muss ich vorher noch etwas beachten? Ich habe ziemlich lange Haare.",
        "Agent: Nein, das passt. Darf ich noch Ihren Namen erfahren?",
        "User: Jürgen Größmann, mit ö und Doppel-s ... also eigentlich mit ß.",
    };

    private Payloads() {}

    /** A {@code call_started} event as Retell sends it (~400 bytes). */
    public static byte[] callStarted(String callId, String from, String to, long startMs) {
        ObjectNode body = JSON.createObjectNode().put("event", "call_started");
        call(body.putObject("call"), callId, from, to, startMs, "ongoing");
        return bytes(body);
    }

    /** A {@code call_ended} event with a transcript and transcript objects, padded to about {@code targetBytes}. */
    public static byte[] callEnded(String callId, String from, String to, long startMs, int targetBytes) {
        ObjectNode body = JSON.createObjectNode().put("event", "call_ended");
        ObjectNode call = body.putObject("call");
        call(call, callId, from, to, startMs, "ended");
        long endMs = startMs + 185_000;
        call.put("end_timestamp", endMs)
                .put("duration_ms", endMs - startMs)
                .put("disconnection_reason", "user_hangup")
                .put("recording_url", "https://example.invalid/recordings/" + callId + ".wav");
        call.putObject("call_cost").put("combined_cost", 12.75);
        call.putObject("latency")
                .putObject("e2e")
                .put("p50", 812)
                .put("p90", 1204)
                .put("p99", 1650);
        StringBuilder transcript = new StringBuilder();
        ArrayNode objects = call.putArray("transcript_object");
        int base = bytes(body).length;
        for (int i = 0; base + transcript.length() * 2 + objects.size() * 90 < targetBytes; i++) {
            String line = LINES[i % LINES.length];
            transcript.append(line).append('\n');
            int colon = line.indexOf(':');
            objects.addObject()
                    .put("role", line.startsWith("Agent") ? "agent" : "user")
                    .put("content", line.substring(colon + 2))
                    .put("start", i * 4.2)
                    .put("end", i * 4.2 + 3.9);
        }
        call.put("transcript", transcript.toString());
        return bytes(body);
    }

    /** A {@code call_analyzed} event. */
    public static byte[] callAnalyzed(String callId, String from, String to, long startMs) {
        ObjectNode body = JSON.createObjectNode().put("event", "call_analyzed");
        ObjectNode call = body.putObject("call");
        call(call, callId, from, to, startMs, "ended");
        long endMs = startMs + 185_000;
        call.put("end_timestamp", endMs).put("duration_ms", endMs - startMs).put("disconnection_reason", "user_hangup");
        call.putObject("call_analysis")
                .put("call_summary", "Der Anrufer hat einen Haarschnitt gebucht.")
                .put("user_sentiment", "Positive")
                .put("call_successful", true)
                .putObject("custom_analysis_data")
                .put("service", "Haarschnitt")
                .put("booked", true);
        return bytes(body);
    }

    /** A {@code check_availability} function call. */
    public static byte[] checkAvailability(
            String callId, String from, String to, long startMs, LocalDate date, String time) {
        ObjectNode body = JSON.createObjectNode().put("name", "check_availability");
        body.putObject("args")
                .put("service", "Haarschnitt")
                .put("date", date.toString())
                .put("time", time);
        call(body.putObject("call"), callId, from, to, startMs, "ongoing");
        return bytes(body);
    }

    /** A {@code list_services} function call. */
    public static byte[] listServices(String callId, String from, String to, long startMs) {
        ObjectNode body = JSON.createObjectNode().put("name", "list_services");
        body.putObject("args");
        call(body.putObject("call"), callId, from, to, startMs, "ongoing");
        return bytes(body);
    }

    private static void call(ObjectNode call, String callId, String from, String to, long startMs, String status) {
        call.put("call_id", callId)
                .put("call_type", "phone_call")
                .put("agent_id", "agent_bench")
                .put("direction", "inbound")
                .put("from_number", from)
                .put("to_number", to)
                .put("call_status", status)
                .put("start_timestamp", startMs);
    }

    private static byte[] bytes(ObjectNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
