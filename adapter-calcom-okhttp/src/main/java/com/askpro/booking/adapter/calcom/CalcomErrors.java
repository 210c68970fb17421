package com.askpro.booking.adapter.calcom;

import com.askpro.booking.adapter.calcom.CalcomHttp.Reply;
import com.askpro.booking.domain.port.CalendarProvider.CalendarAnswer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Adapter: maps Cal.com error replies (status and error envelope) to domain calendar answers. */
final class CalcomErrors {

    private static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(60);
    private static final String[] SLOT_TAKEN_HINTS = {
        "already has booking", "not available", "no_available_users_found", "booking_conflict", "can't be booked at the"
    };

    private CalcomErrors() {}

    /** The answer for a non-2xx reply; {@code transientWait} is suggested for 5xx. */
    static CalendarAnswer answerFor(Reply reply, Duration transientWait) {
        String message = message(reply);
        int status = reply.status();
        if (status == 409 || status == 400 && looksLikeSlotTaken(message)) {
            return new CalendarAnswer.SlotTaken();
        }
        if (status == 401 || status == 403 || status == 498) {
            return new CalendarAnswer.Rejected("Cal.com credentials problem (HTTP " + status + "): " + message);
        }
        if (status == 404) {
            return new CalendarAnswer.Rejected("Cal.com: not found: " + message);
        }
        if (status == 429) {
            return new CalendarAnswer.Unavailable("Cal.com rate limit reached: " + message, retryAfter(reply));
        }
        if (status >= 500) {
            return new CalendarAnswer.Unavailable("Cal.com error HTTP " + status + ": " + message, transientWait);
        }
        return new CalendarAnswer.Rejected("Cal.com refused the request (HTTP " + status + "): " + message);
    }

    static boolean looksLikeSlotTaken(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        for (String hint : SLOT_TAKEN_HINTS) {
            if (lower.contains(hint)) {
                return true;
            }
        }
        return false;
    }

    /** Wait from {@code X-RateLimit-Reset-Default} or {@code Retry-After} (seconds), else 60 s. */
    static Duration retryAfter(Reply reply) {
        for (String header : new String[] {"X-RateLimit-Reset-Default", "Retry-After"}) {
            String value = reply.header(header);
            if (value != null) {
                try {
                    long seconds = Long.parseLong(value.strip());
                    if (seconds >= 0) {
                        return Duration.ofSeconds(Math.max(1, seconds));
                    }
                } catch (NumberFormatException ignored) {
                    // an HTTP date or garbage: fall through to the next header or the default
                }
            }
        }
        return DEFAULT_RATE_LIMIT_WAIT;
    }

    /** Cal.com's message from {@code error.message}, a bare Nest {@code message}, or the raw body. */
    static String message(Reply reply) {
        String body = reply.body() == null ? "" : reply.body();
        try {
            JsonNode root = CalcomJson.MAPPER.readTree(body);
            if (root != null) {
                JsonNode text = root.path("error").path("message");
                if (text.isMissingNode()) {
                    text = root.path("message");
                }
                if (text.isTextual()) {
                    return text.asText();
                }
                if (text.isArray()) {
                    return StreamSupport.stream(text.spliterator(), false)
                            .map(JsonNode::asText)
                            .collect(Collectors.joining("; "));
                }
            }
        } catch (IOException ignored) {
            // not JSON: use the raw text
        }
        String raw = body.strip();
        if (raw.isEmpty()) {
            return "HTTP " + reply.status();
        }
        return raw.length() > 300 ? raw.substring(0, 300) : raw;
    }
}
