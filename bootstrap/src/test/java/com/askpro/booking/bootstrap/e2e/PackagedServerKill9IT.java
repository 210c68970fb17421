package com.askpro.booking.bootstrap.e2e;

import java.util.Map;

/** {@link Kill9Contract} on the embedded default database (H2 file in the data directory). */
class PackagedServerKill9IT extends Kill9Contract {

    @Override
    Map<String, String> database() {
        return Map.of();
    }
}
