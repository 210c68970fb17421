package com.askpro.booking.bootstrap;

import java.util.Map;

/**
 * The hundred concurrent bookings over HTTP with the server on PostgreSQL (a fresh schema of
 * {@code ASKPRO_TEST_POSTGRES_URL}; skipped when unset), where the exclusion constraint backs
 * the resource lock.
 */
class PostgresBookingConcurrencyFlowTest extends BookingConcurrencyFlowTest {

    private PostgresSchema schema;

    @Override
    Map<String, String> database() throws Exception {
        schema = PostgresSchema.create("flow");
        return schema.environment();
    }

    @Override
    void dropDatabase() throws Exception {
        if (schema != null) {
            schema.drop();
        }
    }
}
