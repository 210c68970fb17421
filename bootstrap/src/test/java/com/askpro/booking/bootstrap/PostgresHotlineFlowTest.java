package com.askpro.booking.bootstrap;

import java.util.Map;

/**
 * The hotline and staff-skill flows over HTTP with the server on PostgreSQL (a fresh schema of
 * {@code ASKPRO_TEST_POSTGRES_URL}; skipped when unset).
 */
class PostgresHotlineFlowTest extends HotlineFlowTest {

    private PostgresSchema schema;

    @Override
    Map<String, String> database() throws Exception {
        schema = PostgresSchema.create("hotline");
        return schema.environment();
    }

    @Override
    void dropDatabase() throws Exception {
        if (schema != null) {
            schema.drop();
        }
    }
}
