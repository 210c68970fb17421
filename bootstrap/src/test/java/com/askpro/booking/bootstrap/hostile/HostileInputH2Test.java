package com.askpro.booking.bootstrap.hostile;

import java.util.Map;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** {@link HostileInputProperties} on the embedded H2 database. */
class HostileInputH2Test extends HostileInputProperties {

    @BeforeContainer
    static void start() throws Exception {
        startServer(Map.of());
    }

    @AfterContainer
    static void stop() {
        stopServer("H2");
    }
}
