package com.askpro.booking.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.bootstrap.RetellClient.Response;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One person on the phone during one Retell call: calls the custom functions the agent would call,
 * signed, with their own number as {@code from_number} and the business number as {@code to_number}.
 */
record RetellCaller(RetellClient retell, String to, String from, String callId) {

    private static final AtomicInteger NEXT = new AtomicInteger(10_000_000);

    /** A new caller with a fresh German mobile number, in a new call. */
    static RetellCaller fresh(RetellClient retell, String to) {
        return new RetellCaller(retell, to, "+49151" + NEXT.incrementAndGet(), newCallId());
    }

    static String newCallId() {
        return "call_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** The same person calling again (a new call, same number). */
    RetellCaller callsAgain() {
        return new RetellCaller(retell, to, from, newCallId());
    }

    /** The same person calling another business. */
    RetellCaller calling(String otherBusiness) {
        return new RetellCaller(retell, otherBusiness, from, newCallId());
    }

    PhoneNumber number() {
        return PhoneNumber.parse(from);
    }

    /** Calls {@code name}; asserts the 200 every function answer must have and answers its JSON. */
    JsonNode call(String name, Map<String, ?> args) {
        Response response = send(name, args);
        assertThat(response.status())
                .as("%s answered %s", name, response.body())
                .isEqualTo(200);
        return response.json();
    }

    Response send(String name, Map<String, ?> args) {
        return retell.signed(
                "/webhooks/retell/functions", RetellClient.function(name, args, callId, from, to, retell.nowMs()));
    }

    JsonNode book(String service, String date, String time, String name) {
        return call("book_appointment", Map.of("service", service, "date", date, "time", time, "customer_name", name));
    }
}
