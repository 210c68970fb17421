package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.OpeningInterval;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.StaffId;
import com.askpro.booking.domain.tenant.WorkingHours;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Contract of the {@code StaffMembers} port. */
abstract class StaffMembersContract extends PortsTest {

    @Test
    void storesServicesAndOwnHoursAndReplacesThemOnUpdate() {
        Fixtures t = Fixtures.create(persistence);
        Staff carla = Staff.hire(
                        StaffId.newId(),
                        t.company().id(),
                        t.branch().id(),
                        "Carla",
                        Set.of(t.service().id()))
                .withWorkingHours(WorkingHours.of(List.of(DayOfWeek.TUESDAY), OpeningInterval.of("12:00", "20:00")));
        persistence.staffMembers().add(t.tenant(), carla);

        assertThat(persistence.staffMembers().find(t.tenant(), carla.id())).contains(carla);

        Staff changed = new Staff(
                carla.id(),
                t.company().id(),
                t.branch().id(),
                "Carla M.",
                Set.of(t.buffered().id(), t.service().id()),
                null,
                true);
        assertThat(persistence.staffMembers().update(t.tenant(), changed))
                .isEqualTo(new WriteOutcome.Written<>(changed));
        assertThat(persistence.staffMembers().find(t.tenant(), carla.id())).contains(changed);
        assertThat(persistence.staffMembers().list(t.tenant())).containsExactly(t.alice(), t.bob(), changed);
    }

    @Test
    void listsOnlyActiveStaffOfTheBranch() {
        Fixtures t = Fixtures.create(persistence);
        persistence.staffMembers().update(t.tenant(), t.bob().deactivated());

        assertThat(persistence.staffMembers().atBranch(t.tenant(), t.branch().id()))
                .containsExactly(t.alice());
    }

    @Test
    void updatingUnknownStaffIsNotFound() {
        Fixtures t = Fixtures.create(persistence);

        assertThat(persistence
                        .staffMembers()
                        .update(
                                t.tenant(),
                                Staff.hire(
                                        StaffId.newId(),
                                        t.company().id(),
                                        t.branch().id(),
                                        "Ghost",
                                        Set.of())))
                .isEqualTo(new WriteOutcome.NotFound<>());
    }
}
