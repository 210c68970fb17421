package com.askpro.booking.bootstrap;

import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.PhoneNumbers;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.port.TenantDirectory;
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
import java.util.Optional;
import java.util.Set;

/**
 * The demo tenant of SPEC §5.2: "Demo Salon" with the branch "Berlin Mitte" on +49 30 83793369,
 * three services and two staff members, on the built-in calendar. Created once; found again by
 * its number on later starts.
 */
public final class DemoTenant {

    public static final String NUMBER = "+493083793369";

    private DemoTenant() {}

    /** Creates the demo tenant unless its number is already routed; answers its company. */
    public static Company ensure(
            Companies companies,
            Branches branches,
            PhoneNumbers numbers,
            Services services,
            StaffMembers staff,
            TenantDirectory directory) {
        PhoneNumber number = PhoneNumber.parse("+49 30 83793369");
        Optional<TenantDirectory.Route> existing = directory.route(number);
        if (existing.isPresent()) {
            return existing.get().company();
        }
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Company company = companies.add(Company.create(CompanyId.newId(), "Demo Salon", "DE", berlin, Language.DE));
        TenantContext tenant = company.tenant();
        WorkingHours hours = WorkingHours.of(
                        List.of(
                                DayOfWeek.MONDAY,
                                DayOfWeek.TUESDAY,
                                DayOfWeek.WEDNESDAY,
                                DayOfWeek.THURSDAY,
                                DayOfWeek.FRIDAY),
                        OpeningInterval.of("09:00", "18:00"))
                .with(DayOfWeek.SATURDAY, OpeningInterval.of("10:00", "14:00"));
        Branch branch =
                branches.add(tenant, Branch.open(BranchId.newId(), company.id(), "Berlin Mitte", berlin, hours));
        numbers.add(tenant, new BranchPhoneNumber(PhoneNumberId.newId(), company.id(), branch.id(), number))
                .orElseThrow();
        Service haircut = services.add(
                tenant,
                Service.offer(
                        ServiceId.newId(),
                        company.id(),
                        null,
                        "Haarschnitt",
                        Duration.ofMinutes(30),
                        Duration.ZERO,
                        List.of("schneiden", "haare", "frisur")));
        Service colouring = services.add(
                tenant,
                Service.offer(
                        ServiceId.newId(),
                        company.id(),
                        null,
                        "Färben",
                        Duration.ofMinutes(90),
                        Duration.ZERO,
                        List.of("farbe", "färben", "tönung")));
        Service consultation = services.add(
                tenant,
                Service.offer(
                        ServiceId.newId(),
                        company.id(),
                        null,
                        "Beratung",
                        Duration.ofMinutes(15),
                        Duration.ZERO,
                        List.of()));
        Set<ServiceId> all = Set.of(haircut.id(), colouring.id(), consultation.id());
        staff.add(tenant, Staff.hire(StaffId.newId(), company.id(), branch.id(), "Anna", all));
        staff.add(tenant, Staff.hire(StaffId.newId(), company.id(), branch.id(), "Ben", all));
        return company;
    }
}
