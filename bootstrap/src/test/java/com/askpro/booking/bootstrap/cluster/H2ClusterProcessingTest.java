package com.askpro.booking.bootstrap.cluster;

import java.nio.file.Path;
import java.util.Map;

/** Cluster processing on the embedded database, both instances in one JVM sharing its file. */
class H2ClusterProcessingTest extends ClusterProcessingContract {

    @Override
    Map<String, String> database(Path dataDir) {
        return Map.of();
    }
}
