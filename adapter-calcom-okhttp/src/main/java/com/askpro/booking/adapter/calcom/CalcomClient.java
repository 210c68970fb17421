package com.askpro.booking.adapter.calcom;

import com.askpro.booking.adapter.calcom.CalcomDtos.Booking;
import com.askpro.booking.adapter.calcom.CalcomDtos.Cancel;
import com.askpro.booking.adapter.calcom.CalcomDtos.CreateBooking;
import com.askpro.booking.adapter.calcom.CalcomDtos.EventType;
import com.askpro.booking.adapter.calcom.CalcomDtos.Reschedule;
import com.askpro.booking.adapter.calcom.CalcomDtos.SlotItem;
import com.askpro.booking.adapter.calcom.CalcomHttp.Exchange;
import com.askpro.booking.adapter.calcom.CalcomHttp.Reply;
import com.askpro.booking.adapter.calcom.CalcomResilience.Outcome;
import com.askpro.booking.domain.port.CalendarProvider.CalendarAnswer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Adapter: typed Cal.com API v2 endpoints (slots, bookings, event types), each with its own
 * {@code cal-api-version}, run through {@link CalcomResilience}.
 */
final class CalcomClient {

    static final String SLOTS_VERSION = "2024-09-04";
    static final String BOOKINGS_VERSION = "2024-08-13";
    static final String EVENT_TYPES_VERSION = "2024-06-14";

    private static final TypeReference<Map<String, List<SlotItem>>> SLOT_DAYS = new TypeReference<>() {};
    private static final TypeReference<List<Booking>> BOOKINGS = new TypeReference<>() {};
    private static final TypeReference<List<EventType>> EVENT_TYPES = new TypeReference<>() {};

    /** A typed answer, or the calendar answer for the failure; {@code uncertain}: the request may have landed. */
    sealed interface Result<T> {
        record Ok<T>(T value) implements Result<T> {}

        record Failed<T>(CalendarAnswer answer, boolean uncertain) implements Result<T> {}
    }

    private final CalcomHttp http;
    private final CalcomResilience resilience;
    private final CalcomConfig config;

    CalcomClient(CalcomHttp http, CalcomResilience resilience, CalcomConfig config) {
        this.http = http;
        this.resilience = resilience;
        this.config = config;
    }

    /** {@code GET /v2/slots?format=range} between two explicit UTC instants, times in {@code zone}. */
    Result<Map<String, List<SlotItem>>> slots(
            Credential credential, long eventTypeId, Instant start, Instant end, ZoneId zone) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("start", start.toString());
        query.put("end", end.toString());
        query.put("eventTypeId", Long.toString(eventTypeId));
        query.put("timeZone", zone.getId());
        query.put("format", "range");
        return call(
                credential,
                new Exchange(SLOTS_VERSION, List.of("v2", "slots"), query, null),
                data -> data.isObject() ? CalcomJson.MAPPER.convertValue(data, SLOT_DAYS) : Map.of());
    }

    Result<Booking> createBooking(Credential credential, CreateBooking body) {
        return call(credential, post(List.of("v2", "bookings"), body), CalcomClient::booking);
    }

    Result<Booking> booking(Credential credential, String uid) {
        return call(
                credential,
                new Exchange(BOOKINGS_VERSION, List.of("v2", "bookings", uid), Map.of(), null),
                CalcomClient::booking);
    }

    /** {@code GET /v2/bookings} with the given filters ({@code afterStart}, {@code eventTypeId}, …). */
    Result<List<Booking>> bookings(Credential credential, Map<String, String> filters) {
        return call(
                credential,
                new Exchange(BOOKINGS_VERSION, List.of("v2", "bookings"), filters, null),
                data -> data.isArray() ? CalcomJson.MAPPER.convertValue(data, BOOKINGS) : List.of());
    }

    Result<Booking> reschedule(Credential credential, String uid, Reschedule body) {
        return call(credential, post(List.of("v2", "bookings", uid, "reschedule"), body), CalcomClient::booking);
    }

    Result<Booking> cancel(Credential credential, String uid, Cancel body) {
        return call(credential, post(List.of("v2", "bookings", uid, "cancel"), body), CalcomClient::booking);
    }

    /** {@code GET /v2/event-types}: with an API key and no username, the key owner's event types. */
    Result<List<EventType>> eventTypes(Credential credential) {
        return call(
                credential,
                new Exchange(EVENT_TYPES_VERSION, List.of("v2", "event-types"), Map.of(), null),
                data -> data.isArray() ? CalcomJson.MAPPER.convertValue(data, EVENT_TYPES) : List.of());
    }

    private static Exchange post(List<String> path, Object body) {
        try {
            return new Exchange(BOOKINGS_VERSION, path, Map.of(), CalcomJson.MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a Cal.com request body", e);
        }
    }

    /** A booking from {@code data}; a recurring uid answers an array, whose first occurrence is taken. */
    private static Booking booking(JsonNode data) {
        JsonNode node = data.isArray() && data.size() > 0 ? data.get(0) : data;
        Booking booking = CalcomJson.MAPPER.convertValue(node, Booking.class);
        if (booking == null || booking.uid() == null) {
            throw new IllegalArgumentException("booking without uid");
        }
        return booking;
    }

    private <T> Result<T> call(Credential credential, Exchange exchange, Function<JsonNode, T> reader) {
        boolean safe = exchange.jsonBody() == null;
        Outcome outcome = resilience.run(credential, safe, () -> http.send(credential, exchange));
        if (outcome instanceof Outcome.NoReply noReply) {
            return new Result.Failed<>(noReply.answer(), noReply.uncertain());
        }
        Reply reply = ((Outcome.Replied) outcome).reply();
        if (!reply.successful()) {
            return new Result.Failed<>(
                    CalcomErrors.answerFor(reply, config.transientRetryAfter()), reply.status() >= 500);
        }
        try {
            JsonNode data = CalcomJson.MAPPER.readTree(reply.body()).path("data");
            return new Result.Ok<>(reader.apply(data));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new Result.Failed<>(
                    new CalendarAnswer.Unavailable(
                            "unreadable Cal.com response: " + e.getMessage(), config.transientRetryAfter()),
                    !safe);
        }
    }
}
