package com.askpro.booking.domain.testdata;

import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.BranchPhoneNumber;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.Language;
import com.askpro.booking.domain.tenant.OpeningInterval;
import com.askpro.booking.domain.tenant.PhoneNumberId;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.StaffId;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.tenant.WorkingHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The demo tenant of SPEC §5.2: company "Demo Salon" (DE), branch "Berlin Mitte" (Europe/Berlin,
 * Mon–Fri 09:00–18:00, Sat 10:00–14:00, closed Sunday), number +49 30 83793369, services
 * Haarschnitt (30 min), Färben (90 min), Beratung (15 min), staff Anna and Ben doing all three,
 * built-in calendar (no Cal.com key). Ids are fixed so that failures are reproducible.
 */
public record DemoTenant(
        Company company,
        Branch branch,
        BranchPhoneNumber phoneNumber,
        Service haarschnitt,
        Service faerben,
        Service beratung,
        Staff anna,
        Staff ben) {

    public static final CompanyId COMPANY_ID = new CompanyId(UUID.fromString("d0000000-0000-4000-8000-000000000001"));
    public static final BranchId BRANCH_ID = new BranchId(UUID.fromString("d0000000-0000-4000-8000-000000000002"));
    public static final PhoneNumberId PHONE_NUMBER_ID =
            new PhoneNumberId(UUID.fromString("d0000000-0000-4000-8000-000000000003"));
    public static final ServiceId HAARSCHNITT_ID =
            new ServiceId(UUID.fromString("d0000000-0000-4000-8000-000000000011"));
    public static final ServiceId FAERBEN_ID = new ServiceId(UUID.fromString("d0000000-0000-4000-8000-000000000012"));
    public static final ServiceId BERATUNG_ID = new ServiceId(UUID.fromString("d0000000-0000-4000-8000-000000000013"));
    public static final StaffId ANNA_ID = new StaffId(UUID.fromString("d0000000-0000-4000-8000-000000000021"));
    public static final StaffId BEN_ID = new StaffId(UUID.fromString("d0000000-0000-4000-8000-000000000022"));

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private static final List<DayOfWeek> MONDAY_TO_FRIDAY =
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    /** Builds the demo tenant; every call returns an equal value. */
    public static DemoTenant create() {
        Company company = Company.create(COMPANY_ID, "Demo Salon", "DE", ZONE, Language.DE);
        Branch branch = Branch.open(BRANCH_ID, COMPANY_ID, "Berlin Mitte", ZONE, workingHours());
        BranchPhoneNumber number =
                new BranchPhoneNumber(PHONE_NUMBER_ID, COMPANY_ID, BRANCH_ID, TestPhoneNumbers.DEMO_BRANCH);
        Service haarschnitt = Service.offer(
                HAARSCHNITT_ID,
                COMPANY_ID,
                null,
                "Haarschnitt",
                Duration.ofMinutes(30),
                Duration.ZERO,
                List.of("schneiden", "haare", "frisur"));
        Service faerben = Service.offer(
                FAERBEN_ID,
                COMPANY_ID,
                null,
                "Färben",
                Duration.ofMinutes(90),
                Duration.ZERO,
                List.of("farbe", "färben", "tönung"));
        Service beratung = Service.offer(
                BERATUNG_ID, COMPANY_ID, null, "Beratung", Duration.ofMinutes(15), Duration.ZERO, List.of());
        Set<ServiceId> all = Set.of(HAARSCHNITT_ID, FAERBEN_ID, BERATUNG_ID);
        Staff anna = Staff.hire(ANNA_ID, COMPANY_ID, BRANCH_ID, "Anna", all);
        Staff ben = Staff.hire(BEN_ID, COMPANY_ID, BRANCH_ID, "Ben", all);
        return new DemoTenant(company, branch, number, haarschnitt, faerben, beratung, anna, ben);
    }

    /** Mon–Fri 09:00–18:00, Sat 10:00–14:00, Sunday closed. */
    public static WorkingHours workingHours() {
        return WorkingHours.of(MONDAY_TO_FRIDAY, OpeningInterval.of("09:00", "18:00"))
                .with(DayOfWeek.SATURDAY, OpeningInterval.of("10:00", "14:00"));
    }

    public TenantContext tenant() {
        return company.tenant();
    }

    public List<Service> services() {
        return List.of(haarschnitt, faerben, beratung);
    }

    public List<Staff> staff() {
        return List.of(anna, ben);
    }
}
