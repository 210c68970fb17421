package com.askpro.booking.bootstrap;

import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.PhoneNumbers;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.port.TenantDirectory;
import com.askpro.booking.domain.tenant.AssignmentPolicy;
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
import com.askpro.booking.domain.tenant.StaffSkill;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.tenant.WorkingHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The second demo tenant of {@code serve --demo} (docs/business-models.md): "Salon Kette", a chain
 * with one hotline number and three Berlin branches with different hours. Balayage is offered only
 * in Kreuzberg, where Mia is the specialist (level 3, her own durations) and the branch assigns by
 * best skill; Charlottenburg balances the staff's booked minutes; Mitte takes the earliest free.
 */
public final class ChainDemoTenant {

    public static final String HOTLINE = "+493012345670";

    private ChainDemoTenant() {}

    /** Creates the chain unless its hotline is already routed; answers its company. */
    public static Company ensure(
            Companies companies,
            Branches branches,
            PhoneNumbers numbers,
            Services services,
            StaffMembers staff,
            TenantDirectory directory) {
        PhoneNumber hotline = PhoneNumber.parse("+49 30 12345670");
        Optional<TenantDirectory.Route> existing = directory.route(hotline);
        if (existing.isPresent()) {
            return existing.get().company();
        }
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Company company = companies.add(Company.create(CompanyId.newId(), "Salon Kette", "DE", berlin, Language.DE));
        TenantContext tenant = company.tenant();
        List<DayOfWeek> weekdays =
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        Branch mitte = branches.add(
                tenant,
                new Branch(
                        BranchId.newId(),
                        company.id(),
                        "Salon Kette Mitte",
                        "Torstraße 101, 10119 Berlin",
                        berlin,
                        WorkingHours.of(weekdays, OpeningInterval.of("09:00", "18:00")),
                        Set.of(),
                        true,
                        List.of("Rosenthaler Platz", "Prenzlauer Berg"),
                        AssignmentPolicy.EARLIEST));
        Branch kreuzberg = branches.add(
                tenant,
                new Branch(
                        BranchId.newId(),
                        company.id(),
                        "Salon Kette Kreuzberg",
                        "Oranienstraße 12, 10999 Berlin",
                        berlin,
                        WorkingHours.of(
                                List.of(
                                        DayOfWeek.TUESDAY,
                                        DayOfWeek.WEDNESDAY,
                                        DayOfWeek.THURSDAY,
                                        DayOfWeek.FRIDAY,
                                        DayOfWeek.SATURDAY),
                                OpeningInterval.of("11:00", "20:00")),
                        Set.of(),
                        true,
                        List.of("Kotti", "Kottbusser Tor", "SO 36"),
                        AssignmentPolicy.BEST_SKILL));
        Branch charlottenburg = branches.add(
                tenant,
                new Branch(
                        BranchId.newId(),
                        company.id(),
                        "Salon Kette Charlottenburg",
                        "Kantstraße 50, 10625 Berlin",
                        berlin,
                        WorkingHours.of(weekdays, OpeningInterval.of("08:00", "16:00"))
                                .with(DayOfWeek.SATURDAY, OpeningInterval.of("09:00", "13:00")),
                        Set.of(),
                        true,
                        List.of("Savignyplatz", "Ku'damm"),
                        AssignmentPolicy.BALANCED));
        numbers.add(tenant, new BranchPhoneNumber(PhoneNumberId.newId(), company.id(), null, hotline))
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
                        List.of("farbe", "tönung")));
        Service balayage = services.add(
                tenant,
                Service.offer(
                        ServiceId.newId(),
                        company.id(),
                        kreuzberg.id(),
                        "Balayage",
                        Duration.ofMinutes(120),
                        Duration.ofMinutes(15),
                        List.of("strähnen", "highlights")));
        Set<ServiceId> basics = Set.of(haircut.id(), colouring.id());
        staff.add(tenant, Staff.hire(StaffId.newId(), company.id(), mitte.id(), "Lena", basics));
        staff.add(tenant, Staff.hire(StaffId.newId(), company.id(), mitte.id(), "Tom", Set.of(haircut.id())));
        staff.add(
                tenant,
                new Staff(
                        StaffId.newId(),
                        company.id(),
                        kreuzberg.id(),
                        "Mia",
                        Set.of(haircut.id()),
                        null,
                        true,
                        List.of(
                                new StaffSkill(balayage.id(), Duration.ofMinutes(150), 3),
                                new StaffSkill(colouring.id(), Duration.ofMinutes(75), 3))));
        staff.add(
                tenant,
                new Staff(
                        StaffId.newId(),
                        company.id(),
                        kreuzberg.id(),
                        "Jonas",
                        basics,
                        null,
                        true,
                        List.of(new StaffSkill(balayage.id(), null, 1))));
        staff.add(tenant, Staff.hire(StaffId.newId(), company.id(), charlottenburg.id(), "Sara", basics));
        staff.add(tenant, Staff.hire(StaffId.newId(), company.id(), charlottenburg.id(), "Emil", basics));
        return company;
    }
}
