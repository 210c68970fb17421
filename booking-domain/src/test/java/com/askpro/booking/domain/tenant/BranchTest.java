package com.askpro.booking.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.testdata.TestInstants;
import com.askpro.booking.domain.testdata.TestTenants;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BranchTest {

    private final Branch branch = TestTenants.demoSalon().branch();

    @Test
    void givenDemoBranchWhenAskedAboutDaysThenOpenWeekdaysAndSaturdayClosedSunday() {
        LocalDate monday = TestInstants.MONDAY;

        assertThat(branch.isOpenOn(monday)).isTrue();
        assertThat(branch.isOpenOn(monday.plusDays(5))).as("Saturday").isTrue();
        assertThat(branch.isOpenOn(monday.plusDays(6))).as("Sunday").isFalse();
    }

    @Test
    void givenClosedDayWhenAskedAboutItThenClosedOnlyThatDay() {
        LocalDate easterMonday = LocalDate.of(2026, 4, 6);
        Branch holiday = branch.withClosedDays(Set.of(easterMonday));

        assertThat(holiday.isOpenOn(easterMonday)).isFalse();
        assertThat(holiday.isOpenOn(easterMonday.plusDays(1))).isTrue();
        assertThat(branch.isOpenOn(easterMonday)).as("original unchanged").isTrue();
    }

    @Test
    void givenDeactivatedBranchWhenAskedAboutAnyDayThenClosed() {
        assertThat(branch.deactivated().isOpenOn(TestInstants.MONDAY)).isFalse();
    }

    @Test
    void givenBlankNameWhenRenamedThenRejected() {
        assertThatThrownBy(() -> branch.renamed(" ", null))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("name");
        assertThat(branch.renamed(" Mitte 2 ", " ").name()).isEqualTo("Mitte 2");
        assertThat(branch.renamed("Mitte 2", " ").address()).isNull();
    }
}
