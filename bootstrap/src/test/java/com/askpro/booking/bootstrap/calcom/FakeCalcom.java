package com.askpro.booking.bootstrap.calcom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A small stand-in for Cal.com API v2 behind MockWebServer: free slots at 10:00, 10:30 and 11:00
 * local every day, bookings kept in memory (create, get, list, reschedule, cancel). It can be
 * switched {@link #down} (503 for everything) or made to answer every create and reschedule with
 * "already has booking". Every request is kept for assertions.
 */
final class FakeCalcom extends Dispatcher {

    static final ObjectMapper JSON = new ObjectMapper();
    static final List<LocalTime> FREE = List.of(LocalTime.of(10, 0), LocalTime.of(10, 30), LocalTime.of(11, 0));

    final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    final Map<String, ObjectNode> bookings = new ConcurrentHashMap<>();
    volatile boolean down;
    volatile boolean taken;
    private final AtomicInteger sequence = new AtomicInteger();

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        if (down) {
            return json(503, "{\"statusCode\":503,\"message\":\"Service Unavailable\"}");
        }
        try {
            return answer(request);
        } catch (IOException | RuntimeException e) {
            return json(500, "{\"statusCode\":500,\"message\":\"" + e.getClass().getSimpleName() + "\"}");
        }
    }

    /** The requests with this method whose path is exactly {@code path}. */
    List<RecordedRequest> requests(String method, String path) {
        return requests.stream()
                .filter(r ->
                        r.getMethod().equals(method) && r.getUrl().encodedPath().equals(path))
                .toList();
    }

    static JsonNode body(RecordedRequest request) throws IOException {
        return JSON.readTree(request.getBody().utf8());
    }

    private MockResponse answer(RecordedRequest request) throws IOException {
        String path = request.getUrl().encodedPath();
        String method = request.getMethod();
        if (method.equals("GET") && path.equals("/v2/slots")) {
            return slots(request);
        }
        if (method.equals("POST") && path.equals("/v2/bookings")) {
            if (taken) {
                return alreadyBooked();
            }
            JsonNode body = body(request);
            return created(
                    body.path("start").asText(),
                    body.path("eventTypeId").asLong(),
                    (ObjectNode) body.path("metadata"),
                    null);
        }
        if (method.equals("GET") && path.equals("/v2/bookings")) {
            return json(
                    200,
                    "{\"status\":\"success\",\"data\":" + JSON.valueToTree(bookings.values()) + ",\"pagination\":"
                            + "{\"totalItems\":" + bookings.size() + ",\"remainingItems\":0,\"hasNextPage\":false}}");
        }
        String[] parts = path.split("/");
        ObjectNode booking = parts.length >= 4 ? bookings.get(parts[3]) : null;
        if (booking == null) {
            return json(
                    404,
                    "{\"status\":\"error\",\"error\":{\"code\":\"NotFoundException\",\"message\":\"Booking with uid="
                            + (parts.length >= 4 ? parts[3] : "") + " was not found in the database\"}}");
        }
        if (method.equals("GET") && parts.length == 4) {
            return envelope(200, booking);
        }
        if (method.equals("POST") && path.endsWith("/cancel")) {
            booking.put("status", "cancelled");
            return envelope(200, booking);
        }
        if (method.equals("POST") && path.endsWith("/reschedule")) {
            if (taken) {
                return alreadyBooked();
            }
            MockResponse moved = created(
                    body(request).path("start").asText(),
                    booking.path("eventTypeId").asLong(),
                    (ObjectNode) booking.path("metadata"),
                    booking.path("uid").asText());
            booking.put("status", "cancelled");
            return moved;
        }
        return json(404, "{\"statusCode\":404,\"message\":\"Cannot " + method + " " + path + "\"}");
    }

    private MockResponse slots(RecordedRequest request) {
        ZoneId zone = ZoneId.of(request.getUrl().queryParameter("timeZone"));
        LocalDate first = Instant.parse(request.getUrl().queryParameter("start"))
                .atZone(zone)
                .toLocalDate();
        LocalDate last = Instant.parse(request.getUrl().queryParameter("end"))
                .atZone(zone)
                .toLocalDate();
        ObjectNode data = JSON.createObjectNode();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            var items = data.putArray(day.toString());
            for (LocalTime time : FREE) {
                var start = day.atTime(time).atZone(zone);
                items.addObject()
                        .put("start", start.toOffsetDateTime().toString())
                        .put("end", start.plusMinutes(30).toOffsetDateTime().toString());
            }
        }
        return json(200, "{\"status\":\"success\",\"data\":" + data + "}");
    }

    private MockResponse created(String start, long eventTypeId, ObjectNode metadata, String from) {
        String uid = "cal-uid-" + sequence.incrementAndGet();
        Instant begin = Instant.parse(start);
        ObjectNode booking = JSON.createObjectNode()
                .put("id", sequence.get())
                .put("uid", uid)
                .put("title", "Haircut")
                .put("status", "accepted")
                .put("start", begin.toString())
                .put("end", begin.plus(Duration.ofMinutes(30)).toString())
                .put("duration", 30)
                .put("eventTypeId", eventTypeId);
        booking.set("metadata", metadata == null ? JSON.createObjectNode() : metadata.deepCopy());
        if (from != null) {
            booking.put("rescheduledFromUid", from);
            bookings.get(from).put("rescheduledToUid", uid);
        }
        bookings.put(uid, booking);
        return envelope(201, booking);
    }

    private static MockResponse alreadyBooked() {
        return json(
                400,
                "{\"status\":\"error\",\"timestamp\":\"2050-09-05T07:00:00.000Z\",\"path\":\"/v2/bookings\","
                        + "\"error\":{\"code\":\"BadRequestException\",\"message\":\"User either already has booking at this time or is not available\"}}");
    }

    private static MockResponse envelope(int code, JsonNode data) {
        return json(code, "{\"status\":\"success\",\"data\":" + data + "}");
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }
}
