package com.askpro.booking.bootstrap.e2e;

import com.askpro.booking.bootstrap.PostgresSchema;
import java.util.Map;

/** {@link Kill9Contract} on PostgreSQL (a fresh schema in {@code ASKPRO_TEST_POSTGRES_URL}). */
class PostgresPackagedServerKill9IT extends Kill9Contract {

    private PostgresSchema schema;

    @Override
    Map<String, String> database() throws Exception {
        schema = PostgresSchema.create("kill9");
        return schema.environment();
    }

    @Override
    void dropDatabase() throws Exception {
        if (schema != null) {
            schema.drop();
        }
    }
}
