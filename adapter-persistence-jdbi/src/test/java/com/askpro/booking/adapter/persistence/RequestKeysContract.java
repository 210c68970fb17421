package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.port.RequestKeys;
import com.askpro.booking.domain.port.RequestKeys.Claim;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract of the {@code RequestKeys} port: one winner per key and tenant, completed keys answer their appointment. */
abstract class RequestKeysContract extends PortsTest {

    private static final Duration STALE = Duration.ofSeconds(60);

    @Test
    void aKeyIsClaimedOnceThenAnswersItsAppointmentAndOtherTenantsAreIndependent() {
        Fixtures t = Fixtures.create(persistence);
        Fixtures other = Fixtures.create(persistence);
        RequestKeys keys = persistence.requestKeys();

        assertThat(keys.claim(t.tenant(), "k1", "f1", Fixtures.NOW, STALE)).isEqualTo(new Claim.Claimed());
        assertThat(keys.claim(t.tenant(), "k1", "f1", Fixtures.NOW, STALE)).isEqualTo(new Claim.Pending("f1"));
        assertThat(keys.claim(other.tenant(), "k1", "f9", Fixtures.NOW, STALE)).isEqualTo(new Claim.Claimed());

        AppointmentId booked = AppointmentId.newId();
        keys.complete(t.tenant(), "k1", booked);
        assertThat(keys.claim(t.tenant(), "k1", "f2", Fixtures.NOW, STALE))
                .isEqualTo(new Claim.Completed("f1", booked));
        keys.release(t.tenant(), "k1");
        assertThat(keys.claim(t.tenant(), "k1", "f1", Fixtures.NOW.plusSeconds(3600), STALE))
                .as("a completed key is neither released nor taken over")
                .isEqualTo(new Claim.Completed("f1", booked));
    }

    @Test
    void aReleasedKeyAndAStalePendingClaimCanBeClaimedAgain() {
        Fixtures t = Fixtures.create(persistence);
        RequestKeys keys = persistence.requestKeys();

        assertThat(keys.claim(t.tenant(), "k2", "f1", Fixtures.NOW, STALE)).isEqualTo(new Claim.Claimed());
        keys.release(t.tenant(), "k2");
        assertThat(keys.claim(t.tenant(), "k2", "f1", Fixtures.NOW, STALE)).isEqualTo(new Claim.Claimed());
        assertThat(keys.claim(t.tenant(), "k2", "f1", Fixtures.NOW.plusSeconds(30), STALE))
                .isEqualTo(new Claim.Pending("f1"));
        assertThat(keys.claim(t.tenant(), "k2", "f3", Fixtures.NOW.plusSeconds(61), STALE))
                .isEqualTo(new Claim.Claimed());
        assertThat(keys.claim(t.tenant(), "k2", "f1", Fixtures.NOW.plusSeconds(62), STALE))
                .isEqualTo(new Claim.Pending("f3"));
    }

    @Test
    void ofTwentyConcurrentClaimsOfOneKeyExactlyOneWins() throws Exception {
        Fixtures t = Fixtures.create(persistence);
        List<Claim> claims = Concurrently.run(
                20, i -> persistence.requestKeys().claim(t.tenant(), "race", "f", Fixtures.NOW, STALE));

        assertThat(claims).filteredOn(c -> c instanceof Claim.Claimed).hasSize(1);
        assertThat(claims).filteredOn(c -> c instanceof Claim.Pending).hasSize(19);
    }
}
