package com.askpro.booking.domain.tenant;

import com.askpro.booking.domain.shared.Require;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;

/**
 * A location of a company where appointments happen. Availability is computed in its
 * {@code timeZone}; it is open by its weekly {@code workingHours} except on {@code closedDays}.
 */
public record Branch(
        BranchId id,
        CompanyId companyId,
        String name,
        String address,
        ZoneId timeZone,
        WorkingHours workingHours,
        Set<LocalDate> closedDays,
        boolean active) {

    /** Longest name accepted. */
    public static final int MAX_NAME = 200;
    public static final int MAX_ADDRESS = 500;

    public Branch {
        Require.notNull("id", id);
        Require.notNull("company_id", companyId);
        name = Require.line("name", name, MAX_NAME);
        address = Require.optionalText("address", address, MAX_ADDRESS);
        Require.notNull("time_zone", timeZone);
        Require.notNull("working_hours", workingHours);
        closedDays = Set.copyOf(new TreeSet<>(Require.noNullElements("closed_days", closedDays == null ? Set.of() : closedDays)));
    }

    public static Branch open(BranchId id, CompanyId companyId, String name, ZoneId zone, WorkingHours hours) {
        return new Branch(id, companyId, name, null, zone, hours, Set.of(), true);
    }

    /** True if the branch has working hours on {@code date} and it is not a closed day. */
    public boolean isOpenOn(LocalDate date) {
        return active && !closedDays.contains(date) && workingHours.isOpenOn(date.getDayOfWeek());
    }

    public Branch withWorkingHours(WorkingHours hours) {
        return new Branch(id, companyId, name, address, timeZone, hours, closedDays, active);
    }

    public Branch withClosedDays(Set<LocalDate> days) {
        return new Branch(id, companyId, name, address, timeZone, workingHours, days, active);
    }

    public Branch renamed(String newName, String newAddress) {
        return new Branch(id, companyId, newName, newAddress, timeZone, workingHours, closedDays, active);
    }

    public Branch deactivated() {
        return new Branch(id, companyId, name, address, timeZone, workingHours, closedDays, false);
    }
}
