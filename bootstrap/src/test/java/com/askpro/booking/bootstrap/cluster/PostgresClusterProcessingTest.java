package com.askpro.booking.bootstrap.cluster;

import com.askpro.booking.bootstrap.PostgresSchema;
import java.nio.file.Path;
import java.util.Map;

/** Cluster processing on PostgreSQL (a fresh schema of {@code ASKPRO_TEST_POSTGRES_URL}); skipped when unset. */
class PostgresClusterProcessingTest extends ClusterProcessingContract {

    private PostgresSchema schema;

    @Override
    Map<String, String> database(Path dataDir) throws Exception {
        schema = PostgresSchema.create("cluster");
        return schema.environment();
    }

    @Override
    void dropDatabase() throws Exception {
        if (schema != null) {
            schema.drop();
        }
    }
}
