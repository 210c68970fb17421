package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.WorkingHours;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract of the {@code Services} port. */
abstract class ServicesContract extends PortsTest {

    @Test
    void storesKeywordsInOrderAndReplacesThemOnUpdate() {
        Fixtures t = Fixtures.create(persistence);
        Service service = new Service(
                ServiceId.newId(),
                t.company().id(),
                t.branch().id(),
                "Beratung",
                Duration.ofMinutes(60),
                Duration.ofMinutes(10),
                List.of("beraten", "Gespräch", "termin"),
                4711L,
                true);
        persistence.services().add(t.tenant(), service);

        assertThat(persistence.services().find(t.tenant(), service.id())).contains(service);

        Service changed = new Service(
                service.id(),
                t.company().id(),
                null,
                "Erstberatung",
                Duration.ofMinutes(45),
                Duration.ZERO,
                List.of("erst"),
                null,
                true);
        assertThat(persistence.services().update(t.tenant(), changed)).isEqualTo(new WriteOutcome.Written<>(changed));
        assertThat(persistence.services().find(t.tenant(), service.id())).contains(changed);
        assertThat(persistence.services().list(t.tenant()))
                .containsExactlyInAnyOrder(changed, t.service(), t.buffered());
    }

    @Test
    void offersActiveCompanyWideAndBranchSpecificServicesOnly() {
        Fixtures t = Fixtures.create(persistence);
        Branch other = persistence
                .branches()
                .add(
                        t.tenant(),
                        Branch.open(
                                BranchId.newId(), t.company().id(), "Andere", Fixtures.BERLIN, WorkingHours.closed()));
        Service elsewhere = persistence
                .services()
                .add(
                        t.tenant(),
                        Service.offer(
                                ServiceId.newId(),
                                t.company().id(),
                                other.id(),
                                "Nur dort",
                                Duration.ofMinutes(30),
                                null,
                                List.of()));
        Service retired = persistence
                .services()
                .add(
                        t.tenant(),
                        Service.offer(
                                        ServiceId.newId(),
                                        t.company().id(),
                                        null,
                                        "Alt",
                                        Duration.ofMinutes(30),
                                        null,
                                        List.of())
                                .deactivated());

        assertThat(persistence.services().offeredAt(t.tenant(), t.branch().id()))
                .containsExactlyInAnyOrder(t.service(), t.buffered())
                .doesNotContain(elsewhere, retired);
        assertThat(persistence.services().offeredAt(t.tenant(), other.id()))
                .containsExactlyInAnyOrder(t.service(), elsewhere);
    }

    @Test
    void updatingAnUnknownServiceIsNotFound() {
        Fixtures t = Fixtures.create(persistence);

        assertThat(persistence
                        .services()
                        .update(
                                t.tenant(),
                                Service.offer(
                                        ServiceId.newId(),
                                        t.company().id(),
                                        null,
                                        "Ghost",
                                        Duration.ofMinutes(30),
                                        null,
                                        List.of())))
                .isEqualTo(new WriteOutcome.NotFound<>());
    }
}
