package com.askpro.booking.bootstrap;

import java.util.Map;

/** The notification flow with the server on PostgreSQL (a fresh schema of {@code ASKPRO_TEST_POSTGRES_URL}; skipped when unset). */
class PostgresNotificationFlowTest extends NotificationFlowTest {

    private PostgresSchema schema;

    @Override
    Map<String, String> database() throws Exception {
        schema = PostgresSchema.create("notify");
        return schema.environment();
    }

    @Override
    void dropDatabase() throws Exception {
        if (schema != null) {
            schema.drop();
        }
    }
}
