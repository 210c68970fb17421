package com.askpro.booking.adapter.http.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.javalin.http.Context;
import java.time.Instant;

/** The dashboard's JSON: snake_case, no nulls, instants as ISO-8601 UTC text. */
final class DashboardJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .registerModule(new SimpleModule("dashboard-instants").addSerializer(Instant.class, ToStringSerializer.instance));

    private DashboardJson() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dashboard value cannot be written as JSON: " + value.getClass().getName(), e);
        }
    }

    static void answer(Context ctx, Object value) {
        ctx.contentType("application/json; charset=utf-8").result(write(value));
    }
}
