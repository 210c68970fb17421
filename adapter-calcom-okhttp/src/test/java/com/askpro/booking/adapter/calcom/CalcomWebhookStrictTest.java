package com.askpro.booking.adapter.calcom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The strict reading of Cal.com webhooks: wrong types, empty triggers, bad text and encodings are refused. */
class CalcomWebhookStrictTest {

    private static final String OK = "{\"triggerEvent\":\"BOOKING_CREATED\",\"createdAt\":\"2030-01-10T10:00:00.000Z\","
            + "\"payload\":{\"uid\":\"u1\",\"startTime\":\"2030-01-15T09:00:00Z\",\"endTime\":\"2030-01-15T09:30:00Z\","
            + "\"metadata\":{\"askproAppointmentId\":\"a1\"}}}";

    private final CalcomWebhookParser parser = new CalcomWebhookParser();

    @Test
    void theWellFormedWebhookIsRead() {
        assertThat(parser.parse(OK.getBytes(StandardCharsets.UTF_8)).bookingUid())
                .isEqualTo("u1");
    }

    /** The wrong-typed variants docs/calcom.md promises to refuse with 400 (they were accepted before). */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"triggerEvent\":\"BOOKING_CREATED\"=>\"triggerEvent\":42",
                "\"triggerEvent\":\"BOOKING_CREATED\"=>\"triggerEvent\":\"\"",
                "\"triggerEvent\":\"BOOKING_CREATED\"=>\"triggerEvent\":\"   \"",
                "\"triggerEvent\":\"BOOKING_CREATED\"=>\"triggerEvent\":\"booking created\"",
                "\"createdAt\":\"2030-01-10T10:00:00.000Z\"=>\"createdAt\":1700000000",
                "\"createdAt\":\"2030-01-10T10:00:00.000Z\"=>\"createdAt\":{}",
                "\"uid\":\"u1\"=>\"uid\":1",
                "\"uid\":\"u1\"=>\"uid\":[\"u1\"]",
                "\"uid\":\"u1\"=>\"uid\":{\"v\":\"u1\"}",
                "\"uid\":\"u1\"=>\"uid\":true",
                "\"startTime\":\"2030-01-15T09:00:00Z\"=>\"startTime\":1893488400000",
                "\"startTime\":\"2030-01-15T09:00:00Z\"=>\"startTime\":[]",
                "\"endTime\":\"2030-01-15T09:30:00Z\"=>\"endTime\":false",
                "\"endTime\":\"2030-01-15T09:30:00Z\"=>\"endTime\":\"2030-01-15T08:00:00Z\"",
                "\"metadata\":{\"askproAppointmentId\":\"a1\"}=>\"metadata\":\"a1\"",
                "\"metadata\":{\"askproAppointmentId\":\"a1\"}=>\"metadata\":[\"a1\"]",
                "\"metadata\":{\"askproAppointmentId\":\"a1\"}=>\"metadata\":{\"askproAppointmentId\":{\"id\":\"a1\"}}",
                "\"payload\":{=>\"payload\":[],\"x\":{",
                "\"payload\":{=>\"payload\":\"text\",\"x\":{",
                "\"startTime\":\"2030-01-15T09:00:00Z\"=>\"startTime\":\"+999999999-12-31T23:59:59Z\"",
                "\"startTime\":\"2030-01-15T09:00:00Z\"=>\"startTime\":\"2101-01-01T00:00:00Z\"",
                "\"uid\":\"u1\"=>\"uid\":\"u\\u0000\"",
                "\"uid\":\"u1\"=>\"uid\":\"u\\n1\"",
                "\"askproAppointmentId\":\"a1\"=>\"askproAppointmentId\":\"a\\ud800\"",
            })
    void wrongTypesAndBadValuesAreRefused(String replacement) {
        String[] parts = replacement.split("=>");
        assertThat(OK).contains(parts[0]);
        String body = OK.replace(parts[0], parts[1]);
        assertThatThrownBy(() -> parser.parse(body.getBytes(StandardCharsets.UTF_8)))
                .as(body)
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void otherEncodingsAndBrokenUtf8AreRefused() {
        assertThatThrownBy(() -> parser.parse(OK.getBytes(StandardCharsets.UTF_16LE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parser.parse(OK.getBytes(StandardCharsets.UTF_16)))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] overlong = OK.replace("u1", "u\u00e91").getBytes(StandardCharsets.UTF_8);
        int at = OK.indexOf("u1") + 1;
        overlong[at] = (byte) 0xC1; // an overlong 2-byte form
        overlong[at + 1] = (byte) 0xA9;
        assertThatThrownBy(() -> parser.parse(overlong)).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> parser.parse(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
