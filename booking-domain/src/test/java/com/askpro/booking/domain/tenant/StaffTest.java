package com.askpro.booking.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.testdata.DemoTenant;
import com.askpro.booking.domain.testdata.TestTenants;
import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffTest {

    private final DemoTenant demo = TestTenants.demoSalon();

    @Test
    void givenDemoStaffWhenAskedWhatTheyPerformThenAllThreeServices() {
        for (Staff staff : demo.staff()) {
            assertThat(staff.performs(DemoTenant.HAARSCHNITT_ID))
                    .as(staff.name())
                    .isTrue();
            assertThat(staff.performs(DemoTenant.FAERBEN_ID)).as(staff.name()).isTrue();
            assertThat(staff.performs(DemoTenant.BERATUNG_ID)).as(staff.name()).isTrue();
            assertThat(staff.performs(ServiceId.newId())).as(staff.name()).isFalse();
        }
        assertThat(demo.staff()).extracting(Staff::name).containsExactly("Anna", "Ben");
    }

    @Test
    void givenDeactivatedStaffWhenAskedWhatTheyPerformThenNothing() {
        assertThat(demo.anna().deactivated().performs(DemoTenant.HAARSCHNITT_ID))
                .isFalse();
    }

    @Test
    void givenNoOwnHoursWhenAskedForHoursThenBranchHours() {
        assertThat(demo.anna().hoursAt(demo.branch())).isEqualTo(demo.branch().workingHours());
    }

    @Test
    void givenOwnHoursWhenAskedForHoursThenOwnHours() {
        WorkingHours mornings = WorkingHours.closed().with(DayOfWeek.MONDAY, OpeningInterval.of("09:00", "12:00"));

        assertThat(demo.ben().withWorkingHours(mornings).hoursAt(demo.branch())).isEqualTo(mornings);
    }

    @Test
    void givenMutableServiceSetWhenChangedAfterHiringThenStaffUnaffected() {
        Set<ServiceId> services = new HashSet<>(Set.of(DemoTenant.HAARSCHNITT_ID));
        Staff staff = Staff.hire(StaffId.newId(), DemoTenant.COMPANY_ID, DemoTenant.BRANCH_ID, "Cleo", services);

        services.add(DemoTenant.FAERBEN_ID);

        assertThat(staff.performs(DemoTenant.FAERBEN_ID)).isFalse();
    }

    @Test
    void givenBlankNameOrMissingBranchWhenHiredThenRejected() {
        assertThatThrownBy(
                        () -> Staff.hire(StaffId.newId(), DemoTenant.COMPANY_ID, DemoTenant.BRANCH_ID, "  ", Set.of()))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("name");
        assertThatThrownBy(() -> Staff.hire(StaffId.newId(), DemoTenant.COMPANY_ID, null, "Cleo", Set.of()))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("branch_id");
    }

    @Test
    void givenNoServicesWhenHiredThenPerformsNothing() {
        Staff trainee = Staff.hire(StaffId.newId(), DemoTenant.COMPANY_ID, DemoTenant.BRANCH_ID, "Dora", null);

        assertThat(trainee.serviceIds()).isEmpty();
        assertThat(trainee.performs(DemoTenant.BERATUNG_ID)).isFalse();
    }
}
