package com.askpro.booking.domain.tenant;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A location of a company where appointments happen. Availability is computed in its
 * {@code timeZone}; it is open by its weekly {@code workingHours} except on {@code closedDays}.
 * {@code keywords} (districts, landmarks, old names) help a caller of the company's hotline choose it
 * ({@link BranchMatcher}); {@code assignment} picks among free staff when the caller names nobody.
 */
public record Branch(
        BranchId id,
        CompanyId companyId,
        String name,
        String address,
        ZoneId timeZone,
        WorkingHours workingHours,
        Set<LocalDate> closedDays,
        boolean active,
        List<String> keywords,
        AssignmentPolicy assignment) {

    /** Longest name accepted. */
    public static final int MAX_NAME = 200;

    public static final int MAX_ADDRESS = 500;
    public static final int MAX_KEYWORD = 100;
    public static final int MAX_KEYWORDS = 50;

    public Branch {
        Require.notNull("id", id);
        Require.notNull("company_id", companyId);
        name = Require.line("name", name, MAX_NAME);
        address = Require.optionalText("address", address, MAX_ADDRESS);
        Require.notNull("time_zone", timeZone);
        Require.notNull("working_hours", workingHours);
        closedDays = Set.copyOf(
                new TreeSet<>(Require.noNullElements("closed_days", closedDays == null ? Set.of() : closedDays)));
        keywords = Require.noNullElements("keywords", keywords == null ? List.<String>of() : keywords).stream()
                .map(k -> Require.line("keywords", k, MAX_KEYWORD))
                .toList();
        if (keywords.size() > MAX_KEYWORDS) {
            throw new InvalidValueException("keywords", "must be at most " + MAX_KEYWORDS);
        }
        assignment = assignment == null ? AssignmentPolicy.EARLIEST : assignment;
    }

    /** A branch without keywords that assigns the earliest free staff member. */
    public Branch(
            BranchId id,
            CompanyId companyId,
            String name,
            String address,
            ZoneId timeZone,
            WorkingHours workingHours,
            Set<LocalDate> closedDays,
            boolean active) {
        this(
                id,
                companyId,
                name,
                address,
                timeZone,
                workingHours,
                closedDays,
                active,
                List.of(),
                AssignmentPolicy.EARLIEST);
    }

    public static Branch open(BranchId id, CompanyId companyId, String name, ZoneId zone, WorkingHours hours) {
        return new Branch(id, companyId, name, null, zone, hours, Set.of(), true, List.of(), AssignmentPolicy.EARLIEST);
    }

    /** True if the branch has working hours on {@code date} and it is not a closed day. */
    public boolean isOpenOn(LocalDate date) {
        return active && !closedDays.contains(date) && workingHours.isOpenOn(date.getDayOfWeek());
    }

    /** The opening hours on {@code date}: none on a closed day or while inactive. */
    public java.util.List<OpeningInterval> openingOn(LocalDate date) {
        return isOpenOn(date) ? workingHours.on(date.getDayOfWeek()) : java.util.List.of();
    }

    /**
     * When {@code person} can be booked here on {@code date}: their own hours within the branch's
     * opening hours; none on a closed day. The one rule the availability and the calendar share.
     */
    public java.util.List<OpeningInterval> workingTimeOn(LocalDate date, Staff person) {
        return isOpenOn(date)
                ? workingHours.intersectOn(date.getDayOfWeek(), person.hoursAt(this))
                : java.util.List.of();
    }

    public Branch withWorkingHours(WorkingHours hours) {
        return new Branch(id, companyId, name, address, timeZone, hours, closedDays, active, keywords, assignment);
    }

    public Branch withClosedDays(Set<LocalDate> days) {
        return new Branch(id, companyId, name, address, timeZone, workingHours, days, active, keywords, assignment);
    }

    public Branch renamed(String newName, String newAddress) {
        return new Branch(
                id, companyId, newName, newAddress, timeZone, workingHours, closedDays, active, keywords, assignment);
    }

    public Branch withKeywords(List<String> newKeywords) {
        return new Branch(
                id, companyId, name, address, timeZone, workingHours, closedDays, active, newKeywords, assignment);
    }

    public Branch withAssignment(AssignmentPolicy policy) {
        return new Branch(id, companyId, name, address, timeZone, workingHours, closedDays, active, keywords, policy);
    }

    public Branch deactivated() {
        return new Branch(
                id, companyId, name, address, timeZone, workingHours, closedDays, false, keywords, assignment);
    }
}
