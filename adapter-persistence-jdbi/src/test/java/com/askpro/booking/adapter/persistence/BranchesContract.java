package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.OpeningInterval;
import com.askpro.booking.domain.tenant.WorkingHours;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Contract of the {@code Branches} port. */
abstract class BranchesContract extends PortsTest {

    @Test
    void storesWorkingHoursAndClosedDaysAndUpdatesThem() {
        Fixtures t = Fixtures.create(persistence);
        WorkingHours hours = WorkingHours.of(
                        List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                        OpeningInterval.of("08:30", "12:00"),
                        OpeningInterval.of("13:00", "18:15"))
                .with(DayOfWeek.SATURDAY, OpeningInterval.of("10:00", "14:00"));
        Branch branch = new Branch(
                BranchId.newId(),
                t.company().id(),
                "Altona",
                "Große Bergstraße 1, Hamburg",
                ZoneId.of("Europe/Berlin"),
                hours,
                Set.of(LocalDate.parse("2030-12-24"), LocalDate.parse("2030-12-31")),
                true);

        persistence.branches().add(t.tenant(), branch);
        assertThat(persistence.branches().find(t.tenant(), branch.id())).contains(branch);

        Branch changed = branch.withWorkingHours(WorkingHours.closed())
                .withClosedDays(Set.of())
                .renamed("Altona Nord", null)
                .deactivated();
        assertThat(persistence.branches().update(t.tenant(), changed)).isEqualTo(new WriteOutcome.Written<>(changed));
        assertThat(persistence.branches().find(t.tenant(), branch.id())).contains(changed);
        assertThat(persistence.branches().list(t.tenant())).containsExactly(changed, t.branch());
    }

    @Test
    void updatingAnUnknownBranchIsNotFound() {
        Fixtures t = Fixtures.create(persistence);
        Branch unknown =
                Branch.open(BranchId.newId(), t.company().id(), "Ghost", ZoneId.of("UTC"), WorkingHours.closed());

        assertThat(persistence.branches().update(t.tenant(), unknown)).isEqualTo(new WriteOutcome.NotFound<>());
    }
}
