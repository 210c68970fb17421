package com.askpro.booking.adapter.http.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private final ClientAddresses behindProxies =
            ClientAddresses.trusting(List.of("10.0.0.0/8", "192.0.2.1", "fd00::/8"));

    @Test
    void forwardedForFromAnUntrustedPeerIsIgnored() {
        assertThat(behindProxies.of("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
        assertThat(ClientAddresses.direct().of("10.0.0.5", "198.51.100.1")).isEqualTo("10.0.0.5");
    }

    @Test
    void fromATrustedProxyTheRightmostUntrustedHopIsTheClient() {
        assertThat(behindProxies.of("10.1.2.3", "198.51.100.1")).isEqualTo("198.51.100.1");
        assertThat(behindProxies.of("192.0.2.1", "6.6.6.6, 198.51.100.1, 10.9.9.9"))
                .as("a client cannot pick its address by sending the header itself")
                .isEqualTo("198.51.100.1");
        assertThat(behindProxies.of("fd12::1", "2001:db8::7")).isEqualTo("2001:db8::7");
        assertThat(behindProxies.of("10.1.2.3", null)).isEqualTo("10.1.2.3");
        assertThat(behindProxies.of("10.1.2.3", "10.4.4.4"))
                .as("only proxies: the first one")
                .isEqualTo("10.4.4.4");
    }

    @Test
    void configurationAcceptsAddressesAndRangesOnlyWithoutLookingNamesUp() {
        assertThat(ClientAddresses.isAddressOrRange("10.0.0.0/8")).isTrue();
        assertThat(ClientAddresses.isAddressOrRange("::1")).isTrue();
        assertThat(ClientAddresses.isAddressOrRange("proxy.example.com")).isFalse();
        assertThat(ClientAddresses.isAddressOrRange("10.0.0.0/33")).isFalse();
        assertThatThrownBy(() -> ClientAddresses.trusting(List.of("localhost"))).hasMessageContaining("localhost");
    }
}
