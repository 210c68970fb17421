package com.askpro.booking.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issues 7 and 22: readiness is 200 while everything works and 503, naming the database, when it is unreachable. */
class ReadinessFlowTest {

    private RunningServer app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void givenARunningServerWhenTheDatabaseBecomesUnreachableThenReadinessAnswers503NamingIt() {
        app = RunningServer.start(Clock.systemUTC());
        RetellClient.Response ready = app.retell().get("/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"ready\"");

        app.db().close();

        RetellClient.Response notReady = app.retell().get("/health/ready");
        assertThat(notReady.status()).isEqualTo(503);
        assertThat(notReady.body())
                .contains("\"database\":\"database unreachable\"")
                .contains("\"status\":\"not_ready\"");
        assertThat(app.retell().get("/health/live").status()).isEqualTo(200);
        assertThat(app.retell().get("/metrics").body())
                .contains("askpro_health_check_ok{check=\"database\",critical=\"true\"} 0.0");
    }
}
