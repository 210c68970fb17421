package com.askpro.booking.benchmarks;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.TenantDirectory;
import com.askpro.booking.domain.tenant.BookingPolicy;
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
import com.askpro.booking.domain.tenant.WorkingHours;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The demo tenant of SPEC §5.2 (the same data {@code bootstrap.DemoTenant} stores: "Demo Salon",
 * branch "Berlin Mitte" on +493083793369, Mon–Fri 09–18 and Sat 10–14, services Haarschnitt 30 min,
 * Färben 90 min, Beratung 15 min, staff Anna and Ben) built in memory, plus a busy day: 20 booked
 * appointments, 10 per staff member, on a Wednesday inside the booking window.
 */
public final class DemoFixture {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final String NUMBER = "+493083793369";

    public final Company company;
    public final Branch branch;
    public final BranchPhoneNumber phoneNumber;
    public final Service haircut;
    public final Service colouring;
    public final Service consultation;
    /** The demo services plus a few more a real salon offers, so selection has something to search. */
    public final List<Service> services;

    public final List<Staff> staff;
    /** Clock of the scenario: the Monday before {@link #day}, 08:00 Berlin. */
    public final Instant now;
    /** A Wednesday with {@link #appointments}. */
    public final LocalDate day;

    public final List<Appointment> appointments;

    public DemoFixture() {
        company = Company.create(CompanyId.newId(), "Demo Salon", "DE", BERLIN, Language.DE);
        WorkingHours hours = WorkingHours.of(
                        List.of(
                                DayOfWeek.MONDAY,
                                DayOfWeek.TUESDAY,
                                DayOfWeek.WEDNESDAY,
                                DayOfWeek.THURSDAY,
                                DayOfWeek.FRIDAY),
                        OpeningInterval.of("09:00", "18:00"))
                .with(DayOfWeek.SATURDAY, OpeningInterval.of("10:00", "14:00"));
        branch = Branch.open(BranchId.newId(), company.id(), "Berlin Mitte", BERLIN, hours);
        phoneNumber = new BranchPhoneNumber(PhoneNumberId.newId(), company.id(), branch.id(), new PhoneNumber(NUMBER));
        haircut = Service.offer(
                ServiceId.newId(),
                company.id(),
                null,
                "Haarschnitt",
                Duration.ofMinutes(30),
                Duration.ZERO,
                List.of("schneiden", "haare", "frisur"));
        colouring = Service.offer(
                ServiceId.newId(),
                company.id(),
                null,
                "Färben",
                Duration.ofMinutes(90),
                Duration.ZERO,
                List.of("farbe", "färben", "tönung"));
        consultation = Service.offer(
                ServiceId.newId(), company.id(), null, "Beratung", Duration.ofMinutes(15), Duration.ZERO, List.of());
        List<Service> all = new ArrayList<>(List.of(haircut, colouring, consultation));
        all.add(Service.offer(
                ServiceId.newId(),
                company.id(),
                branch.id(),
                "Strähnchen",
                Duration.ofMinutes(120),
                Duration.ofMinutes(15),
                List.of("highlights", "strähnen")));
        all.add(Service.offer(
                ServiceId.newId(),
                company.id(),
                null,
                "Bartpflege",
                Duration.ofMinutes(20),
                Duration.ZERO,
                List.of("bart", "rasur")));
        all.add(Service.offer(
                ServiceId.newId(),
                company.id(),
                null,
                "Föhnen & Styling",
                Duration.ofMinutes(30),
                Duration.ZERO,
                List.of("föhnen", "styling", "fönen")));
        all.add(Service.offer(
                ServiceId.newId(),
                company.id(),
                null,
                "Dauerwelle",
                Duration.ofMinutes(120),
                Duration.ZERO,
                List.of("locken")));
        all.add(Service.offer(
                ServiceId.newId(),
                company.id(),
                null,
                "Kinderhaarschnitt",
                Duration.ofMinutes(20),
                Duration.ZERO,
                List.of("kinder")));
        services = List.copyOf(all);
        Set<ServiceId> performed = Set.of(haircut.id(), colouring.id(), consultation.id());
        staff = List.of(
                Staff.hire(StaffId.newId(), company.id(), branch.id(), "Anna", performed),
                Staff.hire(StaffId.newId(), company.id(), branch.id(), "Ben", performed));
        day = LocalDate.of(2030, 3, 6); // a Wednesday
        now = ZonedDateTime.of(day.minusDays(2), LocalTime.of(8, 0), BERLIN).toInstant();
        appointments = busyDay();
    }

    /** 10 appointments per staff member, 30 min each with 15 min gaps, from 09:00 (Anna) and 09:15 (Ben). */
    private List<Appointment> busyDay() {
        List<Appointment> result = new ArrayList<>();
        for (int s = 0; s < staff.size(); s++) {
            ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(9, 15 * s), BERLIN);
            for (int i = 0; i < 10; i++) {
                TimeSlot slot = TimeSlot.of(start.plusMinutes(45L * i).toInstant(), haircut.duration());
                result.add(Appointment.book(
                        AppointmentId.newId(),
                        new Appointment.Request(
                                company.id(),
                                branch.id(),
                                haircut.id(),
                                staff.get(s).id(),
                                CustomerId.newId(),
                                slot,
                                Duration.ZERO,
                                BERLIN,
                                null,
                                null),
                        false,
                        now));
            }
        }
        return List.copyOf(result);
    }

    public BookingPolicy policy() {
        return BookingPolicy.DEFAULT;
    }

    /** The route {@link TenantDirectory} answers for the demo number. */
    public TenantDirectory.Route route() {
        return new TenantDirectory.Route(company, branch, phoneNumber);
    }
}
