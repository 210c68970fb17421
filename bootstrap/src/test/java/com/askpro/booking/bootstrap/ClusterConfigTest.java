package com.askpro.booking.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterConfigTest {

    @Test
    void defaultsTwentyFailuresPerMinuteNoTrustedProxyAskproPrefix() {
        ClusterConfig cluster = Config.fromEnvironment(Map.of()).cluster();
        assertThat(cluster).isEqualTo(new ClusterConfig("askpro:", 20, List.of(), true));
    }

    @Test
    void setValuesAreRead() {
        ClusterConfig cluster = Config.fromEnvironment(Map.of(
                        "ASKPRO_AUTH_FAILURE_LIMIT",
                        "5",
                        "ASKPRO_TRUSTED_PROXIES",
                        "10.0.0.0/8, 192.0.2.1",
                        "ASKPRO_REDIS_PREFIX",
                        "staging:",
                        "ASKPRO_WEBHOOK_PROCESSING",
                        "off"))
                .cluster();
        assertThat(cluster).isEqualTo(new ClusterConfig("staging:", 5, List.of("10.0.0.0/8", "192.0.2.1"), false));
    }

    @Test
    void wrongValuesAreAllReportedByName() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of(
                        "ASKPRO_AUTH_FAILURE_LIMIT",
                        "0",
                        "ASKPRO_TRUSTED_PROXIES",
                        "lb.example.com",
                        "ASKPRO_REDIS_PREFIX",
                        "with space",
                        "ASKPRO_WEBHOOK_PROCESSING",
                        "sometimes")))
                .isInstanceOf(Config.InvalidConfigException.class)
                .hasMessageContaining("ASKPRO_AUTH_FAILURE_LIMIT")
                .hasMessageContaining("ASKPRO_TRUSTED_PROXIES")
                .hasMessageContaining("lb.example.com")
                .hasMessageContaining("ASKPRO_REDIS_PREFIX")
                .hasMessageContaining("ASKPRO_WEBHOOK_PROCESSING");
    }
}
