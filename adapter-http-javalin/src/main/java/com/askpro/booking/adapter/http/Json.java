package com.askpro.booking.adapter.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The HTTP adapter's default JSON (Javalin's mapper, the webhook answers, the error bodies): snake_case
 * names, nulls left out. Two route families have their own on purpose: {@code api.ApiJson} for
 * {@code /api/v1} (nulls written, strict reading) and {@code dashboard.DashboardJson} for the dashboard.
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {}
}
