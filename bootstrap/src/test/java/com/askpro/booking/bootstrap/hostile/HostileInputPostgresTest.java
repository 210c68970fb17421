package com.askpro.booking.bootstrap.hostile;

import com.askpro.booking.bootstrap.PostgresSchema;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** {@link HostileInputProperties} on PostgreSQL (skipped without {@code ASKPRO_TEST_POSTGRES_URL}). */
@AddLifecycleHook(RequiresPostgres.class)
class HostileInputPostgresTest extends HostileInputProperties {

    private static PostgresSchema schema;

    @BeforeContainer
    static void start() throws Exception {
        schema = PostgresSchema.create("hostile");
        startServer(schema.environment());
    }

    @AfterContainer
    static void stop() throws Exception {
        try {
            stopServer("PostgreSQL");
        } finally {
            if (schema != null) {
                schema.drop();
            }
        }
    }
}
