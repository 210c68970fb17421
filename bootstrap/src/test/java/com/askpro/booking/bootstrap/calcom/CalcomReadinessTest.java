package com.askpro.booking.bootstrap.calcom;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.adapter.calcom.CalcomCalendar;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: one tenant's Cal.com outage must not take the instance out of the load balancer —
 * bookings fall back to pending — so an open circuit is reported as degraded with a 200.
 */
class CalcomReadinessTest extends CalcomServerTest {

    @Override
    Duration circuitOpenDelay() {
        return Duration.ofMinutes(5);
    }

    @Test
    void givenATenantWhoseCalcomCircuitIsOpenWhenReadinessIsAskedThenItAnswers200DegradedNamingTheCircuit()
            throws Exception {
        HttpResponse<String> before = get("/health/ready");
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.body()).contains("\"status\":\"ready\"").contains("\"calendar_circuits\":\"ok\"");

        calcom.down = true;
        String open = "askpro_calendar_circuit_state{credential=\"" + CalcomCalendar.fingerprint(CALCOM_KEY)
                + "\",provider=\"calcom\"} 2.0";
        for (int i = 0; i < 20 && !metrics().contains(open); i++) {
            function(
                    "call_circuit_" + i,
                    "check_availability",
                    Map.of("service", "Haarschnitt", "date", day().toString(), "time", "10:00"));
        }
        assertThat(metrics()).contains(open);

        HttpResponse<String> degraded = get("/health/ready");
        assertThat(degraded.statusCode()).isEqualTo(200);
        assertThat(degraded.body())
                .contains("\"status\":\"degraded\"")
                .contains("\"problems\":{}")
                .contains("Cal.com circuit open for credential " + CalcomCalendar.fingerprint(CALCOM_KEY))
                .contains("\"database\":\"ok\"");
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
    }
}
